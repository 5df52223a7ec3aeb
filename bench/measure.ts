// Timing inside the page: from the user's click (or choice) to the page showing the result, laid
// out and ready for the next frame. A MutationObserver checks after every DOM change, so the
// figure is not rounded to frames.
import type { Locator, Page } from '@playwright/test';

/** What the page shows once the action has taken effect. */
export type Until =
  /** An element matching `selector` (with exactly `text`, when given). */
  | { kind: 'element'; selector: string; text?: string }
  /** At least `atLeast` elements match `selector`. */
  | { kind: 'rows'; selector: string; atLeast: number }
  /**
   * The dashboard for `retros` retros: nothing left loading (the trend panel's insights among it)
   * and every chart in the window drawn.
   */
  | { kind: 'dashboard'; retros: number };

export type Action = { kind: 'click' } | { kind: 'select'; value: string };

const MARK = 'data-bench-target';

/** Milliseconds from acting on `target` to the page showing `until`; NaN after `timeoutMs`. */
export async function timeAction(
  page: Page,
  target: Locator,
  until: Until,
  action: Action = { kind: 'click' },
  timeoutMs = 60_000,
): Promise<number> {
  const [time = Number.NaN] = await timeSteps(page, target, [until], action, timeoutMs);
  return time;
}

/**
 * Milliseconds from acting on `target` to the page showing each of `steps`, one after the other
 * (a card listed, then listed as stored); NaN for the steps not shown within `timeoutMs`.
 */
export async function timeSteps(
  page: Page,
  target: Locator,
  steps: Until[],
  action: Action = { kind: 'click' },
  timeoutMs = 60_000,
): Promise<number[]> {
  await target.evaluate((element, mark) => element.setAttribute(mark, ''), MARK);
  return page.evaluate(
    ({ steps, action, timeoutMs, mark }) =>
      new Promise<number[]>((resolve) => {
        const target = document.querySelector(`[${mark}]`) as HTMLElement | null;
        if (!target) throw new Error('The element to act on is gone.');
        target.removeAttribute(mark);

        const inWindow = (element: Element) => {
          const box = element.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
        };
        const shows = (until: (typeof steps)[number]): boolean => {
          if (until.kind === 'element') {
            return [...document.querySelectorAll(until.selector)].some(
              (element) => until.text === undefined || element.textContent?.trim() === until.text,
            );
          }
          if (until.kind === 'rows') {
            return document.querySelectorAll(until.selector).length >= until.atLeast;
          }
          const main = document.querySelector('main');
          if (!main || main.querySelector('.loading')) return false;
          const retros = document.querySelector('.dash-headline-value');
          if (retros?.textContent?.trim() !== String(until.retros)) return false;
          const figures = [...document.querySelectorAll('figure[aria-label$=" chart"]')].filter(
            inWindow,
          );
          return figures.every((figure) => figure.querySelector('svg .recharts-layer') !== null);
        };

        const times: number[] = [];
        let finished = false;
        const finish = () => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          clearTimeout(timer);
          resolve(steps.map((_, step) => times[step] ?? Number.NaN));
        };
        const check = () => {
          if (finished) return;
          let laidOut = false;
          for (let step = steps[times.length]; step && shows(step); step = steps[times.length]) {
            // Style and layout of the new content count: the next frame can then be painted.
            if (!laidOut) document.documentElement.getBoundingClientRect();
            laidOut = true;
            times.push(performance.now() - started);
          }
          if (times.length === steps.length) finish();
        };
        const observer = new MutationObserver(check);
        observer.observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        const timer = setTimeout(finish, timeoutMs);
        const started = performance.now();
        if (action.kind === 'click') {
          target.click();
        } else {
          (target as HTMLSelectElement).value = action.value;
          target.dispatchEvent(new Event('change', { bubbles: true }));
        }
        check();
      }),
    { steps, action, timeoutMs, mark: MARK },
  );
}

/** Lets the page finish what an action set off (refetches, effects) before the next one. */
export const settle = (page: Page, ms = 250) => page.waitForTimeout(ms);
