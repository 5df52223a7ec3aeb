// The geometry of the report's plain-SVG charts: the same rules recharts lays its bar charts out
// by, so a chart looks the same in the PDF as it did when recharts drew it.

/** `dy` that centres a line of text on its `y`, and that hangs it below its `y`. */
export const TEXT_MIDDLE = '0.355em';
export const TEXT_TOP = '0.71em';

export interface Band {
  /** The middle of the band, where its name goes. */
  middle: number;
  /** The top of its bar, the bar's thickness and its middle, where numbers on the bar go. */
  bar: number;
  barSize: number;
  barMiddle: number;
}

/**
 * `count` equal bands from `top` to `bottom`, each with a bar of `barSize` in its middle (to the
 * nearest pixel, as recharts places it); a band too thin for that gets a bar of 0.9 of it.
 */
export function bandsOf(count: number, top: number, bottom: number, barSize: number): Band[] {
  const band = (bottom - top) / Math.max(1, count);
  const size = barSize < band ? barSize : band * 0.9;
  return Array.from({ length: count }, (_, index) => {
    const start = top + index * band;
    const bar = start + Math.round((band - size) / 2);
    return { middle: start + band / 2, bar, barSize: size, barMiddle: bar + size / 2 };
  });
}
