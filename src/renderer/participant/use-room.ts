import type { AppError } from '@shared/errors';
import type { ParticipantView } from '@shared/participant-view';
import { useCallback, useEffect, useState } from 'react';
import { call, deviceToken, listen } from './client';

export type RoomState =
  | { kind: 'join' }
  | { kind: 'loading' }
  | { kind: 'in'; view: ParticipantView }
  | { kind: 'out'; message: string };

/** The device's place in the room: joins, follows the facilitator live, resumes after a reload. */
export function useRoom() {
  const [state, setState] = useState<RoomState>(
    deviceToken.get() ? { kind: 'loading' } : { kind: 'join' },
  );
  const [listening, setListening] = useState(0);

  const refresh = useCallback(async () => {
    if (!deviceToken.get()) return setState({ kind: 'join' });
    try {
      setState({ kind: 'in', view: await call('room.view', {}) });
    } catch (error) {
      const { code, message } = error as AppError;
      if (code === 'unauthorized') {
        deviceToken.clear();
        setState({ kind: 'join' });
      } else if (code === 'forbidden') {
        deviceToken.clear();
        setState({ kind: 'out', message });
      }
      // Anything else (a dropped connection): keep showing the last view; the stream retries.
    }
  }, []);

  useEffect(() => {
    if (listening === 0 && !deviceToken.get()) return;
    void refresh();
    return listen((event) => {
      if (event.name === 'changed') void refresh();
      else {
        deviceToken.clear();
        setState({
          kind: 'out',
          message:
            event.name === 'removed'
              ? 'The facilitator removed this device from the room.'
              : 'This room has closed. Thank you for taking part.',
        });
      }
    });
  }, [listening, refresh]);

  const joined = useCallback((token: string) => {
    deviceToken.set(token);
    setState({ kind: 'loading' });
    setListening((n) => n + 1);
  }, []);

  return { state, refresh, joined };
}
