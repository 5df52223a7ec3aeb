import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { RoomQr } from '@renderer/components/RoomQr';
import { plural } from '@shared/format';
import type { RoomStatus } from '@shared/room';
import { memo, useId, useState } from 'react';
import { useLockRoom, useRemoveDevice, useStartRoom, useStopRoom } from './mutations';
import { useRoomAddresses, useRoomStatus } from './queries';
import { RoomCounts } from './RoomCounts';
import './room.css';

/**
 * The room: people join from their own phones or laptops over the local network. The console
 * starts it on one address, locks it, removes devices and stops it; it shows counts, never values.
 */
export const RoomPanel = memo(function RoomPanel({ sessionId }: { sessionId: string }) {
  const status = useRoomStatus(sessionId);
  const room = status.data ?? null;
  return (
    <section className="room-panel" aria-labelledby="room-title">
      <h2 id="room-title">People’s own devices</h2>
      {room ? <RunningRoom room={room} /> : <StartRoom sessionId={sessionId} />}
      <ErrorBanner error={status.error} />
    </section>
  );
});

function StartRoom({ sessionId }: { sessionId: string }) {
  const [choosing, setChoosing] = useState(false);
  const addresses = useRoomAddresses(choosing);
  const start = useStartRoom();
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  const list = addresses.data?.addresses ?? [];
  const address = chosen ?? list[0]?.address ?? '';
  if (!choosing) {
    return (
      <>
        <p className="muted">
          Everyone rates, writes and votes at once from their own phone, in private. Nothing leaves
          this network.
        </p>
        <button type="button" className="button primary" onClick={() => setChoosing(true)}>
          Let people join
        </button>
      </>
    );
  }
  return (
    <form
      className="room-start"
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate({ sessionId, address });
      }}
    >
      {addresses.isPending && <p className="muted">Looking for this computer’s networks…</p>}
      {addresses.data && list.length === 0 && (
        <p className="room-warning" role="status">
          This computer is on no network that phones could reach. Join the room’s Wi-Fi, then try
          again.
        </p>
      )}
      {list.length > 0 && (
        <label htmlFor={selectId} className="field">
          <span>Network people join on</span>
          <select id={selectId} value={address} onChange={(e) => setChosen(e.target.value)}>
            {list.map((a) => (
              <option key={a.address} value={a.address}>
                {a.address} ({a.interfaceName})
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="muted room-note">
        The room speaks plain HTTP on this network: anyone on it with the code can join, so use a
        network you trust. Your computer may ask to allow Threadline through its firewall.
      </p>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={!address || start.isPending}>
          Start the room
        </button>
        <button type="button" className="button" onClick={() => setChoosing(false)}>
          Cancel
        </button>
      </div>
      <ErrorBanner error={addresses.error ?? start.error} />
    </form>
  );
}

function RunningRoom({ room }: { room: RoomStatus }) {
  const lock = useLockRoom();
  const remove = useRemoveDevice();
  const stop = useStopRoom();
  const { sessionId } = room;
  return (
    <div className="room-running">
      <RoomQr url={room.qrUrl} label={`QR code to join: ${room.joinUrl}`} />
      <dl className="room-join">
        <dt>Open</dt>
        <dd className="room-url">{room.joinUrl}</dd>
        <dt>Room code</dt>
        <dd className="room-code">{room.code}</dd>
      </dl>
      <p className="room-state" role="status">
        {plural(room.devices.length, 'device')} in the room
        {room.locked ? ' · locked: nobody new can join' : ''}
      </p>
      {room.lockedReason && <p className="room-warning">{room.lockedReason}</p>}
      <RoomCounts room={room} caption="Devices that have submitted, per stage" />
      {room.devices.length > 0 && (
        <ul className="room-devices" aria-label="Devices in the room">
          {room.devices.map((device) => (
            <li key={device.id}>
              <span>
                {device.label}
                {device.checkedIn ? '' : ' (not checked in yet)'}
              </span>
              <button
                type="button"
                className="button quiet"
                onClick={() => remove.mutate({ sessionId, deviceId: device.id })}
              >
                Remove {device.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => lock.mutate({ sessionId, locked: !room.locked })}
        >
          {room.locked ? 'Unlock the room' : 'Lock the room'}
        </button>
        <button type="button" className="button" onClick={() => stop.mutate({ sessionId })}>
          Stop the room
        </button>
      </div>
      <ErrorBanner error={lock.error ?? remove.error ?? stop.error} />
    </div>
  );
}
