import { plural } from '@shared/format';
import { onPage, PAGE_SIZES } from '@shared/screen-pages';
import type { PresentProps } from '../present-props';

export function CheckInScreen({ view, page }: PresentProps) {
  const count = view.session.participantCount;
  const words = onPage(view.checkIns, page, PAGE_SIZES.checkIn);
  return (
    <div className="present-checkin">
      {count > 0 && <p className="present-count">{plural(count, 'person')} here</p>}
      {words.length > 0 && (
        <ul className="present-words" aria-label="Check-in words">
          {words.map((word, index) => (
            // Words repeat; their order is stable for a session.
            // biome-ignore lint/suspicious/noArrayIndexKey: duplicates are expected
            <li key={`${word}-${index}`} className="present-clamp-1">
              {word}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
