// A whole main process (stores, dispatcher, events) in the test's own
// process, with a fresh data folder: for tests of a host or a handler that
// do not need the built app.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { createRingdesk } from '../../main/app/ringdesk';
import type { Ringdesk } from '../../main/app/ringdesk';
import type { SettingsBackend } from '../../main/store/settings';
import { localKeyFileCipher } from '../../main/store/secrets';

export function ringdeskInProcess(log: (line: string) => void = () => {}): { ringdesk: Ringdesk; dataDir: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'rd-main-'));
  const settingsBackend = new Conf({ cwd: dataDir, configName: 'settings', projectName: 'ringdesk' }) as unknown as SettingsBackend;
  const ringdesk = createRingdesk({ host: 'browser', version: '0.0.0-test', dataDir, settingsBackend, secretCipher: localKeyFileCipher(dataDir), log });
  return { ringdesk, dataDir };
}
