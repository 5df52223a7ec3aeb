import type { PresentationView } from '@shared/sessions';

/** What every stage screen in the presentation view receives. */
export interface PresentProps {
  view: PresentationView;
  /** The page of a long stage the facilitator turned to, from 0 (see shared/screen-pages.ts). */
  page: number;
}
