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
   * Charts never animate: drawing once is quicker, and what is drawn is what is there.
   */
  children: (box: Partial<ChartSize>, width: number | undefined) => ReactElement;
}

/** Print gets exactly `size`; the screen gets a chart that fills its container. */
export function ChartBox({ size, height, children }: ChartBoxProps) {
  const [width, setWidth] = useState<number>();
  if (size) return children(size, size.width);
  return (
    <ResponsiveContainer width="100%" height={height} onResize={(measured) => setWidth(measured)}>
      {children({}, width)}
    </ResponsiveContainer>
  );
}
