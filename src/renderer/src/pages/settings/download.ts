import type { ExportFile } from '@shared/portability';

/**
 * Hands an export to the user as a file: a download in the browser, the save dialog on desktop
 * (Electron asks where to save any download).
 */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.document], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Released later rather than at once: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
