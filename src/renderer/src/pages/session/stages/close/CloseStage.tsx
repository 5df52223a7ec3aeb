import { Dialog } from '@renderer/components/Dialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { StaleTextNotice } from '@renderer/components/StaleTextNotice';
import { TextLimitNote, textLimit } from '@renderer/components/TextLimit';
import { useSharedText } from '@renderer/hooks/use-shared-text';
import { AppError } from '@shared/errors';
import { formatDate, formatMoment, quoted } from '@shared/format';
import { NOTE_MAX } from '@shared/sessions';
import { useCallback, useState } from 'react';
import { useUpdateSession } from '../../mutations';
import type { StageProps } from '../../stage-props';
import { CloseInsights } from './CloseInsights';
import { missingBeforeClose } from './missing';
import { useCloseSession } from './mutations';
import { RotiPanel } from './RotiPanel';
import { SessionResults } from './SessionResults';
import './close.css';

export function CloseStage({ view, readOnly }: StageProps) {
  const { session } = view;
  const [confirming, setConfirming] = useState(false);
  const { mutateAsync: update } = useUpdateSession();
  const saveSummary = useCallback(
    (text: string, expected: string) =>
      update({ sessionId: session.id, summary: text, expected: { summary: expected } }),
    [update, session.id],
  );
  const summary = useSharedText(session.summary, saveSummary);
  const close = useCloseSession();

  const unsavedSummary =
    summary.conflict === null
      ? undefined
      : new AppError(
          'stale',
          'The summary could not be saved. Cancel, choose which summary to keep, then close.',
        );

  /** Saves a summary typed but not yet saved, then closes; a refused save keeps the dialog open. */
  async function closeSession() {
    if (summary.dirty && !(await summary.flush())) return;
    close.mutate({ sessionId: session.id }, { onSuccess: () => setConfirming(false) });
  }

  return (
    <div className="close-stage">
      <section aria-labelledby="close-roti">
        <h3 id="close-roti">Return on time invested</h3>
        <RotiPanel view={view} readOnly={readOnly} />
      </section>

      <section aria-labelledby="close-agreed">
        <h3 id="close-agreed">What we agreed</h3>
        {view.actions.length === 0 && view.commitments.length === 0 ? (
          <p className="empty-note">No actions or commitments were recorded in this session.</p>
        ) : (
          <ul className="close-agreed">
            {view.actions.map((action) => (
              <li key={action.id}>
                <strong>{action.title}</strong>
                <span className="muted">
                  {' '}
                  · {action.owner}
                  {action.dueDate ? ` · due ${formatDate(action.dueDate)}` : ''}
                </span>
              </li>
            ))}
            {view.commitments.map((commitment) => (
              <li key={commitment.id}>
                <strong>{commitment.person}</strong>: {quoted(commitment.text)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="close-results">
        <h3 id="close-results">Results</h3>
        <SessionResults view={view} readOnly={readOnly} />
      </section>

      <section aria-labelledby="close-trend">
        <h3 id="close-trend">What the trend says</h3>
        <CloseInsights sessionId={session.id} />
      </section>

      <section aria-labelledby="close-summary" className="close-summary">
        <h3 id="close-summary">Summary for the record</h3>
        <label htmlFor="close-summary-text" className="visually-hidden">
          Session summary
        </label>
        <textarea
          id="close-summary-text"
          value={summary.draft}
          readOnly={readOnly}
          rows={5}
          placeholder="Two or three sentences: what the team learned and what changes next."
          aria-describedby="close-summary-limit"
          onChange={(event) => summary.edit(event.target.value)}
          onBlur={() =>
            summary.dirty &&
            summary.conflict === null &&
            textLimit(summary.draft, NOTE_MAX).over === 0 &&
            summary.flush()
          }
        />
        <TextLimitNote id="close-summary-limit" text={summary.draft} max={NOTE_MAX} />
        {summary.conflict !== null && (
          <StaleTextNotice
            title="The summary was changed in another window while you were editing."
            saved={summary.conflict}
            onKeepMine={summary.keepMine}
            onTakeSaved={summary.takeSaved}
          />
        )}
        <ErrorBanner error={summary.error} />
      </section>

      {readOnly ? (
        <p className="close-done">
          Closed {session.closedAt ? `on ${formatMoment(session.closedAt)}` : ''}. Reopen the
          session from the top of the page to change anything.
        </p>
      ) : (
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => setConfirming(true)}>
            Close session
          </button>
        </div>
      )}

      <Dialog
        title="Close this session?"
        open={confirming}
        onClose={() => setConfirming(false)}
        description={
          <p>
            Everything is saved. Closing makes the session read-only; open actions and commitments
            carry over to the team’s next retro. You can reopen it later.
          </p>
        }
      >
        <MissingList missing={missingBeforeClose(view, summary.draft)} />
        <ErrorBanner error={unsavedSummary ?? close.error ?? summary.error} />
        <div className="button-row">
          <button
            type="button"
            className="button primary"
            disabled={close.isPending}
            onClick={closeSession}
          >
            Close and make read-only
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep it open
          </button>
        </div>
      </Dialog>
    </div>
  );
}

function MissingList({ missing }: { missing: string[] }) {
  if (missing.length === 0) return null;
  return (
    <section className="close-missing" aria-labelledby="close-missing-title">
      <h3 id="close-missing-title">Not recorded yet</h3>
      <ul>
        {missing.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>Keep it open to add them, or close it as it is.</p>
    </section>
  );
}
