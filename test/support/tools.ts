// Tests that need a system tool (go, chromium, kamailio, sipp, ...) ask here.
// On a developer's machine a missing tool skips the test with the reason; under
// CI (CI=true) it is a failure, because CI installs every tool the tests need
// and a silent skip there would hide a broken .ci/run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ToolCheck {
  /** True when every tool was found. */
  readonly ok: boolean;
  /** Why the tests are skipped; empty when ok. */
  readonly reason: string;
}

function onPath(command: string): boolean {
  if (command.startsWith('/')) return existsSync(command);
  try {
    execFileSync('sh', ['-c', `command -v ${JSON.stringify(command)}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks that each command exists (a name on PATH or an absolute path).
 * Under CI a missing tool throws, which fails the test file that asked.
 */
export function requireTools(...commands: string[]): ToolCheck {
  const missing = commands.filter((c) => !onPath(c));
  if (missing.length === 0) return { ok: true, reason: '' };
  const reason = `missing tool(s): ${missing.join(', ')} (install them as .ci/run does)`;
  if (process.env.CI === 'true') throw new Error(`CI must have every test tool: ${reason}`);
  return { ok: false, reason };
}
