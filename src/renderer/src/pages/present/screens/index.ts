import type { StageId } from '@shared/stages';
import type { ComponentType } from 'react';
import type { PresentProps } from '../present-props';
import { ActScreen } from './ActScreen';
import { CheckInScreen } from './CheckInScreen';
import { CloseScreen } from './CloseScreen';
import { GroupVoteScreen } from './GroupVoteScreen';
import { PulseScreen } from './PulseScreen';
import { RecognizeScreen } from './RecognizeScreen';
import { ReflectScreen } from './ReflectScreen';
import { ReviewScreen } from './ReviewScreen';

export const STAGE_SCREENS: Record<StageId, ComponentType<PresentProps>> = {
  'check-in': CheckInScreen,
  review: ReviewScreen,
  pulse: PulseScreen,
  reflect: ReflectScreen,
  recognize: RecognizeScreen,
  'group-vote': GroupVoteScreen,
  act: ActScreen,
  close: CloseScreen,
};
