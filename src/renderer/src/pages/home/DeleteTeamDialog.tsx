import type { Team } from '../../../../shared/teams';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAction } from '../../hooks/use-action';

export function DeleteTeamDialog({ team, onClose }: { team: Team; onClose: () => void }) {
  const remove = useAction(() => api.call('teams.delete', { teamId: team.id }));

  async function confirm() {
    if (await remove.run()) onClose();
  }

  return (
    <Dialog
      title={`Delete ${team.name}?`}
      open
      onClose={onClose}
      description={
        <p>
          This removes the team, its member list and every retro it has held. It cannot be undone.
          To keep the history but hide the team, archive it instead.
        </p>
      }
    >
      <ErrorBanner error={remove.error} />
      <div className="button-row">
        <button type="button" className="button danger" onClick={confirm} disabled={remove.pending}>
          Delete team
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
