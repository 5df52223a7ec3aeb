import type { SessionView } from '@shared/sessions';
import type { StageId } from '@shared/stages';

/**
 * What a retro about to be closed has not recorded, as short lines for the confirmation: each
 * only for a stage the retro runs. Empty when nothing is missing.
 */
export function missingBeforeClose(view: SessionView, summary: string): string[] {
  const runs = (stage: StageId) => view.stages.some((s) => s.id === stage && !s.skipped);
  const missing: string[] = [];
  if (view.participants.length === 0) missing.push('Nobody is recorded as taking part.');
  if (runs('pulse') && view.pulse.every((practice) => practice.total === 0)) {
    missing.push('No pulse ratings.');
  }
  if (runs('reflect') && view.cards.length === 0) missing.push('No cards.');
  if (runs('act') && view.actions.length === 0 && view.commitments.length === 0) {
    missing.push('No actions or commitments.');
  }
  if (view.roti.total === 0) missing.push('No ROTI: nobody rated whether the retro was worth it.');
  if (summary.trim() === '') missing.push('No summary for the record.');
  return missing;
}
