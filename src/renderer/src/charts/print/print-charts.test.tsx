import type { VoteItem } from '@shared/sessions';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LIGHT } from '../theme';
import { titleRoom } from '../vote-ranking';
import { PrintDistributionChart } from './PrintDistributionChart';
import { PrintVoteRankingChart } from './PrintVoteRankingChart';

const SIZE = { width: 680, height: 200 };

const texts = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')].map((text) => text.textContent);
const widths = (container: HTMLElement) =>
  [...container.querySelectorAll('svg rect')].map((rect) => Number(rect.getAttribute('width')));

describe('the report’s rating distribution', () => {
  it('splits each bar into the shares of each score, numbering those wide enough', () => {
    const { container } = render(
      <PrintDistributionChart
        rows={[{ key: 'initiative', label: 'Initiative', distribution: [1, 0, 0, 4, 15] }]}
        size={SIZE}
      />,
    );
    const [one, four, five] = widths(container);
    expect(widths(container)).toHaveLength(3);
    expect(four).toBeCloseTo((one ?? 0) * 4);
    expect(five).toBeCloseTo((one ?? 0) * 15);
    // 5% is too narrow for its number; 20% and 75% carry theirs.
    expect(texts(container)).toEqual([
      'Initiative',
      '20%',
      '75%',
      '0%',
      '25%',
      '50%',
      '75%',
      '100%',
    ]);
  });

  it('names a row nobody rated and draws no bar for it', () => {
    const { container } = render(
      <PrintDistributionChart
        rows={[
          { key: 'humility', label: 'Humility', distribution: [0, 0, 0, 3, 0] },
          { key: 'influence', label: 'Influence', distribution: [0, 0, 0, 0, 0] },
        ]}
        size={SIZE}
      />,
    );
    expect(texts(container)).toContain('Influence (no ratings)');
    expect(texts(container)).toContain('100%');
    expect(container.querySelectorAll('svg rect')).toHaveLength(1);
  });

  it('shows the colour key of the five scores above the bars', () => {
    const { container } = render(
      <PrintDistributionChart
        rows={[{ key: 'roti', label: 'ROTI', distribution: [0, 0, 0, 2, 1] }]}
        size={SIZE}
      />,
    );
    const key = [...container.querySelectorAll('.chart-legend li')].map((li) => li.textContent);
    expect(key).toEqual(['1 lowest', '2', '3', '4', '5 highest']);
  });
});

const item = (id: string, title: string, dots: number): VoteItem => ({
  ref: { kind: 'card', id },
  title,
  practiceIds: ['share-information'],
  cardCount: 1,
  dots,
  tallyDots: dots,
  circle: null,
});

describe('the report’s vote ranking', () => {
  it('ranks the ten items with the most dots, ties sharing a rank, bars as long as their dots', () => {
    const items = [
      item('a', 'Release calendar', 6),
      item('b', 'Roadmap changes', 6),
      item('c', 'Pairing', 3),
      ...Array.from({ length: 9 }, (_, n) => item(`x${n}`, `Small ${n}`, 1)),
      item('none', 'No dots', 0),
    ];
    const { container } = render(<PrintVoteRankingChart items={items} size={SIZE} />);
    const drawn = texts(container);
    expect(drawn.slice(0, 6)).toEqual([
      '1. Release calendar',
      '6',
      '1. Roadmap changes',
      '6',
      '3. Pairing',
      '3',
    ]);
    expect(drawn).toHaveLength(20);
    expect(drawn).toContain('4. Small 6');
    expect(drawn).not.toContain('4. Small 7');
    const [first, second, third] = widths(container);
    expect(second).toBe(first);
    expect(third).toBeCloseTo((first ?? 0) / 2);
  });

  it('cuts a title too long for one line, with an ellipsis', () => {
    const long = `Release dates ${'lived in one head '.repeat(10)}`;
    const { container } = render(
      <PrintVoteRankingChart items={[item('a', long, 2)]} size={SIZE} />,
    );
    const [title] = texts(container);
    expect(title?.startsWith('1. Release dates lived in one head')).toBe(true);
    expect(title?.endsWith('…')).toBe(true);
    // The rank and the title together fit the line.
    expect(title?.length).toBeLessThanOrEqual(titleRoom(SIZE.width, LIGHT.tick));
  });
});
