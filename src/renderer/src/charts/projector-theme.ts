import { useEffect, useState } from 'react';
import { type ChartTheme, PROJECTOR } from './theme';

/**
 * The chart type of the shared screen, read from the projector theme's tokens
 * (theme/projector.css), which grow with the screen: a chart's labels stay as large, next to the
 * text around them, on a 1280×720 window as on a 3840×2160 projector. Strokes and markers grow
 * with them. Where nothing is laid out (tests), the fixed projector sizes stand in.
 */
function measure(): ChartTheme {
  const probe = document.createElement('div');
  probe.className = 'theme-projector';
  probe.style.position = 'absolute';
  probe.style.visibility = 'hidden';
  document.body.append(probe);
  const sizeOf = (token: string) => {
    probe.style.fontSize = `var(${token})`;
    return Number.parseFloat(getComputedStyle(probe).fontSize);
  };
  const tick = sizeOf('--text-md');
  const label = sizeOf('--text-lg');
  probe.remove();
  if (!(tick > 0 && label > 0)) return PROJECTOR;
  const grow = tick / PROJECTOR.tick;
  return {
    kind: 'projector',
    tick,
    label,
    stroke: PROJECTOR.stroke * grow,
    marker: PROJECTOR.marker * grow,
  };
}

/** The projector chart theme for the screen's current size, updated as the window is resized. */
export function useProjectorChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(measure);
  useEffect(() => {
    const update = () => setTheme(measure());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return theme;
}
