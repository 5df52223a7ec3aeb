import { plural } from '@shared/format';
import { practiceById } from '@shared/practices';
import type { VoteItem } from '@shared/sessions';
import { refKey } from '../common/item-key';

/** Items by dots, most first, with a bar each. */
export function Ranking({ items }: { items: VoteItem[] }) {
  const most = Math.max(1, ...items.map((item) => item.dots));
  return (
    <section className="gv-ranking" aria-labelledby="gv-ranking-title">
      <h4 id="gv-ranking-title">Ranking</h4>
      <ol>
        {items.map((item) => (
          <li key={refKey(item.ref)}>
            <span className="gv-rank-title">
              {item.title}
              <span className="gv-rank-practices">
                {item.practiceIds.map((id) => practiceById(id).shortName).join(' · ')}
                {item.ref.kind === 'group' && ` · group of ${item.cardCount}`}
              </span>
            </span>
            <span className="gv-rank-bar" aria-hidden="true">
              <span style={{ width: `${(item.dots / most) * 100}%` }} />
            </span>
            <span className="gv-rank-dots">{plural(item.dots, 'dot')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
