// Noticing that the machine's network changed (Wi-Fi to cable, VPN up or
// down, a new DHCP address): the SIP WebSocket may then be dead without
// knowing it, and the phone should re-register at once instead of waiting
// for a keep-alive to time out. Electron has no event for this, so main
// compares the set of external addresses now and then.

/** The shape of os.networkInterfaces() this needs. */
export type InterfaceTable = Record<string, readonly { readonly address: string; readonly internal: boolean; readonly family: string }[] | undefined>;

/** The external addresses, sorted: equal signatures mean the same network. */
export function networkSignature(interfaces: InterfaceTable): string {
  const addresses: string[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      // Link-local IPv6 addresses come and go with no change in reachability.
      if (entry.internal || /^fe80:/i.test(entry.address)) continue;
      addresses.push(`${name}=${entry.address}`);
    }
  }
  return addresses.sort().join(',');
}

export interface NetworkWatch {
  stop(): void;
}

/**
 * Calls `changed` when the signature differs from the last one seen, after
 * it has stayed the same for one more look (interfaces flap while they come up).
 */
export function watchNetwork(
  read: () => InterfaceTable,
  changed: () => void,
  schedule: { every: (ms: number, tick: () => void) => () => void },
  intervalMs = 5000,
): NetworkWatch {
  let settled = networkSignature(read());
  let pending: string | undefined;
  const cancel = schedule.every(intervalMs, () => {
    const now = networkSignature(read());
    if (now === settled) {
      pending = undefined;
      return;
    }
    if (pending === now) {
      settled = now;
      pending = undefined;
      changed();
      return;
    }
    pending = now;
  });
  return { stop: cancel };
}
