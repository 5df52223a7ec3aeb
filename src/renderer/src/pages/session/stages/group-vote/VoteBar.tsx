import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { PassTheLaptop } from '@renderer/components/PassTheLaptop';
import { plural, pluralWord } from '@shared/format';
import type { SessionView } from '@shared/sessions';
import { useId, useState } from 'react';
import { ClearPrivateRound } from '../ratings/ClearPrivateRound';
import { DotsForm } from './DotsForm';
import { useRevealVotes } from './mutations';

export type VoteMode = 'tally' | 'laptop';

/**
 * The dots placed so far, how the team votes, and showing the result on the shared screen. Before
 * the results are shown it counts private votes without saying where they went.
 */
export function VoteBar({
  view,
  readOnly,
  mode,
  onModeChange,
}: {
  view: SessionView;
  readOnly: boolean;
  mode: VoteMode;
  onModeChange: (mode: VoteMode) => void;
}) {
  const { session } = view;
  const people = view.participants.length;
  const each = session.dotsPerParticipant;
  const limit = people * each;
  // A count, not a result: how many dots are in, never where they went.
  const placed = view.items.reduce((sum, item) => sum + item.dots, 0);
  const voters = view.votesSubmitted.length;
  const [passing, setPassing] = useState(false);
  const reveal = useRevealVotes();
  const modeName = useId();

  if (people === 0) {
    return (
      <p className="gv-note">
        Record who is here in the Check-in stage first. Each person gets {plural(each, 'dot')}, so
        Threadline needs to know how many people there are.
      </p>
    );
  }
  if (view.items.length === 0) return null;

  return (
    <section className="gvb-bar" aria-labelledby="gv-voting">
      <h3 id="gv-voting" className="visually-hidden">
        Votes
      </h3>
      <div className="gv-meter">
        <p className="gv-meter-text">
          <strong>
            {placed} of {limit} dots placed
          </strong>{' '}
          <span className="muted">
            ({plural(people, 'person')} × {plural(each, 'dot')} each)
          </span>
        </p>
        <meter min={0} max={limit} value={placed} aria-label="Dots placed">
          {placed} of {limit}
        </meter>
      </div>
      {!readOnly && (
        <div className="gv-reveal">
          <p>
            {session.votesRevealed
              ? 'The results are showing on the shared screen.'
              : 'The shared screen does not show the votes yet.'}
          </p>
          <button
            type="button"
            className={`button ${session.votesRevealed ? '' : 'primary'}`}
            disabled={reveal.isPending}
            onClick={() =>
              reveal.mutate({ sessionId: session.id, revealed: !session.votesRevealed })
            }
          >
            {session.votesRevealed
              ? 'Hide results from the shared screen'
              : 'Show results on the shared screen'}
          </button>
          <ErrorBanner error={reveal.error} />
        </div>
      )}
      {!readOnly && (
        <fieldset className="gv-mode">
          <legend>How is the team voting?</legend>
          <label>
            <input
              type="radio"
              name={modeName}
              checked={mode === 'tally'}
              onChange={() => onModeChange('tally')}
            />
            Count dots from the whiteboard (tally)
          </label>
          <label>
            <input
              type="radio"
              name={modeName}
              checked={mode === 'laptop'}
              onChange={() => onModeChange('laptop')}
            />
            Pass the laptop: each person votes privately
          </label>
        </fieldset>
      )}
      {!readOnly && (mode === 'laptop' || voters > 0) && (
        <div className="gv-laptop">
          <p>
            {voters} of {people} {pluralWord(people, 'person')} {pluralWord(people, 'has')} placed
            their dots privately. Each person gets {plural(each, 'dot')} and can put more than one
            on the same item.
          </p>
          <div className="button-row">
            {mode === 'laptop' && (
              <button type="button" className="button primary" onClick={() => setPassing(true)}>
                Start pass-the-laptop
              </button>
            )}
            <ClearPrivateRound sessionId={session.id} round="votes" what="dots" entered={voters} />
          </div>
        </div>
      )}
      {!session.votesRevealed && !readOnly && voters > 0 && (
        <p className="gv-note">
          Until you show the results, the board counts only the dots from the whiteboard and ranks
          nothing, so nobody passing the laptop sees how others voted.
        </p>
      )}
      {passing && (
        <PassTheLaptop
          what="dots"
          participants={view.participants.filter((p) => p.via === 'console')}
          submitted={view.votesSubmitted}
          onExit={() => setPassing(false)}
          renderForm={(participant, done) => (
            <DotsForm view={view} participant={participant} onSaved={done} />
          )}
        />
      )}
    </section>
  );
}
