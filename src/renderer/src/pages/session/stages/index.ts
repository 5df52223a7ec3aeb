import type { StageId } from '@shared/stages';
import type { ComponentType } from 'react';
import type { StageProps } from '../stage-props';
import { ActStage } from './ActStage';
import { CheckInStage } from './CheckInStage';
import { CloseStage } from './CloseStage';
import { GroupVoteStage } from './GroupVoteStage';
import { PulseStage } from './PulseStage';
import { RecognizeStage } from './RecognizeStage';
import { ReflectStage } from './ReflectStage';
import { ReviewStage } from './ReviewStage';

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
