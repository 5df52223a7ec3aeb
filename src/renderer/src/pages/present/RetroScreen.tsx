import { formatClock, useTimer } from '@renderer/hooks/use-timer';
import { pageCount } from '@shared/screen-pages';
import type { PresentationView } from '@shared/sessions';
import { stageById } from '@shared/stages';
import { usePresentation } from './queries';
import { RoomJoinLine, RoomJoinPanel } from './RoomJoinPanel';
import { FullScreenButton, ScreenMessage } from './ScreenFrame';
import { STAGE_SCREENS } from './screens';
import './present.css';

/** A retro on the shared screen: only what the team may see, at the page the console chose. */
export function RetroScreen({ sessionId, page }: { sessionId: string; page: number }) {
  const query = usePresentation(sessionId);
  if (!query.data) {
    return (
      <ScreenMessage>
        <p>{query.error ? query.error.message : 'Connecting to the facilitator’s console…'}</p>
      </ScreenMessage>
    );
  }
  return <Presentation view={query.data} page={page} />;
}

function Presentation({ view, page }: { view: PresentationView; page: number }) {
  const stage = stageById(view.session.currentStage);
  const Screen = STAGE_SCREENS[stage.id];
  const running = view.stages.filter((s) => !s.skipped);
  const position = running.findIndex((s) => s.id === stage.id);
  const pages = pageCount(view);
  // The page comes with the screen's state; the retro itself may have changed since.
  const shown = Math.min(page, pages - 1);
  // People join from their phones while the retro runs: beside the check-in, then in a line.
  const joinable = view.session.status !== 'closed';
  return (
    <div className="theme-projector present">
      <header className="present-bar">
        <p className="present-session">
          <strong>{view.session.teamName}</strong> · {view.session.title}
        </p>
        <ol className="present-progress" aria-label="Stages">
          {running.map((s) => (
            <li
              key={s.id}
              className={s.id === stage.id ? 'current' : ''}
              aria-current={s.id === stage.id ? 'step' : undefined}
            >
              {stageById(s.id).title}
            </li>
          ))}
        </ol>
        {view.session.status === 'closed' ? (
          <p className="present-closed">Session closed</p>
        ) : (
          <PresentTimer view={view} />
        )}
      </header>
      {/* The body leaves room for a panel beside the stage (how to join from a phone). */}
      <div className="present-body">
        <main className="present-main" aria-labelledby="present-prompt">
          <p className="present-stage">
            {position >= 0 ? `Stage ${position + 1}: ` : ''}
            {stage.title}
          </p>
          <h1 id="present-prompt" className="present-prompt">
            {stage.presentationPrompt}
          </h1>
          <p className="present-hint">{stage.presentationHint}</p>
          <div className="present-content">
            <Screen view={view} page={shown} />
          </div>
        </main>
        {joinable && stage.id === 'check-in' && <RoomJoinPanel sessionId={view.session.id} />}
      </div>
      <footer className="present-foot">
        {pages > 1 && (
          <p className="present-page" aria-live="polite">
            Page {shown + 1} of {pages}
          </p>
        )}
        {joinable && stage.id !== 'check-in' && (
          <RoomJoinLine sessionId={view.session.id} stageId={stage.id} />
        )}
        <FullScreenButton className="present-fullscreen" />
      </footer>
    </div>
  );
}

function PresentTimer({ view }: { view: PresentationView }) {
  const reading = useTimer(view.timer);
  return (
    <div
      className={`present-timer ${reading.overtime ? 'overtime' : ''}`}
      role="timer"
      aria-label="Time left in this stage"
    >
      <span className="present-clock">{formatClock(reading.remainingMs)}</span>
      {reading.overtime && <span className="present-timeup">Time is up</span>}
    </div>
  );
}
