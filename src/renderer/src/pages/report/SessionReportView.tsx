import { PRACTICE_STYLES } from '@renderer/charts/palette';
import { PrintDistributionChart } from '@renderer/charts/print/PrintDistributionChart';
import { PrintVoteRankingChart } from '@renderer/charts/print/PrintVoteRankingChart';
import {
  CARD_KIND_LABELS,
  CIRCLE_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  formatDate,
  formatMean,
  NO_VALUE,
  OUTCOME_LABELS,
  retroName,
  SESSION_STATUS_LABELS,
} from '@shared/format';
import { PRACTICES, practiceById } from '@shared/practices';
import { sessionKeyFigures } from '@shared/report-figures';
import { PSEUDONYM_EXAMPLES, type ReportRatings, type SessionReport } from '@shared/reports';
import type { Circle } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';
import { Fragment } from 'react';
import {
  KeyFigures,
  REPORT_WIDTH,
  ReportChart,
  ReportDocument,
  ReportFooter,
  ReportSection,
  ReportTable,
  ReportText,
  ReportTitleBlock,
} from './ReportParts';

const shortName = (id: Parameters<typeof practiceById>[0]) => practiceById(id).shortName;
const circleName = (id: Circle | null) => (id ? CIRCLE_LABELS[id] : NO_VALUE);
const due = (date: string | null) => (date ? formatDate(date) : NO_VALUE);
const RATING_COLUMNS = ['1', '2', '3', '4', '5'].map((title) => ({ title, numeric: true }));

const ratingCells = (ratings: ReportRatings) => [
  ...ratings.distribution,
  ratings.count,
  formatMean(ratings.mean),
];

