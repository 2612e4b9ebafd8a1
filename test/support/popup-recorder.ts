// A stand-in for the system browser: a small script the browser host runs
// (RINGDESK_URL_OPENER, see main/host/browser-main.ts) with each URL it
// opens; the script appends the time and the URL to a file the test reads.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OpenedUrl {
  /** Milliseconds since the epoch when the opener ran. */
  readonly at: number;
  readonly url: string;
}

export interface PopupRecorder {
  /** The program to pass as RINGDESK_URL_OPENER. */
  readonly command: string;
  /** Every URL opened so far, oldest first. */
  opened(): OpenedUrl[];
}

export function createPopupRecorder(dir: string): PopupRecorder {
  const command = join(dir, 'record-url.sh');
  const file = join(dir, 'opened-urls.log');
  // The URL is one argument (no shell in between on the host's side); printf keeps it verbatim.
  writeFileSync(command, `#!/bin/sh\nprintf '%s %s\\n' "$(date +%s%3N)" "$1" >> '${file}'\n`);
  chmodSync(command, 0o755);
  return {
    command,
    opened() {
      if (!existsSync(file)) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const space = line.indexOf(' ');
          return { at: Number(line.slice(0, space)), url: line.slice(space + 1) };
        });
    },
  };
}
