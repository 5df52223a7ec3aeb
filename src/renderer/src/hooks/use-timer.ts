import type { TimerState } from '@shared/sessions';
import { useEffect, useState } from 'react';

export interface TimerReading {
  remainingMs: number;
  running: boolean;
  overtime: boolean;
}

/** Reads a stored timer against the server's clock, ticking while it runs. */
export function useTimer(timer: TimerState): TimerReading {
  const [, setTick] = useState(0);
  const running = timer.startedAt !== null;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setTick((tick) => tick + 1), 250);
    return () => window.clearInterval(id);
  }, [running]);

  const [offset] = useState(() => Date.now() - Date.parse(timer.serverNow));
  const serverNow = Date.now() - offset;
  const runningFor = timer.startedAt ? Math.max(0, serverNow - Date.parse(timer.startedAt)) : 0;
  const remainingMs = timer.durationMs - timer.elapsedMs - runningFor;
  return { remainingMs, running, overtime: remainingMs <= 0 };
}

export function formatClock(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${ms < 0 ? '−' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}
