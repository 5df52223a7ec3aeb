import { NO_VALUE } from '@shared/format';
import type { SessionStage } from '@shared/sessions';
import { type StageId, stageById } from '@shared/stages';
import { stagePosition } from './stage-navigation';
import './stage-rail.css';

interface StageRailProps {
  stages: SessionStage[];
  current: StageId;
  onJump: (stageId: StageId) => void;
}

export function StageRail({ stages, current, onJump }: StageRailProps) {
  return (
    <nav className="stage-rail" aria-label="Stages">
      <ol>
        {stages.map((stage) => {
          const definition = stageById(stage.id);
          const isCurrent = stage.id === current;
          return (
            <li key={stage.id}>
              <button
                type="button"
                className={`rail-stage ${isCurrent ? 'current' : ''} ${stage.skipped ? 'skipped' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onJump(stage.id)}
                disabled={isCurrent}
                aria-label={`Go to ${definition.title}${stage.skipped ? ' (skipped: nothing to review)' : ''}`}
              >
                <span className="rail-number" aria-hidden="true">
                  {stagePosition(stages, stage.id)?.number ?? NO_VALUE}
                </span>
                <span className="rail-text">
                  <span className="rail-title">{definition.title}</span>
                  <span className="rail-meta">
                    {stage.skipped ? 'Skipped: nothing open' : `${stage.minutes} min`}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
