// The error a renderer sees when main refuses or fails an invoke, on either
// host. It carries the channel and field names that main reported.
import type { WireError } from './ipc';

export class RemoteError extends Error {
  readonly channel: string | undefined;
  readonly fields: readonly string[];
  readonly remoteName: string;

  constructor(wire: WireError) {
    super(wire.message);
    this.name = 'RemoteError';
    this.remoteName = wire.name;
    this.channel = wire.channel;
    this.fields = wire.fields ?? [];
  }
}
