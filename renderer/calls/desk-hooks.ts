// Hooks over main's state that several screens share: the call board, the
// outbox, the integration's status, the demo, and facts about the host.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AppInfo } from '../../shared/ipc';
import type { DemoStatus } from '../../shared/calls/call-desk-channels';
import type { IntegrationStatusView, OutboxItem } from '../../shared/calls/integration-channels';
import { ringdesk } from '../ipc/ringdesk';
import { useLiveState } from '../ipc/use-live-state';
import { CallBoard } from './call-board';
import type { DeskCall } from './call-board';

let board: CallBoard | undefined;

function callBoard(): CallBoard {
  if (!board) {
    board = new CallBoard(ringdesk());
    board.start();
  }
  return board;
}

/** Every call main told this window about, newest first. */
export function useDeskCalls(): { calls: readonly DeskCall[]; dismiss(sipCallId: string): void } {
  const b = callBoard();
  const calls = useSyncExternalStore(
    (l) => b.subscribe(l),
    () => b.snapshot,
  );
  return { calls, dismiss: (id) => b.dismiss(id) };
}

/** The outbox (after-call work), kept current. */
export function useOutbox(): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    const api = ringdesk();
    let live = true;
    const off = api.on('outbox.changed', (item) => setItems((list) => [item, ...list.filter((i) => i.id !== item.id)]));
    void api
      .invoke('outbox.list')
      .then((list) => live && setItems((current) => [...current, ...list.filter((i) => !current.some((c) => c.id === i.id))]))
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, []);
  return items;
}

/** The integration's status; asked again when the chosen template changes (choosing one connects nothing, so main sends no event). */
export function useIntegrationStatus(templateKey: string): IntegrationStatusView | undefined {
  return useLiveState('integration.status', 'integration.changed', templateKey).value;
}

export function useDemoStatus(): DemoStatus | undefined {
  return useLiveState('demo.status', 'demo.changed').value;
}

let appInfo: Promise<AppInfo> | undefined;

export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    appInfo ??= ringdesk().invoke('app.info');
    void appInfo.then(setInfo).catch(() => undefined);
  }, []);
  return info;
}

/** Opens a URL main handed back to the page (`outcome: 'reported'`): this host has no system browser. */
export function openInBrowser(url: string): void {
  window.open(url, '_blank', 'noopener');
}
