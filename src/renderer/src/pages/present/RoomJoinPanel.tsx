import { RoomQr } from '@renderer/components/RoomQr';
import { plural } from '@shared/format';
import { ROOM_STAGES, type RoomStage } from '@shared/room';
import type { StageId } from '@shared/stages';
import { useRoomStatus } from '../session/room/queries';
import './room-join-panel.css';

/**
 * On the shared screen while the room runs: how to join (address, room code, and at check-in
 * the QR code; later a small line, so late joiners can still join without covering the stage)
 * and, at a stage where devices take part, how many have submitted. Counts only, never what.
 */
export function RoomJoinPanel({ sessionId, stageId }: { sessionId: string; stageId: StageId }) {
  const { data: room } = useRoomStatus(sessionId);
  if (!room) return null;
  const stage = ROOM_STAGES.includes(stageId as RoomStage) ? (stageId as RoomStage) : null;
  return (
    <aside
      className={`room-join-panel ${stageId === 'check-in' ? '' : 'compact'}`}
      aria-label="Join from your phone"
    >
      {stageId === 'check-in' && (
        <RoomQr url={room.qrUrl} label={`QR code to join: ${room.joinUrl}`} />
      )}
      <div className="room-join-text">
        <p className="room-join-title">Join from your phone</p>
        <p className="room-join-url">{room.joinUrl}</p>
        <p>
          Code <strong className="room-join-code">{room.code}</strong>
        </p>
        {stage && (
          <p className="room-join-count" role="status">
            {room.submitted[stage]} of {plural(room.devices.length, 'device')} submitted
          </p>
        )}
      </div>
    </aside>
  );
}
