// `ringdesk template lint FILE...`: prints `file:line:col severity message`
// for each finding; exits 1 when any file has an error, 2 on bad usage.
import { readFileSync } from 'node:fs';
import { formatDiagnostic, parseTemplate } from '../../../shared/template';
import type { Command, Output } from '../command';

const USAGE = 'usage: ringdesk template lint [--quiet] FILE...\n  --quiet  print errors only (no warnings or info)\n';

function lint(files: readonly string[], quiet: boolean, out: Output): number {
  let errors = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      out.stdout(`${file}:1:1 error cannot read the file (${code})\n`);
      errors++;
      continue;
    }
    const { diagnostics } = parseTemplate(bytes);
    for (const d of diagnostics) {
      if (d.severity === 'error') errors++;
      if (quiet && d.severity !== 'error') continue;
      out.stdout(`${formatDiagnostic(file, d)}\n`);
    }
  }
  return errors > 0 ? 1 : 0;
}

export const templateCommand: Command = {
  name: 'template',
  summary: 'work with integration template files (lint)',
  async run(args, out) {
    const [sub, ...rest] = args;
    if (sub !== 'lint') {
      out.stderr(sub === undefined ? USAGE : `ringdesk template: unknown subcommand ${JSON.stringify(sub)}\n${USAGE}`);
      return 2;
    }
    const quiet = rest.includes('--quiet');
    const files = rest.filter((a) => a !== '--quiet');
    const unknown = files.find((f) => f.startsWith('--'));
    if (files.length === 0 || unknown) {
      out.stderr(unknown ? `ringdesk template lint: unknown option ${unknown}\n${USAGE}` : USAGE);
      return 2;
    }
    return lint(files, quiet, out);
  },
};
