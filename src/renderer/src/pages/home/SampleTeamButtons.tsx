import { api } from '@renderer/api/client';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useAction } from '@renderer/hooks/use-action';
import { useLocation } from 'wouter';
import './sample-team.css';

/** Loads the made-up team with half a year of retros and opens its dashboard. */
export function LoadSampleTeamButton() {
  const [, navigate] = useLocation();
  const load = useAction(() => api.call('sample.load', {}));
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={load.pending}
        onClick={async () => {
          const team = await load.run();
          if (team) navigate(`/teams/${team.id}/dashboard`);
        }}
      >
        Load sample team
      </button>
      <ErrorBanner error={load.error} />
    </>
  );
}

/** Deletes the sample team and all of its made-up retros. */
export function RemoveSampleTeamButton() {
  const remove = useAction(() => api.call('sample.remove', {}));
  return (
    <>
      <button
        type="button"
        className="button quiet danger-text"
        disabled={remove.pending}
        onClick={() => remove.run()}
      >
        Remove sample team
      </button>
      <ErrorBanner error={remove.error} />
    </>
  );
}
