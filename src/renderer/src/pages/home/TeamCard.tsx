import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SampleBadge } from '@renderer/components/SampleBadge';
import { plural } from '@shared/format';
import type { Team } from '@shared/teams';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { openTeamPage } from '../team/queries';
import { DeleteTeamDialog } from './DeleteTeamDialog';
import { useSetTeamArchived } from './mutations';
import { RenameTeamDialog } from './RenameTeamDialog';

function membersLine(team: Team): string {
  const names = team.members.map((member) => member.name);
  const shown = names.slice(0, 4).join(', ');
  return names.length > 4 ? `${shown} and ${names.length - 4} more` : shown;
}

export function TeamCard({ team }: { team: Team }) {
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const archive = useSetTeamArchived();
  const client = useQueryClient();
  const [, navigate] = useLocation();

  return (
    <li className={`team-card ${team.archived ? 'archived' : ''}`} aria-label={team.name}>
      <div className="team-card-main">
        <h3 className="team-name">
          <Link
            href={`/teams/${team.id}`}
            onClick={(event) => {
              event.preventDefault();
              openTeamPage(client, team.id, navigate);
            }}
          >
            {team.name}
          </Link>
        </h3>
        {team.isSample && <SampleBadge />}
        {team.archived && <span className="badge">Archived</span>}
        <p className="team-meta">
          {team.members.length === 0 ? (
            'No member list yet'
          ) : (
            <>
              <span className="team-count">{plural(team.members.length, 'member')}</span>
              <span aria-hidden="true"> · </span>
              {membersLine(team)}
            </>
          )}
        </p>
      </div>
      <div className="team-card-actions">
        <button
          type="button"
          className="button quiet"
          aria-label={`Rename ${team.name}`}
          onClick={() => setDialog('rename')}
        >
          Rename
        </button>
        <button
          type="button"
          className="button quiet"
          aria-label={`${team.archived ? 'Unarchive' : 'Archive'} ${team.name}`}
          onClick={() => archive.mutate({ teamId: team.id, archived: !team.archived })}
          disabled={archive.isPending}
        >
          {team.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button
          type="button"
          className="button quiet danger-text"
          aria-label={`Delete ${team.name}`}
          onClick={() => setDialog('delete')}
        >
          Delete
        </button>
      </div>
      <ErrorBanner error={archive.error} />
      {dialog === 'rename' && <RenameTeamDialog team={team} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && <DeleteTeamDialog team={team} onClose={() => setDialog(null)} />}
    </li>
  );
}
