// The stage's own stylesheet comes first: its parts' stylesheets refine it.
import './group-vote.css';
import type { StageProps } from '../../stage-props';
import { Grouping } from './Grouping';
import { Voting } from './Voting';

export function GroupVoteStage({ view, readOnly }: StageProps) {
  return (
    <div className="gv">
      <Grouping view={view} readOnly={readOnly} />
      <Voting view={view} readOnly={readOnly} />
    </div>
  );
}
