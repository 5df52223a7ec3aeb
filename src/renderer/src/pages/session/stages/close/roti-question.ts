import { stageById } from '@shared/stages';

/** What the facilitator asks at Close, as the shared screen shows it. */
export const ROTI_QUESTION = stageById('close').presentationPrompt;
