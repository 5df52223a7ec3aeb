import type { Page } from '@playwright/test';

/** What a shared screen shows beyond its viewport, and its text below the projector minimum. */
export interface Fit {
  viewport: [number, number];
  /** The page's own size: a page larger than the viewport would scroll. */
  page: [number, number];
  /** --projector-text-min as the browser resolves it on this screen, in pixels. */
  minimum: number;
  outside: string[];
  tooSmall: string[];
}

/**
 * Measures every element a person can see on the shared screen: its box must lie within the
 * viewport, and text it holds must be at least the projector minimum (theme/tokens.css). What
 * is only for screen readers (`.visually-hidden`) or not drawn at all is left out.
 */
export function measureFit(screen: Page): Promise<Fit> {
  return screen.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'theme-projector';
    probe.style.position = 'absolute';
    probe.style.fontSize = 'var(--projector-text-min)';
    document.body.append(probe);
    const minimum = Number.parseFloat(getComputedStyle(probe).fontSize);
    probe.remove();

    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const name = (element: Element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const classes = element.getAttribute('class')?.split(/\s+/).join('.') ?? '';
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} “${text}”`;
    };
    const outside: string[] = [];
    const tooSmall: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.visually-hidden, script, style')) continue;
      // Charts measure their labels in a hidden span of their own, far off the page.
      if (element.id === 'recharts_measurement_span') continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1) {
        const at = [box.left, box.top, box.right, box.bottom].map(Math.round).join(',');
        outside.push(`${name(element)} at ${at}`);
      }
      const holdsText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      const size = Number.parseFloat(style.fontSize);
      if (holdsText && size < minimum - 0.5) tooSmall.push(`${name(element)}: ${style.fontSize}`);
    }
    return {
      viewport: [width, height] as [number, number],
      page: [document.documentElement.scrollWidth, document.documentElement.scrollHeight] as [
        number,
        number,
      ],
      minimum,
      outside,
      tooSmall,
    };
  });
}
