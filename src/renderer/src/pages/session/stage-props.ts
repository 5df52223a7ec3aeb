import type { SessionView } from '@shared/sessions';

/** What every stage panel in the facilitator console receives. */
export interface StageProps {
  view: SessionView;
  /** True when the session is closed: show everything, change nothing. */
  readOnly: boolean;
}
