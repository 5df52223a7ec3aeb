import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SampleBadge } from '@renderer/components/SampleBadge';
import { TextField } from '@renderer/components/TextField';
import { usePreload } from '@renderer/hooks/use-preload';
import { useShowOnOpen } from '@renderer/pages/present/mutations';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { prefetchDashboard } from '../dashboard/queries';
import { dashboardPage, sessionConsole } from '../lazy-pages';
import { ExportTeamReport } from '../report/ExportReportDialogs';
import { useAddMember, useRemoveMember } from './mutations';
import { teamQueries, useTeam } from './queries';
import { SessionList } from './SessionList';

// Where people go from here: the dashboard (with the charts) and a retro's console.
const loadNextPages = () => Promise.all([dashboardPage.preload(), sessionConsole.preload()]);

import './team.css';

export function TeamPage({ teamId }: { teamId: string }) {
  const team = useTeam(teamId);
  const client = useQueryClient();
  // The newest retros are asked for with the team, not once it has come.
  const newest = useQuery(teamQueries.sessionPage(teamId, 0));
  usePreload(loadNextPages, team.data !== undefined && newest.data !== undefined);
  const [memberName, setMemberName] = useState('');
  const addMember = useAddMember();
  const removeMember = useRemoveMember();
  // Between retros, the shared screen shows the team's name.
  useShowOnOpen({ show: 'idle', teamId });

  if (team.isPending) return <p className="loading">Loading team…</p>;
  if (!team.data) {
    return (
      <section className="page">
        <ErrorBanner error={team.error} />
        <Link href="/">Back to teams</Link>
      </section>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    removeMember.reset();
    addMember.mutate({ teamId, name: memberName }, { onSuccess: () => setMemberName('') });
  }

  return (
    <section className="page" aria-labelledby="team-title">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Teams</Link>
        <span aria-hidden="true"> / </span>
        <span>{team.data.name}</span>
      </nav>
      <div className="page-head">
        <div className="team-title-row">
          <h1 id="team-title">{team.data.name}</h1>
          {team.data.archived && <span className="badge">Archived</span>}
          {team.data.isSample && <SampleBadge />}
        </div>
        <div className="button-row">
          <Link
            href={`/teams/${teamId}/dashboard`}
            className="button"
            onClick={() => prefetchDashboard(client, teamId)}
          >
            Dashboard
          </Link>
          <Link href={`/teams/${teamId}/template`} className="button">
            Retro template
          </Link>
          <ExportTeamReport teamId={teamId} />
        </div>
      </div>
      <div className="team-columns">
        <SessionList key={teamId} teamId={teamId} archived={team.data.archived} />
        <div className="card roster">
          <h2>Members</h2>
          <p className="muted">
            Names let you record who took part, who owns an action and who showed initiative. Retros
            can also run with anonymous participants.
          </p>
          {team.data.members.length > 0 ? (
            <ul className="member-list" aria-label="Members">
              {team.data.members.map((member) => (
                <li key={member.id}>
                  <span>{member.name}</span>
                  <button
                    type="button"
                    className="button quiet danger-text"
                    aria-label={`Remove ${member.name}`}
                    onClick={() => {
                      // A refusal to add a name says nothing true once the roster has changed.
                      addMember.reset();
                      removeMember.mutate({ teamId, memberId: member.id });
                    }}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty-note">No members listed yet.</p>
          )}
          <ErrorBanner error={removeMember.error} />
          <form className="inline-form" onSubmit={submit} noValidate>
            <TextField
              label="Member name"
              value={memberName}
              onChange={(event) => {
                setMemberName(event.target.value);
                addMember.reset();
              }}
              error={addMember.error?.message}
              maxLength={120}
              autoComplete="off"
            />
            <button type="submit" className="button" disabled={addMember.isPending}>
              Add member
            </button>
          </form>
        </div>
      </div>
    </section>
  );
}
