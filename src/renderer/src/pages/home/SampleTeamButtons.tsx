import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useLocation } from 'wouter';
import { useLoadSampleTeam, useRemoveSampleTeam } from './mutations';
import './sample-team.css';

/** Loads the made-up team with half a year of retros and opens its dashboard. */
export function LoadSampleTeamButton() {
  const [, navigate] = useLocation();
  const load = useLoadSampleTeam();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={load.isPending}
        onClick={() =>
          load.mutate({}, { onSuccess: (team) => navigate(`/teams/${team.id}/dashboard`) })
        }
      >
        Load sample team
      </button>
      <ErrorBanner error={load.error} />
    </>
  );
}

/** Deletes the sample team and all of its made-up retros. */
export function RemoveSampleTeamButton() {
  const remove = useRemoveSampleTeam();
  return (
    <>
      <button
        type="button"
        className="button quiet danger-text"
        disabled={remove.isPending}
        onClick={() => remove.mutate({})}
      >
        Remove sample team
      </button>
      <ErrorBanner error={remove.error} />
    </>
  );
}
