import type { Participant } from '@shared/sessions';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MS } from './HoldButton';
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

  it('says when everyone has entered and offers no redo of one person’s entry', () => {
    renderHandover(['Ana', 'Ben', 'Chioma']);
    expect(heading()).toHaveTextContent('Everyone has entered their dots');
    expect(screen.queryByRole('button', { name: /^I am/ })).not.toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Ben has entered their dots' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Redo/ })).not.toBeInTheDocument();
  });
});

describe('leaving the private entry', () => {
  // Pointer and key events one at a time, with the clock moved by hand between them.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const back = () => screen.getByRole('button', { name: 'Back to the facilitator view' });
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it('takes more than a tap: a click only says to hold the button', () => {
    const onExit = vi.fn();
    renderHandover(['Ana'], onExit);
    fireEvent.pointerDown(back(), { button: 0 });
    fireEvent.pointerUp(back(), { button: 0 });
    fireEvent.click(back());
    wait(HOLD_MS * 2);
    expect(onExit).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Not yet\. .*press and hold/);
    expect(back()).toHaveAccessibleDescription(/press and hold for two seconds, or hold Enter/);
  });

  it('happens once the button is held down for the whole time, not when let go too soon', () => {
    const onExit = vi.fn();
    renderHandover(['Ana'], onExit);
    fireEvent.pointerDown(back(), { button: 0 });
    wait(HOLD_MS - 100);
    fireEvent.pointerLeave(back());
    wait(HOLD_MS);
    expect(onExit).not.toHaveBeenCalled();

    fireEvent.pointerDown(back(), { button: 0 });
    wait(HOLD_MS);
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('can be done from the keyboard by holding Enter or Space', () => {
    const onExit = vi.fn();
    renderHandover(['Ana'], onExit);
    fireEvent.keyDown(back(), { key: 'Enter' });
    fireEvent.keyUp(back(), { key: 'Enter' });
    wait(HOLD_MS);
    expect(onExit).not.toHaveBeenCalled();

    // A held key repeats its keydown; the hold counts from the first.
    fireEvent.keyDown(back(), { key: 'Enter' });
    wait(HOLD_MS / 2);
    fireEvent.keyDown(back(), { key: 'Enter', repeat: true });
    wait(HOLD_MS / 2);
    expect(onExit).toHaveBeenCalledOnce();
    fireEvent.keyUp(back(), { key: 'Enter' });

    fireEvent.keyDown(back(), { key: ' ' });
    wait(HOLD_MS);
    expect(onExit).toHaveBeenCalledTimes(2);
  });
});
