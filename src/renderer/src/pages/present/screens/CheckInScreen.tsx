import { plural } from '@shared/format';
import type { PresentProps } from '../present-props';

export function CheckInScreen({ view }: PresentProps) {
  const count = view.session.participantCount;
  return (
    <div className="present-checkin">
      {count > 0 && <p className="present-count">{plural(count, 'person')} here</p>}
      {view.checkIns.length > 0 && (
        <ul className="present-words" aria-label="Check-in words">
          {view.checkIns.map((word, index) => (
            // Words repeat; their order is stable for a session.
            // biome-ignore lint/suspicious/noArrayIndexKey: duplicates are expected
            <li key={`${word}-${index}`}>{word}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
