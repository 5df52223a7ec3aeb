import { RoomQr } from '@renderer/components/RoomQr';
import { plural } from '@shared/format';
import { ROOM_STAGES, type RoomStatus } from '@shared/room';
import type { StageId } from '@shared/stages';
import { useRoomStatus } from '../session/room/queries';
import './room-join-panel.css';

// On the shared screen while the room runs: how to join from a phone and, at a stage where
// devices take part, how many have submitted (counts only, never what). The screen never
// scrolls, so the join info takes a column of its own beside the check-in, and a line in the
// footer at every later stage, where late joiners can still find it without covering the stage.

/** Beside the check-in stage: the QR code, the address and the room code, large. */
export function RoomJoinPanel({ sessionId }: { sessionId: string }) {
  const { data: room } = useRoomStatus(sessionId);
  if (!room) return null;
  return (
    <aside className="room-join-panel" aria-label="Join from your phone">
      <p className="room-join-title">Join from your phone</p>
      <RoomQr url={room.qrUrl} label={`QR code to join: ${room.joinUrl}`} />
      <p className="room-join-url">{room.joinUrl}</p>
      <p className="room-join-code-line">
        Code <strong className="room-join-code">{room.code}</strong>
      </p>
      <SubmittedCount room={room} stageId="check-in" />
    </aside>
  );
}

/** In the footer of every later stage: the address and the code in one line. */
export function RoomJoinLine({ sessionId, stageId }: { sessionId: string; stageId: StageId }) {
  const { data: room } = useRoomStatus(sessionId);
  if (!room) return null;
  return (
    <div className="room-join-line">
      <p>
        Join at <span className="room-join-url">{room.joinUrl}</span> · code{' '}
        <strong className="room-join-code">{room.code}</strong>
      </p>
      <SubmittedCount room={room} stageId={stageId} />
    </div>
  );
}

function SubmittedCount({ room, stageId }: { room: RoomStatus; stageId: StageId }) {
  const stage = ROOM_STAGES.find((s) => s === stageId);
  if (!stage) return null;
  return (
    <p className="room-join-count" role="status">
      {room.submitted[stage]} of {plural(room.devices.length, 'device')} submitted
    </p>
  );
}
