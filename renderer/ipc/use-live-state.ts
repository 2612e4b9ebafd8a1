// State that main owns, as React state: ask for a snapshot, and follow the
// event that announces every change. An event that arrives while the
// snapshot is on its way is newer than the snapshot (main may have read the
// snapshot before the change), so once any event has arrived a late snapshot
// is dropped instead of overwriting it.
import { useEffect, useState } from 'react';
import type { EventName, EventPayloadOf, InvokeName, RequestOf, ResponseOf } from '../../shared/ipc';
import { ringdesk } from './ringdesk';

type SnapshotChannel = { [C in InvokeName]: RequestOf<C> extends undefined ? C : never }[InvokeName];

export function useLiveState<S extends SnapshotChannel, E extends EventName>(
  snapshot: S,
  changed: E & (EventPayloadOf<E> extends ResponseOf<S> ? E : never),
  refreshKey: unknown = undefined,
): { value: ResponseOf<S> | undefined; error: string | undefined; set(value: ResponseOf<S>): void } {
  const [value, setValue] = useState<ResponseOf<S>>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const api = ringdesk();
    let live = true;
    let eventSeen = false;
    const off = api.on(changed, (payload) => {
      eventSeen = true;
      setValue(payload as ResponseOf<S>);
    });
    const ask = api.invoke as (channel: S) => Promise<ResponseOf<S>>;
    ask(snapshot).then(
      (result) => live && !eventSeen && setValue(result),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
      off();
    };
  }, [snapshot, changed, refreshKey]);
  return { value, error, set: setValue };
}
