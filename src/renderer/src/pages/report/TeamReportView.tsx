import { FollowThroughChart } from '@renderer/charts/FollowThroughChart';
import { KudosChart } from '@renderer/charts/KudosChart';
import { LatestVsPreviousChart } from '@renderer/charts/LatestVsPreviousChart';
import { ParticipationChart } from '@renderer/charts/ParticipationChart';
import { PulseTrendChart } from '@renderer/charts/PulseTrendChart';
import { RotiChart } from '@renderer/charts/RotiChart';
import type { DashboardSession } from '@shared/dashboard';
import {
  FOLLOW_UP_STATUS_LABELS,
  formatChange,
  formatDate,
  formatMean,
  formatPercent,
  NO_VALUE,
  retroName,
} from '@shared/format';
import { PRACTICES, practiceById } from '@shared/practices';
import { teamKeyFigures, teamReportRange, teamReportSpan } from '@shared/report-figures';
import { PSEUDONYM_EXAMPLES, type TeamReport } from '@shared/reports';
import {
  KeyFigures,
  REPORT_WIDTH,
  ReportChart,
  ReportDocument,
  ReportFooter,
  ReportSection,
  ReportTable,
  ReportTitleBlock,
} from './ReportParts';
import { TrendSection } from './TrendSection';

const HALF = { width: REPORT_WIDTH / 2 - 12, height: 190 };
const num = (title: string) => ({ title, numeric: true });

