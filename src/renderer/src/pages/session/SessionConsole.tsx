import { openSharedScreen, presentationUrl } from '@renderer/api/presentation-url';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { PrivateEntryProvider, usePrivateEntryState } from '@renderer/components/private-entry';
import { useShortcuts } from '@renderer/hooks/use-shortcuts';
import { useShowOnOpen } from '@renderer/pages/present/mutations';
import { formatDate, SESSION_STATUS_LABELS } from '@shared/format';
import type { SessionView } from '@shared/sessions';
import { type StageId, stageById } from '@shared/stages';
import { useState } from 'react';
import { Link } from 'wouter';
import { ExportSessionReport } from '../report/ExportReportDialogs';
import { useGoToStage, usePauseTimer, useReopenSession, useStartTimer } from './mutations';
import { NotesPanel } from './NotesPanel';
import { useSessionView } from './queries';
import { RoomPanel } from './room/RoomPanel';
import { SharedScreenPager, useScreenPages } from './SharedScreenPager';
import { StageRail } from './StageRail';
import { StageTimer } from './StageTimer';
import { neighbourStage, stagePosition } from './stage-navigation';
import { STAGE_PANELS } from './stages';
import './session.css';

export function SessionConsole({ sessionId }: { sessionId: string }) {
  const query = useSessionView(sessionId);
  const [inPrivate, registerPrivate] = usePrivateEntryState();
  if (query.data) {
    // What is typed and chosen in the console (drafts, selections, a stage being browsed)
    // belongs to one session: another session starts with fresh forms.
    return (
      <PrivateEntryProvider value={registerPrivate}>
        <Console key={query.data.session.id} view={query.data} inPrivate={inPrivate} />
      </PrivateEntryProvider>
    );
  }
  if (query.isPending) return <p className="loading">Loading session…</p>;
  return (
    <section className="page">
      <ErrorBanner error={query.error} />
      <Link href="/">Back to teams</Link>
    </section>
  );
}

/** `inPrivate`: someone enters privately in front of it, so it shows nothing of its own. */
function Console({ view, inPrivate }: { view: SessionView; inPrivate: boolean }) {
  const { session } = view;
  const readOnly = session.status === 'closed';
  const go = useGoToStage();
  const start = useStartTimer();
  const pause = usePauseTimer();
  const reopen = useReopenSession();
  // A closed session can still be browsed stage by stage, without changing what is stored.
  const [browsing, setBrowsing] = useState<StageId | null>(null);
  const shown = readOnly ? (browsing ?? session.currentStage) : session.currentStage;
  const previous = neighbourStage(view.stages, shown, -1);
  const next = neighbourStage(view.stages, shown, 1);
  const stage = stageById(shown);
  const Panel = STAGE_PANELS[shown];
  // Whatever the console opens, the shared screen follows.
  useShowOnOpen({ show: 'session', sessionId: session.id });
  const screenPages = useScreenPages(session.id);

  const goTo = (stageId: StageId | null) => {
    if (!stageId) return;
    if (readOnly) setBrowsing(stageId);
    else go.mutate({ sessionId: session.id, stageId });
  };
  // Nothing moves the console while someone enters privately in front of it.
  useShortcuts(
    [
      { keys: ['ArrowRight', 'PageDown'], run: () => goTo(next) },
      { keys: ['ArrowLeft', 'PageUp'], run: () => goTo(previous) },
      {
        keys: ['t', 'T'],
        run: () => {
          if (readOnly) return;
          (view.timer.startedAt !== null ? pause : start).mutate({ sessionId: session.id });
        },
      },
      { keys: ['n', 'N'], run: () => screenPages.turn(1) },
      { keys: ['p', 'P'], run: () => screenPages.turn(-1) },
    ],
    !inPrivate,
  );

  return (
    <div className="console" inert={inPrivate}>
      <header className="console-head">
        <nav className="breadcrumbs" aria-label="Breadcrumb">
          <Link href="/">Teams</Link>
          <span aria-hidden="true"> / </span>
          <Link href={`/teams/${session.teamId}`}>{session.teamName}</Link>
        </nav>
        <div className="console-title-row">
          <h1>{session.title}</h1>
          <span className={`badge ${readOnly ? '' : 'badge-live'}`}>
            {SESSION_STATUS_LABELS[session.status]}
          </span>
          <span className="muted console-date">{formatDate(session.date)}</span>
          <div className="console-actions">
            <a
              className="button"
              href={presentationUrl()}
              target="_blank"
              rel="noopener"
              onClick={(event) => {
                event.preventDefault();
                openSharedScreen();
              }}
            >
              Open presentation view
            </a>
            {readOnly && <ExportSessionReport sessionId={session.id} />}
            {readOnly && (
              <button
                type="button"
                className="button primary"
                onClick={() => reopen.mutate({ sessionId: session.id })}
              >
                Reopen session
              </button>
            )}
          </div>
        </div>
        {readOnly && (
          <p className="closed-note" role="status">
            This session is closed and read-only. Reopen it to make changes.
          </p>
        )}
        <ErrorBanner error={go.error ?? reopen.error ?? start.error ?? pause.error} />
      </header>

      <div className="console-body">
        <aside className="console-rail">
          <StageRail stages={view.stages} current={shown} onJump={goTo} />
          {!readOnly && <RoomPanel sessionId={session.id} />}
          <section className="shortcuts" aria-label="Keyboard shortcuts">
            <h2>Shortcuts</h2>
            <dl>
              <dt>
                <kbd>→</kbd> or <kbd>Page Down</kbd>
              </dt>
              <dd>Next stage</dd>
              <dt>
                <kbd>←</kbd> or <kbd>Page Up</kbd>
              </dt>
              <dd>Previous stage</dd>
              <dt>
                <kbd>T</kbd>
              </dt>
              <dd>Start or pause the timer</dd>
              <dt>
                <kbd>N</kbd> or <kbd>P</kbd>
              </dt>
              <dd>Next or previous page on the shared screen</dd>
            </dl>
          </section>
        </aside>

        <main className="console-stage" aria-labelledby="stage-title">
          <div className="stage-head">
            <div>
              <StagePosition stages={view.stages} current={stage.id} />
              <h2 id="stage-title" className="stage-title">
                {stage.title}
              </h2>
              <p className="stage-purpose">{stage.purpose}</p>
            </div>
            <StageTimer sessionId={session.id} timer={view.timer} readOnly={readOnly} />
          </div>
          <SharedScreenPager sessionId={session.id} />
          <section className="cue" aria-label="What to say and do">
            <h3>What to say and do</h3>
            <ul>
              {stage.facilitatorCue.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <div className="stage-panel">
            <Panel view={view} readOnly={readOnly} />
          </div>
          <nav className="stage-steps" aria-label="Stage navigation">
            <button
              type="button"
              className="button"
              disabled={!previous}
              onClick={() => goTo(previous)}
            >
              ← Previous{previous ? `: ${stageById(previous).title}` : ''}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={!next}
              onClick={() => goTo(next)}
            >
              Next{next ? `: ${stageById(next).title}` : ''} →
            </button>
          </nav>
        </main>

        <aside className="console-notes" hidden={inPrivate}>
          <NotesPanel
            sessionId={session.id}
            notes={session.notes}
            readOnly={readOnly}
            concealed={inPrivate}
          />
        </aside>
      </div>
    </div>
  );
}

function StagePosition({ stages, current }: { stages: SessionView['stages']; current: StageId }) {
  const position = stagePosition(stages, current);
  return (
    <p className="eyebrow">
      {position ? `Stage ${position.number} of ${position.of}` : 'Skipped stage'}
    </p>
  );
}
