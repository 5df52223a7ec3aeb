import type { SessionStage } from '@shared/sessions';
import { STAGE_IDS } from '@shared/stages';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StageRail } from './StageRail';

const STAGES: SessionStage[] = STAGE_IDS.map((id) => ({
  id,
  minutes: id === 'pulse' ? 12 : 5,
  skipped: id === 'review',
}));

describe('StageRail', () => {
  it('marks the current stage and offers every other one, skipped ones said to be skipped', async () => {
    const onJump = vi.fn();
    render(<StageRail stages={STAGES} current="pulse" onJump={onJump} />);
    const rail = screen.getByRole('navigation', { name: 'Stages' });
    expect(rail.querySelectorAll('li')).toHaveLength(8);

    const current = screen.getByRole('button', { name: 'Go to Pulse' });
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(current).toBeDisabled();
    expect(current).toHaveTextContent('12 min');

    const review = screen.getByRole('button', {
      name: 'Go to Review (skipped: nothing to review)',
    });
    expect(review).toHaveTextContent('Skipped: nothing open');
    expect(review).not.toHaveAttribute('aria-current');

    // One numbering with the console's "Stage 2 of 7": the skipped Review has no number.
    const numbers = [...rail.querySelectorAll('.rail-number')].map((n) => n.textContent);
    expect(numbers).toEqual(['1', '–', '2', '3', '4', '5', '6', '7']);

    await userEvent.click(review);
    await userEvent.click(screen.getByRole('button', { name: 'Go to Close' }));
    expect(onJump.mock.calls).toEqual([['review'], ['close']]);
  });
});
