import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { conflict } from '@shared/errors';
import { REPORT_STATE_ATTRIBUTE, type ReportState, type SavePdfResult } from '@shared/reports';
import { app, BrowserWindow, dialog, type SaveDialogOptions, type WebContents } from 'electron';
import type { DesktopHost } from './api/handlers';
import { appPageUrl } from './app-url';
import { securePreferences, type WindowPaths } from './windows';

const READY_TIMEOUT_MS = 30_000;

/**
 * Run in the report page: resolves with its report state as soon as it is no longer "loading"
 * (the page is watched, not polled, so printing starts the moment the report is drawn), or with
 * "loading" still after `READY_TIMEOUT_MS`.
 */
const SETTLED_STATE = `new Promise((resolve) => {
  const state = () =>
    document.querySelector('[${REPORT_STATE_ATTRIBUTE}]')?.getAttribute('${REPORT_STATE_ATTRIBUTE}') ?? 'loading';
  const done = (value) => {
    observer.disconnect();
    clearTimeout(timer);
    resolve(value);
  };
  const observer = new MutationObserver(() => {
    if (state() !== 'loading') done(state());
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['${REPORT_STATE_ATTRIBUTE}'],
  });
  const timer = setTimeout(() => done(state()), ${READY_TIMEOUT_MS});
  if (state() !== 'loading') done(state());
})`;

/** Waits until the report page says its data and charts are drawn. */
async function waitForReport(contents: WebContents): Promise<void> {
  const state = (await contents.executeJavaScript(SETTLED_STATE)) as ReportState;
  if (state === 'ready') return;
  if (state === 'failed') {
    throw conflict('The report could not be prepared. Open it in Threadline to see why.');
  }
  throw conflict(
    'The report took too long to prepare. Try again, or print it from the report page.',
  );
}

/** Draws the report page in a hidden window (same locked-down settings) and prints it to PDF. */
async function renderPdf(paths: WindowPaths, route: string): Promise<Buffer> {
  const window = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1400,
    // Hidden windows are throttled by default; the report must draw its charts all the same.
    webPreferences: { ...securePreferences(paths.preload), backgroundThrottling: false },
  });
  try {
    await window.loadURL(appPageUrl(route));
    await waitForReport(window.webContents);
    return await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  } finally {
    window.destroy();
  }
}

/** The desktop app's host: asks where to save, then renders and writes the PDF. */
export function desktopHost(paths: WindowPaths): DesktopHost {
  return {
    async savePdf(route, suggestedName): Promise<SavePdfResult> {
      const options: SaveDialogOptions = {
        title: 'Save the report as PDF',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      const pdf = await renderPdf(paths, route);
      await writeFile(choice.filePath, pdf);
      return { saved: true, file: choice.filePath };
    },
  };
}
