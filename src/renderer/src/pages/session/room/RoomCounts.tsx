import { plural } from '@shared/format';
import { ROOM_STAGES, type RoomStatus } from '@shared/room';
import { stageById } from '@shared/stages';

/** Per stage, how many devices have submitted: counts only, never what. */
export function RoomCounts({ room, caption }: { room: RoomStatus; caption: string }) {
  const devices = room.devices.length;
  return (
    <table className="room-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Submitted</th>
        </tr>
      </thead>
      <tbody>
        {ROOM_STAGES.map((stage) => (
          <tr key={stage}>
            <th scope="row">{stageById(stage).title}</th>
            <td>
              {room.submitted[stage]} of {plural(devices, 'device')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
