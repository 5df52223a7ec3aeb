import { api } from '@renderer/api/client';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useAction } from '@renderer/hooks/use-action';
import { formatClock, useTimer } from '@renderer/hooks/use-timer';
import type { TimerState } from '@shared/sessions';
import './stage-timer.css';

interface StageTimerProps {
  sessionId: string;
  timer: TimerState;
  readOnly: boolean;
}

export function StageTimer({ sessionId, timer, readOnly }: StageTimerProps) {
  const reading = useTimer(timer);
  const control = useAction((method: 'timer.start' | 'timer.pause' | 'timer.reset') =>
    api.call(method, { sessionId }),
  );
  const extend = useAction((minutes: number) => api.call('timer.extend', { sessionId, minutes }));

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
            onClick={() => control.run(reading.running ? 'timer.pause' : 'timer.start')}
          >
            {reading.running ? 'Pause timer' : 'Start timer'}
          </button>
          <button type="button" className="button" onClick={() => extend.run(1)}>
            +1 min
          </button>
          <button type="button" className="button" onClick={() => extend.run(5)}>
            +5 min
          </button>
          <button type="button" className="button quiet" onClick={() => control.run('timer.reset')}>
            Reset timer
          </button>
        </div>
      )}
      <ErrorBanner error={control.error ?? extend.error} />
    </section>
  );
}
