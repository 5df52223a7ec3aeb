import { useSessionView } from '@renderer/pages/session/queries';
import { STAGE_PANELS } from '@renderer/pages/session/stages';
import type { StageId } from '@shared/stages';

/** One stage panel of the console, kept up to date from the workspace as the console keeps it. */
export function LiveStage({ sessionId, stage }: { sessionId: string; stage: StageId }) {
  const view = useSessionView(sessionId);
  if (!view.data) return null;
  const Panel = STAGE_PANELS[stage];
  return <Panel view={view.data} readOnly={view.data.session.status === 'closed'} />;
}
