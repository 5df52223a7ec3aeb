import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { formatDate, plural, SESSION_STATUS_LABELS } from '@shared/format';
import type { SessionSummary } from '@shared/sessions';
import { stageById } from '@shared/stages';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useDeleteSession } from './mutations';
import { NewSessionDialog } from './NewSessionDialog';
import { useTeamSessionPages } from './queries';

/** The team's retros, newest first, a page at a time: a long history lists as fast as a short one. */
export function SessionList({ teamId, archived }: { teamId: string; archived: boolean }) {
  const [pages, setPages] = useState(1);
  const results = useTeamSessionPages(teamId, pages);
  const sessions = results.flatMap((result) => result.data?.sessions ?? []);
  const total = results[0]?.data?.total;
  const error = results.find((result) => result.error)?.error ?? null;
  const loadingMore = results.some((result) => result.isPending);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<SessionSummary | null>(null);
  const [, navigate] = useLocation();

  return (
    <section className="card sessions" aria-labelledby="sessions-title">
      <div className="page-head">
        <div>
          <h2 id="sessions-title">Retros</h2>
          <p className="muted">Newest first. An unfinished retro picks up where you left it.</p>
        </div>
        {!archived && (
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            New retro
          </button>
        )}
      </div>
      <ErrorBanner error={error} />
      {total === 0 && (
        <p className="empty-note">
          No retros yet. Start one when the team is together: Threadline guides you through every
          stage.
        </p>
      )}
      <ul className="session-list" aria-label="Retros">
        {sessions.map((session) => (
          <li key={session.id} className="session-row" aria-label={session.title}>
            <div>
              <Link href={`/sessions/${session.id}`} className="session-title">
                {session.title}
              </Link>
              <p className="muted session-meta">
                {formatDate(session.date)} · {plural(session.participantCount, 'participant')}
                {session.status === 'in_progress' &&
                  ` · at ${stageById(session.currentStage).title}`}
              </p>
            </div>
            <span className={`badge ${session.status === 'closed' ? '' : 'badge-live'}`}>
              {SESSION_STATUS_LABELS[session.status]}
            </span>
            <div className="session-actions">
              <Link href={`/sessions/${session.id}`} className="button quiet">
                {session.status === 'closed' ? 'View' : 'Resume'}
              </Link>
              <button
                type="button"
                className="button quiet danger-text"
                aria-label={`Delete retro ${session.title}`}
                onClick={() => setDeleting(session)}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {total !== undefined && sessions.length < total && (
        <div className="session-more">
          <p className="muted">
            Showing the newest {sessions.length} of {plural(total, 'retro')}.
          </p>
          <button
            type="button"
            className="button"
            disabled={loadingMore}
            onClick={() => setPages(pages + 1)}
          >
            Show older retros
          </button>
        </div>
      )}
      {creating && (
        <NewSessionDialog
          teamId={teamId}
          onClose={() => setCreating(false)}
          onCreated={(session) => navigate(`/sessions/${session.id}`)}
        />
      )}
      {deleting && <DeleteSessionDialog session={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}

function DeleteSessionDialog({
  session,
  onClose,
}: {
  session: SessionSummary;
  onClose: () => void;
}) {
  const remove = useDeleteSession();
  return (
    <ConfirmDialog
      title={`Delete ${session.title}?`}
      description={
        <p>
          This removes the retro with its ratings, cards, votes, kudos, actions and commitments. It
          cannot be undone.
        </p>
      }
      confirmLabel="Delete retro"
      cancelLabel="Cancel"
      onConfirm={() => remove.mutateAsync({ sessionId: session.id })}
      onClose={onClose}
    />
  );
}
