import type { PresentationView } from '@shared/sessions';

/** What every stage screen in the presentation view receives. */
export interface PresentProps {
  view: PresentationView;
}
