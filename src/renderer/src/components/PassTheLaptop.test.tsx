import type { Participant } from '@shared/sessions';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PassTheLaptop } from './PassTheLaptop';

const person = (id: string, position: number): Participant => ({
  id,
  label: id,
  memberId: null,
  checkIn: null,
  position,
  via: 'console',
});
const PEOPLE = [person('Ana', 0), person('Ben', 1), person('Chioma', 2)];

/** A private entry with its own state, as the real ones have: what one person types. */
function PrivateNote({ onSaved }: { onSaved: () => void }) {
  const [note, setNote] = useState('');
  return (
    <>
      <label>
        My dots
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="button" onClick={onSaved}>
        Save my dots
      </button>
    </>
  );
}

function renderHandover(submitted: string[], onExit = () => {}) {
  return render(
    <PassTheLaptop
      what="dots"
      participants={PEOPLE}
      submitted={submitted}
      onExit={onExit}
      renderForm={(_, done) => <PrivateNote onSaved={done} />}
    />,
  );
}

const heading = () => screen.getByRole('heading', { level: 2 });

describe('PassTheLaptop', () => {
  it('hands the laptop to the first person still to enter, then on past whoever just finished', async () => {
    renderHandover(['Ana']);
    expect(screen.getByRole('dialog', { name: 'Pass the laptop: dots' })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('Pass the laptop to Ben');

    await userEvent.click(screen.getByRole('button', { name: 'I am Ben: start' }));
    expect(heading()).toHaveTextContent('Ben, it is your turn');
    await userEvent.click(screen.getByRole('button', { name: 'Save my dots' }));

    // The stored list has not caught up yet; Ben is still not offered again.
    expect(screen.getByText('Thank you, Ben. Your dots are saved.')).toBeInTheDocument();
    expect(heading()).toHaveTextContent('Pass the laptop to Chioma');
  });

  it('clears the screen between people: nobody sees what the person before typed', async () => {
    renderHandover([]);
    await userEvent.click(screen.getByRole('button', { name: 'I am Ana: start' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'My dots' }),
      'two on the release item',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save my dots' }));

    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('two on the release item');

    await userEvent.click(screen.getByRole('button', { name: 'I am Ben: start' }));
    expect(screen.getByRole('textbox', { name: 'My dots' })).toHaveValue('');
  });

  it('hides a turn given up without counting that person as done', async () => {
    renderHandover([]);
    await userEvent.click(screen.getByRole('button', { name: 'I am Ana: start' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'My dots' }), 'half typed');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel and hide' }));

    expect(document.body).not.toHaveTextContent('half typed');
    expect(heading()).toHaveTextContent('Pass the laptop to Ana');
    expect(screen.queryByText(/Thank you/)).not.toBeInTheDocument();
  });

  it('says when everyone has entered, offers no redo of one person’s entry, and leaves on request', async () => {
    const onExit = vi.fn();
    renderHandover(['Ana', 'Ben', 'Chioma'], onExit);
    expect(heading()).toHaveTextContent('Everyone has entered their dots');
    expect(screen.queryByRole('button', { name: /^I am/ })).not.toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Ben has entered their dots' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Redo/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the facilitator view' }));
    expect(onExit).toHaveBeenCalledOnce();
  });
});
