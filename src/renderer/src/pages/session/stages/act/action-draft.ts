import { PRACTICE_IDS, PRACTICES, type PracticeId } from '@shared/practices';
import type { Circle, ItemRef } from '@shared/sessions';
import { CIRCLES } from '@shared/stages';

// What the action form holds before it is saved, and the choices it offers.

export type ActionCircle = Exclude<Circle, 'concern'>;

export interface Draft {
  title: string;
  owner: string;
  dueDate: string;
  practiceId: PracticeId;
  circle: ActionCircle;
  item: ItemRef | null;
}

export const EMPTY_DRAFT: Draft = {
  title: '',
  owner: '',
  dueDate: '',
  practiceId: PRACTICE_IDS[0],
  circle: 'control',
  item: null,
};

export const PRACTICE_OPTIONS = PRACTICES.map((practice) => ({
  value: practice.id,
  label: practice.name,
}));
export const ACTION_CIRCLE_OPTIONS = CIRCLES.flatMap((circle) =>
  circle.id === 'concern' ? [] : [{ value: circle.id, label: circle.label }],
);