/** A team's progress over a range of retros: trends, follow-through and what is still open. */
export function TeamReportView({
  report,
  onReady,
}: {
  report: TeamReport;
  /** Called once when the report is fully drawn. */
  onReady?: () => void;
}) {
  const { dashboard } = report;
  const { sessions, totals, latestVsPrevious } = dashboard;
  const span = teamReportSpan(report);
  const none = sessions.length === 0 && 'No retros in this range.';
  const compared =
    latestVsPrevious.latestSessionId !== null && latestVsPrevious.previousSessionId !== null;
  const actions = report.open.filter((item) => item.kind === 'action');
  const commitments = report.open.filter((item) => item.kind === 'commitment');
  const meanOf = (session: DashboardSession, practiceId: string) =>
    formatMean(session.pulse.find((p) => p.practiceId === practiceId)?.mean ?? null);

  return (
    <ReportDocument
      report={report}
      onReady={onReady}
      label={`Team progress report: ${dashboard.team.name}`}
    >
      <ReportTitleBlock
        eyebrow="Team progress report"
        title={dashboard.team.name}
        anonymised={report.anonymised}
        meta={[
          ['Retros', `${totals.sessions}${span ? ` (${span})` : ''}`],
          ['Showing', teamReportRange(report)],
          ['Report date', formatDate(report.generatedOn)],
        ]}
      />
      <TrendSection trend={report.insights} />
      <KeyFigures figures={teamKeyFigures(report)} />

      <ReportSection
        title="Pulse trend"
        intro="Mean rating per retro for each practice (1–5), with the spread of ratings and the actions agreed."
        keepTogether={false}
        empty={none}
      >
        <ReportChart label="Pulse trend">
          <PulseTrendChart sessions={sessions} size={{ width: REPORT_WIDTH, height: 430 }} />
        </ReportChart>
        <ReportTable
          label="Pulse trend"
          columns={['Retro', ...PRACTICES.map((p) => num(p.shortName)), num('People')]}
          rows={sessions.map((s) => ({
            key: s.id,
            cells: [retroName(s), ...PRACTICES.map((p) => meanOf(s, p.id)), s.participants],
          }))}
        />
      </ReportSection>

      {compared && (
        <ReportSection
          title="Latest versus previous retro"
          intro="Each practice’s mean in the latest rated retro beside the one before it."
        >
          <ReportChart label="Latest versus previous retro">
            <LatestVsPreviousChart
              comparison={latestVsPrevious}
              sessions={sessions}
              size={{ width: REPORT_WIDTH, height: 260 }}
            />
          </ReportChart>
          <ReportTable
            label="Latest versus previous retro"
            columns={['Practice', num('Previous'), num('Latest'), num('Change')]}
            rows={latestVsPrevious.practices.map((p) => ({
              key: p.practiceId,
              cells: [
                practiceById(p.practiceId).name,
                formatMean(p.previous),
                formatMean(p.latest),
                formatChange(p.change, p.trend),
              ],
            }))}
          />
        </ReportSection>
      )}

      <ReportSection
        title="Action follow-through"
        intro="Share of each retro’s actions and commitments that the next review found done."
        keepTogether={false}
        empty={none}
      >
        <ReportChart label="Action follow-through">
          <FollowThroughChart sessions={sessions} size={{ width: REPORT_WIDTH, height: 200 }} />
        </ReportChart>
        <ReportTable
          label="Action follow-through"
          columns={[
            'Retro',
            num('Agreed'),
            num('Reviewed later'),
            num('Done by next review'),
            num('Done eventually'),
            num('Follow-through'),
          ]}
          rows={[
            ...sessions.map((s) => ({
              key: s.id,
              cells: [
                retroName(s),
                s.followThrough.created,
                s.followThrough.reviewed,
                s.followThrough.doneByNextReview,
                s.followThrough.doneEventually,
                formatPercent(s.followThrough.rate),
              ],
            })),
            {
              key: 'total',
              strong: true,
              cells: [
                'All shown retros',
                totals.followThrough.created,
                totals.followThrough.reviewed,
                totals.followThrough.doneByNextReview,
                totals.followThrough.doneEventually,
                formatPercent(totals.followThrough.rate),
              ],
            },
          ]}
        />
      </ReportSection>

      <ReportSection
        title="Kudos, participation and ROTI"
        intro="Kudos given, people taking part, and how worthwhile each retro felt (1–5)."
        keepTogether={false}
        empty={none}
      >
        <div className="report-chart-pair">
          <ReportChart label="Kudos per retro">
            <h3>Kudos</h3>
            <KudosChart sessions={sessions} size={HALF} />
          </ReportChart>
          <ReportChart label="Participants per retro">
            <h3>Participants</h3>
            <ParticipationChart sessions={sessions} size={HALF} />
          </ReportChart>
        </div>
        <ReportChart label="ROTI per retro">
          <h3>Return on time invested</h3>
          <RotiChart sessions={sessions} size={{ width: REPORT_WIDTH, height: 190 }} />
        </ReportChart>
        <ReportTable
          label="Kudos, participation and ROTI"
          columns={[
            'Retro',
            num('People'),
            num('Kudos'),
            num('Actions'),
            num('Commitments'),
            num('ROTI'),
          ]}
          rows={sessions.map((s) => ({
            key: s.id,
            cells: [
              retroName(s),
              s.participants,
              s.kudos,
              s.actionsCreated,
              s.commitmentsCreated,
              formatMean(s.roti.mean),
            ],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Open actions"
        intro="Every action of the team still open today, whichever retro agreed it."
        empty={actions.length === 0 && 'No actions are open.'}
      >
        <ReportTable
          label="Open actions"
          columns={['Action', 'Owner', 'Due', 'Practice', 'Status', 'From retro']}
          rows={actions.map((a) => ({
            key: a.id,
            cells: [
              a.text,
              a.owner,
              a.dueDate ? (
                <span key="due" className={a.overdue ? 'report-overdue' : undefined}>
                  <span className="nowrap">{formatDate(a.dueDate)}</span>
                  {a.overdue && ' (overdue)'}
                </span>
              ) : (
                NO_VALUE
              ),
              a.practiceId ? practiceById(a.practiceId).shortName : NO_VALUE,
              FOLLOW_UP_STATUS_LABELS[a.status],
              retroName({ date: a.sessionDate, title: a.sessionTitle }),
            ],
          }))}
        />
      </ReportSection>

      <ReportSection
        title="Open commitments"
        empty={commitments.length === 0 && 'No commitments are open.'}
      >
        <ReportTable
          label="Open commitments"
          columns={['Person', 'Commitment', 'Status', 'From retro']}
          rows={commitments.map((c) => ({
            key: c.id,
            cells: [
              c.owner,
              c.text,
              FOLLOW_UP_STATUS_LABELS[c.status],
              retroName({ date: c.sessionDate, title: c.sessionTitle }),
            ],
          }))}
        />
      </ReportSection>

      <ReportFooter
        generatedOn={report.generatedOn}
        pseudonyms={report.anonymised ? PSEUDONYM_EXAMPLES.team : null}
      />
    </ReportDocument>
  );
}
