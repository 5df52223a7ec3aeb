// The stage's own stylesheet comes first: its parts' stylesheets refine it.
import './group-vote.css';
import { useState } from 'react';
import type { StageProps } from '../../stage-props';
import { Board } from './Board';
import { VoteBar, type VoteMode } from './VoteBar';
import './board.css';

/** One compact board of cards and groups, with the dots of each item on it, and the vote bar. */
export function GroupVoteStage({ view, readOnly }: StageProps) {
  const [mode, setMode] = useState<VoteMode>(view.votesSubmitted.length > 0 ? 'laptop' : 'tally');
  const canVote = view.participants.length > 0;
  return (
    <div className="gv">
      <VoteBar view={view} readOnly={readOnly} mode={mode} onModeChange={setMode} />
      <Board view={view} readOnly={readOnly} tally={canVote && mode === 'tally'} />
    </div>
  );
}
