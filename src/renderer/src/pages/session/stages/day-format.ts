// The Act stage still imports its date format from here; it moves to `@shared/format` together
// with that stage's split into a folder, and this file goes then.
export { formatDate as formatDay } from '@shared/format';
