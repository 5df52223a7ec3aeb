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

/**
 * Where a stage stands in the retro: "Stage 2 of 7". Only stages that run are counted, so the
 * console's header, its stage list and the shared screen number them alike; a skipped stage has
 * no number (null).
 */
export function stagePosition(
  stages: SessionStage[],
  stageId: StageId,
): { number: number; of: number } | null {
  const running = stages.filter((stage) => !stage.skipped);
  const index = running.findIndex((stage) => stage.id === stageId);
  return index < 0 ? null : { number: index + 1, of: running.length };
}
