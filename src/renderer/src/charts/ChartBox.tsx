import { type ReactElement, useState } from 'react';
import { ResponsiveContainer } from 'recharts';
import type { ChartHeight, ChartSize } from './theme';

interface ChartBoxProps {
  size: ChartSize | undefined;
  /** On screen: the height to fill. */
  height: ChartHeight;
  /**
   * Draws the chart. `box` is the fixed size (print) or empty (the container sizes it); `width` is
   * the width drawn at, once known, for charts that thin out their labels when space is short.
   */
  children: (box: Partial<ChartSize>, animate: boolean, width: number | undefined) => ReactElement;
}

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Print gets exactly `size` and no animation; the screen gets a responsive, animated chart. */
export function ChartBox({ size, height, children }: ChartBoxProps) {
  const [width, setWidth] = useState<number>();
  if (size) return children(size, false, size.width);
  return (
    <ResponsiveContainer width="100%" height={height} onResize={(measured) => setWidth(measured)}>
      {children({}, !reducedMotion(), width)}
    </ResponsiveContainer>
  );
}
