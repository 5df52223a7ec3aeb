import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import type { Team } from '@shared/teams';
import { useDeleteTeam } from './mutations';

export function DeleteTeamDialog({ team, onClose }: { team: Team; onClose: () => void }) {
  const remove = useDeleteTeam();
  return (
    <ConfirmDialog
      title={`Delete ${team.name}?`}
      description={
        <p>
          This removes the team, its member list and every retro it has held. It cannot be undone.
          To keep the history but hide the team, archive it instead.
        </p>
      }
      confirmLabel="Delete team"
      cancelLabel="Cancel"
      onConfirm={() => remove.mutateAsync({ teamId: team.id })}
      onClose={onClose}
    />
  );
}
