// Which calls' contact pages the agent has already opened from this window
// (the automatic popup's link or the card's "Open contact"): under the
// browser host the popup link is only a prompt, shown until it is followed.
import { useSyncExternalStore } from 'react';

const followed = new Set<string>();
const listeners = new Set<() => void>();

export function markPopupFollowed(sipCallId: string): void {
  if (followed.has(sipCallId)) return;
  followed.add(sipCallId);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePopupFollowed(sipCallId: string): boolean {
  return useSyncExternalStore(subscribe, () => followed.has(sipCallId));
}
