import { Dialog } from '@renderer/components/Dialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { usePreload } from '@renderer/hooks/use-preload';
import { useTeams } from '@renderer/pages/team/queries';
import { plural } from '@shared/format';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { overviewPage } from '../lazy-pages';
import { CreateTeamForm } from './CreateTeamForm';
import { LoadSampleTeamButton, RemoveSampleTeamButton } from './SampleTeamButtons';
import { TeamCard } from './TeamCard';
import { Welcome } from './Welcome';
import './home.css';

// Leads go from here to the overview of every team (the header's link).
const loadOverview = () => overviewPage.preload();

/** How many teams the list shows at first, and adds each time more are asked for. */
const TEAMS_AT_A_TIME = 48;

export function HomePage() {
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState(TEAMS_AT_A_TIME);
  const [, navigate] = useLocation();
  const teams = useTeams();
  usePreload(loadOverview, teams.data !== undefined);

  if (teams.isPending) return <p className="loading">Loading teams…</p>;
  if (!teams.data) return <ErrorBanner error={teams.error} />;

  const active = teams.data.filter((team) => !team.archived);
  const archived = teams.data.filter((team) => team.archived);
  if (teams.data.length === 0) return <Welcome />;

  return (
    <section className="page" aria-labelledby="teams-title">
      <div className="page-head">
        <div>
          <h1 id="teams-title">Teams</h1>
          <p className="muted">Pick a team to run a retro or see how its practices are moving.</p>
        </div>
        <div className="button-row">
          {teams.data.some((team) => team.isSample) ? (
            <RemoveSampleTeamButton />
          ) : (
            <LoadSampleTeamButton />
          )}
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            New team
          </button>
        </div>
      </div>
      <ErrorBanner error={teams.error} />
      {active.length === 0 ? (
        <p className="empty-note">
          Every team is archived. Create a new team, or show the archived ones to bring one back.
        </p>
      ) : (
        <>
          <ul className="team-list" aria-label="Active teams">
            {active.slice(0, shown).map((team) => (
              <TeamCard key={team.id} team={team} />
            ))}
          </ul>
          {active.length > shown && (
            <div className="team-list-more">
              <p className="muted">
                Showing {shown} of {plural(active.length, 'team')}.
              </p>
              <button
                type="button"
                className="button"
                onClick={() => setShown(shown + TEAMS_AT_A_TIME)}
              >
                Show more teams
              </button>
            </div>
          )}
        </>
      )}
      {archived.length > 0 && (
        <div className="archived-section">
          <label className="toggle">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.target.checked)}
            />
            Show archived teams ({archived.length})
          </label>
          {showArchived && (
            <ul className="team-list" aria-label="Archived teams">
              {archived.map((team) => (
                <TeamCard key={team.id} team={team} />
              ))}
            </ul>
          )}
        </div>
      )}
      <Dialog title="New team" open={creating} onClose={() => setCreating(false)}>
        <CreateTeamForm
          onCreated={(team) => navigate(`/teams/${team.id}`)}
          onCancel={() => setCreating(false)}
        />
      </Dialog>
    </section>
  );
}
