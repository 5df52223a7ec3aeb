import { REPORT_STATE_ATTRIBUTE } from '@shared/reports';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

// A report as one self-contained HTML file: the drawn report's DOM (charts are inline SVG) with
// the CSS it uses copied in. No scripts and no external references, so it opens offline in any
// browser, and its Content-Security-Policy forbids loading anything at all.

const READY_TIMEOUT_MS = 15_000;

/** Rules for the page itself (variables, base font, box sizing) always apply. */
const DOCUMENT_SELECTORS = new Set(['html', 'body', '*']);

/** Drops pseudo-classes and pseudo-elements, so a rule for ":hover" or "::before" is kept. */
const withoutPseudo = (selector: string) =>
  selector.replace(/::?[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g, '').trim() || '*';

function usedBy(rule: CSSStyleRule, root: HTMLElement): boolean {
  return rule.selectorText.split(',').some((selector) => {
    const plain = withoutPseudo(selector);
    if (DOCUMENT_SELECTORS.has(plain)) return true;
    try {
      return root.matches(plain) || root.querySelector(plain) !== null;
    } catch {
      return false;
    }
  });
}

/** The CSS text of every rule that styles something in `root`, media queries included. */
function cssFor(root: HTMLElement, rules: CSSRuleList): string[] {
  const kept: string[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      if (usedBy(rule, root)) kept.push(rule.cssText);
    } else if (rule instanceof CSSMediaRule) {
      const inner = cssFor(root, rule.cssRules);
      if (inner.length > 0) kept.push(`@media ${rule.conditionText} {\n${inner.join('\n')}\n}`);
    } else if (rule instanceof CSSPageRule) {
      kept.push(rule.cssText);
    }
  }
  return kept;
}

function pageCss(root: HTMLElement): string {
  const kept: string[] = [];
  for (const sheet of document.styleSheets) {
    try {
      kept.push(...cssFor(root, sheet.cssRules));
    } catch {
      // A sheet from another origin cannot be read; the app has none.
    }
  }
  return kept.join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STANDALONE_CSS = `
body { background: var(--color-surface); margin: 0; padding: 24px 0; }
.report { margin: 0 auto; }
@media print { body { padding: 0; } }`;

/** The complete HTML document of a drawn report. */
export function standaloneHtml(report: HTMLElement, title: string): string {
  const clone = report.cloneNode(true) as HTMLElement;
  clone.removeAttribute(REPORT_STATE_ATTRIBUTE);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${pageCss(report)}
${STANDALONE_CSS}
</style>
</head>
<body>
${clone.outerHTML}
</body>
</html>
`;
}

/**
 * Draws a report out of sight in this page, waits until its charts are drawn and hands back
 * its HTML document. The page stays usable meanwhile.
 */
export async function renderStandalone(element: ReactElement, title: string): Promise<string> {
  const host = document.createElement('div');
  host.className = 'report-offscreen';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    const started = Date.now();
    for (;;) {
      const report = host.querySelector<HTMLElement>(`[${REPORT_STATE_ATTRIBUTE}]`);
      if (report?.getAttribute(REPORT_STATE_ATTRIBUTE) === 'ready') {
        return standaloneHtml(report, title);
      }
      if (Date.now() - started > READY_TIMEOUT_MS) {
        throw new Error('The report took too long to draw.');
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    root.unmount();
    host.remove();
  }
}
