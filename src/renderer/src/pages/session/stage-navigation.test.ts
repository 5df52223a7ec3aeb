import type { SessionStage } from '@shared/sessions';
import { STAGE_IDS, type StageId } from '@shared/stages';
import { describe, expect, it } from 'vitest';
import { neighbourStage, stagePosition } from './stage-navigation';

const stages = (skipped: StageId[] = []): SessionStage[] =>
  STAGE_IDS.map((id) => ({ id, minutes: 5, skipped: skipped.includes(id) }));

describe('neighbourStage', () => {
  it('steps to the stage after or before, in the session’s order', () => {
    expect(neighbourStage(stages(), 'pulse', 1)).toBe('reflect');
    expect(neighbourStage(stages(), 'pulse', -1)).toBe('review');
  });

  it('passes over skipped stages both ways', () => {
    const withoutReview = stages(['review']);
    expect(neighbourStage(withoutReview, 'check-in', 1)).toBe('pulse');
    expect(neighbourStage(withoutReview, 'pulse', -1)).toBe('check-in');
  });

  it('has nothing before the first stage or after the last', () => {
    expect(neighbourStage(stages(), 'check-in', -1)).toBeNull();
    expect(neighbourStage(stages(), 'close', 1)).toBeNull();
    expect(neighbourStage(stages(['close']), 'act', 1)).toBeNull();
  });

  it('follows a reordered template, and finds the way out of a skipped stage being looked at', () => {
    const reordered = stages().reverse();
    expect(neighbourStage(reordered, 'close', 1)).toBe('act');
    expect(neighbourStage(stages(['review']), 'review', 1)).toBe('pulse');
    expect(neighbourStage(stages(['review']), 'review', -1)).toBe('check-in');
  });
});

describe('stagePosition', () => {
  it('counts only the stages that run, so a skipped Review leaves seven numbered', () => {
    const withoutReview = stages(['review']);
    expect(stagePosition(withoutReview, 'check-in')).toEqual({ number: 1, of: 7 });
    expect(stagePosition(withoutReview, 'pulse')).toEqual({ number: 2, of: 7 });
    expect(stagePosition(withoutReview, 'close')).toEqual({ number: 7, of: 7 });
    expect(stagePosition(withoutReview, 'review')).toBeNull();
    expect(stagePosition(stages(), 'close')).toEqual({ number: 8, of: 8 });
  });
});
