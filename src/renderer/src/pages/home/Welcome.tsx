import { PRACTICES } from '@shared/practices';
import { useLocation } from 'wouter';
import { CreateTeamForm } from './CreateTeamForm';
import { LoadSampleTeamButton } from './SampleTeamButtons';

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
        <div className="welcome-sample">
          <h3>Just looking around?</h3>
          <p className="muted">
            Load a made-up team with half a year of retros to see what the charts show. It is marked
            as a sample, and you can remove it any time.
          </p>
          <LoadSampleTeamButton />
        </div>
      </div>
    </section>
  );
}
