import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { formatDate, plural, SESSION_STATUS_LABELS } from '@shared/format';
import type { SessionSummary } from '@shared/sessions';
import { stageById } from '@shared/stages';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useDeleteSession } from './mutations';
import { NewSessionDialog } from './NewSessionDialog';
import { useTeamSessions } from './queries';

export function SessionList({ teamId, archived }: { teamId: string; archived: boolean }) {
  const sessions = useTeamSessions(teamId);
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
      <ErrorBanner error={sessions.error} />
      {sessions.data?.length === 0 && (
        <p className="empty-note">
          No retros yet. Start one when the team is together: Threadline guides you through every
          stage.
        </p>
      )}
      <ul className="session-list" aria-label="Retros">
        {sessions.data?.map((session) => (
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
