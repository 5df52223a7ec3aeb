import { DashboardPresentation } from '@renderer/pages/dashboard/DashboardPresentation';
import { IdleScreen } from './IdleScreen';
import { useSharedScreen } from './queries';
import { RetroScreen } from './RetroScreen';
import { ScreenMessage } from './ScreenFrame';

/**
 * The shared screen: one per workspace, following whatever the console puts on it (a retro's
 * current stage, a dashboard chart, or the team's idle screen between retros). What it shows is
 * kept by the main process, so reloading or reopening this window carries on where it was.
 */
export function SharedScreenPage() {
  const screen = useSharedScreen();
  if (!screen.data) {
    return (
      <ScreenMessage>
        <p>{screen.error ? screen.error.message : 'Connecting to the facilitator’s console…'}</p>
      </ScreenMessage>
    );
  }
  const shown = screen.data;
  switch (shown.show) {
    case 'session':
      return <RetroScreen key={shown.sessionId} sessionId={shown.sessionId} page={shown.page} />;
    case 'chart':
      return <DashboardPresentation teamId={shown.team.id} slideId={shown.slideId} />;
    case 'idle':
      return <IdleScreen team={shown.team} />;
  }
}