/** Everything about one retro, for people who were not in the room. */
export function SessionReportView({
  report,
  onReady,
}: {
  report: SessionReport;
  /** Called once when the report is fully drawn. */
  onReady?: () => void;
}) {
  const { session, participants } = report;
  const rated = report.pulse.some((p) => p.count > 0);
  const voted = report.items.filter((item) => item.dots > 0);
  const pulseRows = report.pulse.map((p) => ({
    key: p.practiceId,
    label: shortName(p.practiceId),
    distribution: p.distribution,
  }));

  return (
    <ReportDocument report={report} onReady={onReady} label={`Retro report: ${session.title}`}>
      <ReportTitleBlock
        eyebrow="Retro report"
        title={session.title}
        anonymised={report.anonymised}
        meta={[
          ['Team', report.team.name],
          ['Date', formatDate(session.date)],
          ['Status', SESSION_STATUS_LABELS[session.status]],
          [
            'Participants',
            participants.names.length > 0
              ? `${participants.count}: ${participants.names.join(', ')}`
              : String(participants.count),
          ],
        ]}
      />
      <KeyFigures figures={sessionKeyFigures(report)} />

      <ReportSection
        title="Pulse"
        intro="How the team rated each practice, from 1 (lowest) to 5 (highest)."
        empty={!rated && 'No pulse ratings were recorded.'}
      >
        <ReportChart label="Pulse ratings per practice">
          <PrintDistributionChart rows={pulseRows} size={{ width: REPORT_WIDTH, height: 200 }} />
        </ReportChart>
        <ReportTable
          label="Pulse ratings"
          columns={[
            'Practice',
            ...RATING_COLUMNS,
            { title: 'Ratings', numeric: true },
            { title: 'Mean', numeric: true },
          ]}
          rows={report.pulse.map((p) => ({
            key: p.practiceId,
            cells: [practiceById(p.practiceId).name, ...ratingCells(p)],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Votes"
        intro="What the team chose to work on: dots per card or group, most first."
        empty={voted.length === 0 && 'No dots were placed.'}
      >
        <ReportChart label="Vote ranking">
          <PrintVoteRankingChart
            items={report.items}
            size={{ width: REPORT_WIDTH, height: Math.min(voted.length, 10) * 34 + 16 }}
          />
        </ReportChart>
        <ReportTable
          label="Votes"
          columns={[
            'Item',
            'Practices',
            { title: 'Cards', numeric: true },
            { title: 'Dots', numeric: true },
            'Sorted as',
          ]}
          rows={voted.map((item) => ({
            key: `${item.ref.kind}:${item.ref.id}`,
            cells: [
              item.title,
              item.practiceIds.map(shortName).join(', ') || NO_VALUE,
              item.cardCount,
              item.dots,
              circleName(item.circle),
            ],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Cards"
        intro="What the team wrote, per practice. Dots are those of the card, or of its group."
        keepTogether={false}
        empty={report.cards.length === 0 && 'No cards were written.'}
      >
        {PRACTICES.map((practice) => {
          const cards = report.cards.filter((card) => card.practiceId === practice.id);
          if (cards.length === 0) return null;
          return (
            <div key={practice.id} className="report-practice">
              <h3 style={{ borderColor: PRACTICE_STYLES[practice.id].colour }}>{practice.name}</h3>
              <ReportTable
                label={`Cards: ${practice.name}`}
                columns={['Kind', 'Card', 'Group', { title: 'Dots', numeric: true }]}
                rows={cards.map((card) => ({
                  key: card.id,
                  cells: [
                    CARD_KIND_LABELS[card.kind],
                    card.text,
                    card.group ?? NO_VALUE,
                    card.dots,
                  ],
                }))}
              />
            </div>
          );
        })}
      </ReportSection>

      <ReportSection
        title="Kudos"
        intro="Initiative the team recognised, whether or not it worked out."
        empty={report.kudos.length === 0 && 'No kudos were given.'}
      >
        <ReportTable
          label="Kudos"
          columns={['What they did', 'Who', 'How it turned out']}
          rows={report.kudos.map((k) => ({
            key: k.id,
            cells: [k.act, k.who, OUTCOME_LABELS[k.outcome]],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Actions"
        empty={report.actions.length === 0 && 'No actions were agreed.'}
      >
        <ReportTable
          label="Actions"
          columns={[
            'Action',
            'Owner',
            { title: 'Due', nowrap: true },
            'Practice',
            'Circle',
            'Status',
          ]}
          rows={report.actions.map((a) => ({
            key: a.id,
            cells: [
              a.title,
              a.owner,
              due(a.dueDate),
              shortName(a.practiceId),
              circleName(a.circle),
              FOLLOW_UP_STATUS_LABELS[a.status],
            ],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Commitments"
        intro="Where each person will lead without waiting for permission."
        empty={report.commitments.length === 0 && 'No commitments were made.'}
      >
        <ReportTable
          label="Commitments"
          columns={['Person', 'Commitment', 'Status']}
          rows={report.commitments.map((c) => ({
            key: c.id,
            cells: [c.person, c.text, FOLLOW_UP_STATUS_LABELS[c.status]],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Review of earlier actions and commitments"
        empty={report.review.length === 0 && 'Nothing was open from earlier retros.'}
      >
        <ReportTable
          label="Review of earlier actions and commitments"
          columns={['Item', 'Owner', 'From', 'Verdict', 'Note']}
          rows={report.review.map((r) => ({
            key: `${r.kind}:${r.id}`,
            cells: [
              <Fragment key="item">
                <span className="report-kind">{r.kind === 'action' ? 'Action' : 'Commitment'}</span>
                {r.text}
              </Fragment>,
              r.owner,
              retroName({ date: r.fromSessionDate, title: r.fromSessionTitle }),
              r.review ? FOLLOW_UP_STATUS_LABELS[r.review.status] : 'Not reviewed',
              r.review?.note || NO_VALUE,
            ],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Return on time invested"
        intro={`How worthwhile the retro felt, from 1 (${ROTI_LABELS[0].toLowerCase()}) to 5 (${ROTI_LABELS[4].toLowerCase()}).`}
        empty={report.roti.count === 0 && 'Nobody rated the return on time invested.'}
      >
        <ReportChart label="ROTI ratings">
          <PrintDistributionChart
            rows={[{ key: 'roti', label: 'ROTI', distribution: report.roti.distribution }]}
            size={{ width: REPORT_WIDTH, height: 90 }}
          />
        </ReportChart>
        <ReportTable
          label="ROTI"
          columns={[
            'Rating',
            ...RATING_COLUMNS,
            { title: 'Answers', numeric: true },
            { title: 'Mean', numeric: true },
          ]}
          rows={[{ key: 'roti', cells: ['Return on time invested', ...ratingCells(report.roti)] }]}
        />
      </ReportSection>

      <ReportSection
        title="Facilitator summary"
        empty={!report.summary.trim() && 'No summary was written.'}
      >
        <ReportText text={report.summary} />
      </ReportSection>

      <ReportFooter
        generatedOn={report.generatedOn}
        pseudonyms={report.anonymised ? PSEUDONYM_EXAMPLES.session : null}
      />
    </ReportDocument>
  );
}
