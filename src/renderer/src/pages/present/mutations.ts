import { useContractMutation } from '@renderer/api/contract-query';
import type { MethodInput } from '@shared/contract';
import { useEffect } from 'react';

export type ScreenTarget = MethodInput<'screen.show'>;

export const useShowOnScreen = () => useContractMutation('screen.show');
export const useTurnScreenPage = () => useContractMutation('screen.turnPage');

/**
 * Puts `target` on the shared screen when the page showing it opens: the console's retro, the
 * team page's idle screen. A refusal changes nothing on the screen, so it is not shown here; the
 * page's own data says what went wrong.
 */
export function useShowOnOpen(target: ScreenTarget): void {
  const { mutate } = useShowOnScreen();
  // Compared by value: a page passes a fresh object on every render.
  const key = JSON.stringify(target);
  useEffect(() => mutate(JSON.parse(key) as ScreenTarget), [key, mutate]);
}
