import { Dialog } from '@renderer/components/Dialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { formatDate, formatMoment } from '@shared/format';
import { useState } from 'react';
import { useUpdateSession } from '../../mutations';
import type { StageProps } from '../../stage-props';
import { useCloseSession } from './mutations';
import { RotiPanel } from './RotiPanel';
import { SessionResults } from './SessionResults';
import './close.css';

export function CloseStage({ view, readOnly }: StageProps) {
  const { session } = view;
  const [summary, setSummary] = useState(session.summary);
  const [confirming, setConfirming] = useState(false);
  const saveSummary = useUpdateSession();
  const close = useCloseSession();
  const sessionId = session.id;

  /** Saves a summary typed but not yet saved, then closes. */
  function closeSession() {
    const done = { onSuccess: () => setConfirming(false) };
    if (summary === session.summary) return close.mutate({ sessionId }, done);
    saveSummary.mutate(
      { sessionId, summary },
      { onSuccess: () => close.mutate({ sessionId }, done) },
    );
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
                <strong>{commitment.person}</strong> will lead on: {commitment.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="close-results">
        <h3 id="close-results">Results</h3>
        <SessionResults view={view} />
      </section>

      <section aria-labelledby="close-summary" className="close-summary">
        <h3 id="close-summary">Summary for the record</h3>
        <label htmlFor="close-summary-text" className="visually-hidden">
          Session summary
        </label>
        <textarea
          id="close-summary-text"
          value={summary}
          readOnly={readOnly}
          rows={5}
          maxLength={5000}
          placeholder="Two or three sentences: what the team learned and what changes next."
          onChange={(event) => setSummary(event.target.value)}
          onBlur={() => {
            if (summary !== session.summary) saveSummary.mutate({ sessionId, summary });
          }}
        />
        <ErrorBanner error={saveSummary.error} />
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
        <ErrorBanner error={close.error ?? saveSummary.error} />
        <div className="button-row">
          <button
            type="button"
            className="button primary"
            disabled={close.isPending || saveSummary.isPending}
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
