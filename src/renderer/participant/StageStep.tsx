import type { ParticipantView } from '@shared/participant-view';
import { stageById } from '@shared/stages';
import { CardsStep } from './steps/CardsStep';
import { CommitStep } from './steps/CommitStep';
import { PulseStep } from './steps/PulseStep';
import { RotiStep } from './steps/RotiStep';
import { VoteStep } from './steps/VoteStep';

/** What this device does at the facilitator's current stage. */
export function StageStep({ view, onSaved }: { view: ParticipantView; onSaved: () => void }) {
  const stage = view.shared.session.currentStage;
  const props = { view, onSaved };
  switch (stage) {
    case 'pulse':
      return <PulseStep {...props} />;
    case 'reflect':
      return <CardsStep {...props} />;
    case 'group-vote':
      return <VoteStep {...props} />;
    case 'act':
      return <CommitStep {...props} />;
    case 'close':
      return <RotiStep {...props} />;
    default:
      return <Follow view={view} />;
  }
}

/** Stages without input from devices: say where the team is and what is on the shared screen. */
function Follow({ view }: { view: ParticipantView }) {
  const stage = stageById(view.shared.session.currentStage);
  const { checkIns, kudos } = view.shared;
  return (
    <section className="p-card" aria-labelledby="p-follow">
      <h1 id="p-follow">{stage.title}</h1>
      <p className="p-done">
        {view.me.name ? `You are checked in as ${view.me.name}.` : 'You are checked in.'}
      </p>
      <p className="p-hint">{stage.presentationPrompt}</p>
      {stage.id === 'check-in' && checkIns.length > 0 && (
        <ul className="p-words" aria-label="Check-in words">
          {checkIns.map((word, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: words repeat
            <li key={`${word}-${index}`}>{word}</li>
          ))}
        </ul>
      )}
      {stage.id === 'recognize' && kudos.length > 0 && (
        <ul className="p-list" aria-label="Kudos">
          {kudos.map((k) => (
            <li key={k.id}>
              <strong>{k.who}</strong> {k.act}
            </li>
          ))}
        </ul>
      )}
      <p className="p-muted">This page follows the facilitator: it changes with the next stage.</p>
    </section>
  );
}
