import type { PracticeId } from '@shared/practices';
import type { PracticePulse } from '@shared/sessions';

/** The pulse of one practice, when the session has it. */
export const pulseOf = (pulse: PracticePulse[], id: PracticeId) =>
  pulse.find((p) => p.practiceId === id);
