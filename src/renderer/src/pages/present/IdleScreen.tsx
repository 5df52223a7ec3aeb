import type { ScreenTeam } from '@shared/screen';
import { FullScreenButton } from './ScreenFrame';
import './present.css';

/** Between retros: the team's name, until the facilitator opens the next retro or a chart. */
export function IdleScreen({ team }: { team: ScreenTeam | null }) {
  return (
    <div className="theme-projector present present-idle">
      <main className="present-idle-main" aria-labelledby="present-idle-title">
        <p className="present-idle-eyebrow">Threadline</p>
        <h1 id="present-idle-title">{team ? team.name : 'Shared screen'}</h1>
        <p className="present-idle-note">
          This screen follows the facilitator’s console: the next retro appears here as soon as it
          is opened.
        </p>
      </main>
      <footer className="present-foot">
        <FullScreenButton className="present-fullscreen" />
      </footer>
    </div>
  );
}
