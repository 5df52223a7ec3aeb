import { useLocation } from 'wouter';
import { PRACTICES } from '../../../../shared/practices';
import { CreateTeamForm } from './CreateTeamForm';

/** First run: what Threadline is for, and the one thing to do first. */
export function Welcome() {
  const [, navigate] = useLocation();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-intro">
        <p className="eyebrow">Welcome to Threadline</p>
        <h1 id="welcome-title">Run retros that grow ownership on your team</h1>
        <p className="lede">
          Threadline guides a team retrospective around four habits of teams where everyone leads
          from where they stand. You facilitate from this laptop, the team follows on the shared
          screen, and every session stays on this computer.
        </p>
        <ol className="practice-list">
          {PRACTICES.map((practice, index) => (
            <li key={practice.id}>
              <span className="practice-number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <strong>{practice.name}</strong>
                <p>{practice.summary}</p>
              </div>
            </li>
          ))}
        </ol>
      </div>
      <div className="welcome-card card">
        <h2>Start with your team</h2>
        <p className="muted">
          Name the team you facilitate for. Adding members is optional and can be done later.
        </p>
        <CreateTeamForm onCreated={(team) => navigate(`/teams/${team.id}`)} />
      </div>
    </section>
  );
}
