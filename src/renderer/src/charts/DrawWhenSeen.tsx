import { type ReactNode, useEffect, useRef, useState } from 'react';

/** How far below the window a chart starts drawing, so it is there by the time it scrolls in. */
const AHEAD = '100px';

/**
 * Draws `children` once its place comes near the window, and keeps them from then on; until then
 * an empty box of about their height holds the place. A page of charts then draws only those in
 * view when it opens. Where the browser cannot tell (tests), it draws at once.
 */
export function DrawWhenSeen({ height, children }: { height: number; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const box = place.current;
    if (seen || !box) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: `0px 0px ${AHEAD} 0px` },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, [seen]);
  if (seen) return children;
  return <div ref={place} className="chart-placeholder" style={{ height }} />;
}
