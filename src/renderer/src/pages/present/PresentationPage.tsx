import { formatClock, useTimer } from '@renderer/hooks/use-timer';
import type { PresentationView } from '@shared/sessions';
import { stageById } from '@shared/stages';
import { usePresentation } from './queries';
import { RoomJoinPanel } from './RoomJoinPanel';
import { STAGE_SCREENS } from './screens';
import './present.css';

/** The shared screen: follows the console live; shows only what the team may see. */
export function PresentationPage({ sessionId }: { sessionId: string }) {
  const query = usePresentation(sessionId);
  if (!query.data) {
    return (
      <div className="theme-projector present present-empty">
        <p>{query.error ? query.error.message : 'Connecting to the facilitator’s console…'}</p>
      </div>
    );
  }
  return <Presentation view={query.data} />;
}

function Presentation({ view }: { view: PresentationView }) {
  const stage = stageById(view.session.currentStage);
  const Screen = STAGE_SCREENS[stage.id];
  const running = view.stages.filter((s) => !s.skipped);
  const position = running.findIndex((s) => s.id === stage.id);
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
      <main className="present-main">
        <p className="present-stage">
          {position >= 0 ? `Stage ${position + 1}: ` : ''}
          {stage.title}
        </p>
        <h1 className="present-prompt">{stage.presentationPrompt}</h1>
        <p className="present-hint">{stage.presentationHint}</p>
        <div className="present-content">
          <Screen view={view} />
        </div>
      </main>
      {view.session.status !== 'closed' && (
        <RoomJoinPanel sessionId={view.session.id} stageId={stage.id} />
      )}
      <FullScreenButton />
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

function FullScreenButton() {
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className="present-fullscreen"
      onClick={() =>
        document.fullscreenElement
          ? void document.exitFullscreen()
          : void document.documentElement.requestFullscreen()
      }
    >
      Full screen
    </button>
  );
}
