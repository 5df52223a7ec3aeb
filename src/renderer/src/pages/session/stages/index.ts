import type { StageId } from '@shared/stages';
import type { ComponentType } from 'react';
import type { StageProps } from '../stage-props';
import { ActStage } from './act/ActStage';
import { CheckInStage } from './check-in/CheckInStage';
import { CloseStage } from './close/CloseStage';
import { GroupVoteStage } from './group-vote/GroupVoteStage';
import { PulseStage } from './pulse/PulseStage';
import { RecognizeStage } from './recognize/RecognizeStage';
import { ReflectStage } from './reflect/ReflectStage';
import { ReviewStage } from './review/ReviewStage';

export const STAGE_PANELS: Record<StageId, ComponentType<StageProps>> = {
  'check-in': CheckInStage,
  review: ReviewStage,
  pulse: PulseStage,
  reflect: ReflectStage,
  recognize: RecognizeStage,
  'group-vote': GroupVoteStage,
  act: ActStage,
  close: CloseStage,
};
