import type { SessionStage } from '@shared/sessions';
import type { StageId } from '@shared/stages';

/** The stage before or after `current`, passing over skipped ones; null at either end. */
export function neighbourStage(
  stages: SessionStage[],
  current: StageId,
  direction: 1 | -1,
): StageId | null {
  const index = stages.findIndex((stage) => stage.id === current);
  for (let i = index + direction; i >= 0 && i < stages.length; i += direction) {
    const stage = stages[i];
    if (stage && !stage.skipped) return stage.id;
  }
  return null;
}
