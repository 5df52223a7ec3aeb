import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { formatClock, useTimer } from '@renderer/hooks/use-timer';
import type { TimerState } from '@shared/sessions';
import { useExtendTimer, usePauseTimer, useResetTimer, useStartTimer } from './mutations';
import './stage-timer.css';

interface StageTimerProps {
  sessionId: string;
  timer: TimerState;
  readOnly: boolean;
}

export function StageTimer({ sessionId, timer, readOnly }: StageTimerProps) {
  const reading = useTimer(timer);
  const start = useStartTimer();
  const pause = usePauseTimer();
  const reset = useResetTimer();
  const extend = useExtendTimer();
  const ref = { sessionId };

  return (
    <section
      className={`stage-timer ${reading.overtime ? 'overtime' : ''} ${reading.running ? 'running' : ''}`}
      aria-label="Stage timer"
    >
      <div className="timer-readout">
        <span className="timer-clock" role="timer" aria-live="off">
          {formatClock(reading.remainingMs)}
        </span>
        <span className="timer-state" aria-live="polite">
          {reading.overtime ? 'Time is up' : reading.running ? 'Running' : 'Paused'}
        </span>
      </div>
      {!readOnly && (
        <div className="timer-controls">
          <button
            type="button"
            className="button primary"
            onClick={() => (reading.running ? pause : start).mutate(ref)}
          >
            {reading.running ? 'Pause timer' : 'Start timer'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => extend.mutate({ sessionId, minutes: 1 })}
          >
            +1 min
          </button>
          <button
            type="button"
            className="button"
            onClick={() => extend.mutate({ sessionId, minutes: 5 })}
          >
            +5 min
          </button>
          <button type="button" className="button quiet" onClick={() => reset.mutate(ref)}>
            Reset timer
          </button>
        </div>
      )}
      <ErrorBanner error={start.error ?? pause.error ?? reset.error ?? extend.error} />
    </section>
  );
}
