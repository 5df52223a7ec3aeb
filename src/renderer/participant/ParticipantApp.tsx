import { CheckInForm } from './CheckInForm';
import { JoinForm } from './JoinForm';
import { StageStep } from './StageStep';
import { useRoom } from './use-room';

export function ParticipantApp() {
  const { state, refresh, joined } = useRoom();
  return (
    <main className="p-page">
      <header className="p-header">
        <p className="p-brand">Threadline</p>
        {state.kind === 'in' && (
          <p className="p-retro">
            {state.view.shared.session.teamName} · {state.view.shared.session.title}
          </p>
        )}
      </header>
      {state.kind === 'join' && <JoinForm onJoined={joined} />}
      {state.kind === 'loading' && <p className="p-muted">Connecting to the room…</p>}
      {state.kind === 'out' && (
        <section className="p-card" aria-labelledby="p-out">
          <h1 id="p-out">You have left the room</h1>
          <p>{state.message}</p>
        </section>
      )}
      {state.kind === 'in' &&
        (state.view.me.checkedIn ? (
          <StageStep view={state.view} onSaved={refresh} />
        ) : (
          <CheckInForm onSaved={refresh} />
        ))}
    </main>
  );
}
