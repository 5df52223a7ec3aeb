import type { Distribution } from '@shared/sessions';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TallyInput } from './TallyInput';

const LABELS = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];

function Tally({ start }: { start: Distribution }) {
  const [counts, setCounts] = useState(start);
  return (
    <>
      <TallyInput
        label="Tally for Model humility"
        counts={counts}
        onChange={setCounts}
        scaleLabels={LABELS}
      />
      <output aria-label="Counts">{counts.join(',')}</output>
    </>
  );
}

const field = (score: number) =>
  screen.getByRole('spinbutton', { name: `Tally for Model humility: people who gave ${score}` });
const type = (score: number, value: string) =>
  fireEvent.change(field(score), { target: { value } });

describe('TallyInput', () => {
  it('names each count by its score and shows the anchor beside it', () => {
    render(<Tally start={[0, 1, 2, 3, 4]} />);
    expect(screen.getByRole('group', { name: 'Tally for Model humility' })).toBeInTheDocument();
    expect(field(4)).toHaveValue(3);
    expect(screen.getByText('Often')).toBeInTheDocument();
  });

  it('counts whole people: a negative, a fraction or an empty field never becomes the count', () => {
    render(<Tally start={[1, 1, 1, 1, 1]} />);
    type(1, '-3');
    expect(screen.getByLabelText('Counts')).toHaveTextContent('0,1,1,1,1');
    type(2, '2.7');
    expect(screen.getByLabelText('Counts')).toHaveTextContent('0,2,1,1,1');
    type(3, '');
    expect(screen.getByLabelText('Counts')).toHaveTextContent('0,2,0,1,1');
    type(5, 'e');
    expect(screen.getByLabelText('Counts')).toHaveTextContent('0,2,0,1,0');
    type(4, '12');
    expect(screen.getByLabelText('Counts')).toHaveTextContent('0,2,0,12,0');
  });
});
