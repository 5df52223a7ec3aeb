import { useTeam } from '@renderer/pages/team/queries';
import type { SessionView } from '@shared/sessions';

/** Names to suggest for "who": the people checked in by name, then the rest of the team roster. */
export function usePeopleNames(view: SessionView): string[] {
  const team = useTeam(view.session.teamId);
  const named =
    view.session.participantMode === 'named' ? view.participants.map((p) => p.label) : [];
  const roster = team.data?.members.map((member) => member.name) ?? [];
  return [...new Set([...named, ...roster])];
}

export function PeopleDatalist({ id, names }: { id: string; names: string[] }) {
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
