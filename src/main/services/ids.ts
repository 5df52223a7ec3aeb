import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
export const now = (): string => new Date().toISOString();

/** The key that makes names unique regardless of case and Unicode form. */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('en');

export { localDate } from '@shared/calendar';
