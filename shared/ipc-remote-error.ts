// The error a renderer sees when main refuses or fails an invoke, on either
// host. It carries the channel and field names that main reported, and the
// Problem behind it when main's error had one (for the UI's language).
import type { WireError } from './ipc';
import type { ProblemText } from './i18n/problem';

export class RemoteError extends Error {
  readonly channel: string | undefined;
  readonly fields: readonly string[];
  readonly remoteName: string;
  readonly problem: ProblemText | undefined;

  constructor(wire: WireError) {
    super(wire.message);
    this.name = 'RemoteError';
    this.remoteName = wire.name;
    this.channel = wire.channel;
    this.fields = wire.fields ?? [];
    this.problem = wire.problem;
  }
}
