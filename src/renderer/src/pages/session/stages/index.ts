import type { StageId } from '@shared/stages';
import { type ComponentType, memo } from 'react';
import type { StageProps } from '../stage-props';
import { ActStage } from './act/ActStage';
import { CheckInStage } from './check-in/CheckInStage';
import { CloseStage } from './close/CloseStage';
import { GroupVoteStage } from './group-vote/GroupVoteStage';
import { PulseStage } from './pulse/PulseStage';
import { RecognizeStage } from './recognize/RecognizeStage';
import { ReflectStage } from './reflect/ReflectStage';
import { ReviewStage } from './review/ReviewStage';

// A panel draws again only when the retro's view changes, not each time the console around it
// does (a change on its way, say).
export const STAGE_PANELS: Record<StageId, ComponentType<StageProps>> = {
  'check-in': memo(CheckInStage),
  review: memo(ReviewStage),
  pulse: memo(PulseStage),
  reflect: memo(ReflectStage),
  recognize: memo(RecognizeStage),
  'group-vote': memo(GroupVoteStage),
  act: memo(ActStage),
  close: memo(CloseStage),
};
