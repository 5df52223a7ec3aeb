import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { PassTheLaptop } from '@renderer/components/PassTheLaptop';
import { plural, pluralWord } from '@shared/format';
import { useId, useState } from 'react';
import type { StageProps } from '../../stage-props';
import { DotsForm } from './DotsForm';
import { useRevealVotes } from './mutations';
import { Ranking } from './Ranking';
import { TallyList } from './VoteTally';
import './voting.css';

/** Step 2: the dots meter, the way the team votes, the ranking and the reveal. */
export function Voting({ view, readOnly }: StageProps) {
  const { session } = view;
  const people = view.participants.length;
  const each = session.dotsPerParticipant;
  const limit = people * each;
  const placed = view.items.reduce((sum, item) => sum + item.dots, 0);
  const [mode, setMode] = useState<'tally' | 'laptop'>(
    view.votesSubmitted.length > 0 ? 'laptop' : 'tally',
  );
  const [passing, setPassing] = useState(false);
  const reveal = useRevealVotes();
  const modeName = useId();

  return (
    <section className="gv-section" aria-labelledby="gv-voting">
      <h3 id="gv-voting">2. Vote with dots</h3>
      {people === 0 ? (
        <p className="gv-note">
          Record who is here in the Check-in stage first. Each person gets {plural(each, 'dot')}, so
          Threadline needs to know how many people there are.
        </p>
      ) : view.items.length === 0 ? (
        <p className="empty-note">There is nothing to vote on yet.</p>
      ) : (
        <>
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
            <>
              <fieldset className="gv-mode">
                <legend>How is the team voting?</legend>
                <label>
                  <input
                    type="radio"
                    name={modeName}
                    checked={mode === 'tally'}
                    onChange={() => setMode('tally')}
                  />
                  Count dots from the whiteboard (tally)
                </label>
                <label>
                  <input
                    type="radio"
                    name={modeName}
                    checked={mode === 'laptop'}
                    onChange={() => setMode('laptop')}
                  />
                  Pass the laptop: each person votes privately
                </label>
              </fieldset>
              {mode === 'tally' ? (
                <TallyList view={view} revealed={session.votesRevealed} />
              ) : (
                <div className="gv-laptop">
                  <p>
                    {view.votesSubmitted.length} of {people} {pluralWord(people, 'person')}{' '}
                    {pluralWord(people, 'has')} placed their dots. Each person gets{' '}
                    {plural(each, 'dot')} and can put more than one on the same item.
                  </p>
                  <button type="button" className="button primary" onClick={() => setPassing(true)}>
                    Start pass-the-laptop
                  </button>
                </div>
              )}
            </>
          )}

          {session.votesRevealed || readOnly ? (
            <Ranking items={view.items} />
          ) : (
            <p className="gv-note">
              Until you show the results, the console counts the dots but does not rank them, so
              nobody passing the laptop sees how others voted.
            </p>
          )}

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
        </>
      )}
      {passing && (
        <PassTheLaptop
          what="dots"
          participants={view.participants}
          submitted={view.votesSubmitted.map((entry) => entry.participantId)}
          onExit={() => setPassing(false)}
          renderForm={(participant, done) => (
            <DotsForm view={view} participant={participant} onSaved={done} />
          )}
        />
      )}
    </section>
  );
}
