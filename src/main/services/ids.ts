import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
export const now = (): string => new Date().toISOString();

/** The key that makes names unique regardless of case and Unicode form. */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('en');

/** Today on this computer's calendar, as YYYY-MM-DD. */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
