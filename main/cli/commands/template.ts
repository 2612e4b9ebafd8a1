// `ringdesk template lint FILE...`: prints `file:line:col severity message`
// for each finding; exits 1 when any file has an error, 2 on bad usage.
// `--lang zh-CN` prints the messages in Simplified Chinese (`--lang system`
// follows LC_ALL / LC_MESSAGES / LANG); the default stays English, so tools
// that read the output see the same text as before.
import { readFileSync } from 'node:fs';
import { parseTemplate } from '../../../shared/template';
import { formatDiagnostic } from '../../../shared/template/diagnostics';
import { hostTranslator, LANGUAGES, languageOf } from '../../../shared/i18n';
import type { Language } from '../../../shared/i18n';
import type { Command, Output } from '../command';

const USAGE =
  'usage: ringdesk template lint [--quiet] [--lang en|zh-CN|system] FILE...\n' +
  '  --quiet  print errors only (no warnings or info)\n' +
  '  --lang   the language of the messages (default en; system follows LANG)\n';

function lint(files: readonly string[], quiet: boolean, language: Language, out: Output): number {
  const t = hostTranslator(language);
  let errors = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      out.stdout(`${file}:1:1 error ${t('cli.unreadable', { code })}\n`);
      errors++;
      continue;
    }
    const { diagnostics } = parseTemplate(bytes);
    for (const d of diagnostics) {
      if (d.severity === 'error') errors++;
      if (quiet && d.severity !== 'error') continue;
      out.stdout(`${formatDiagnostic(file, d, language)}\n`);
    }
  }
  return errors > 0 ? 1 : 0;
}

function systemLanguage(): Language {
  const env = process.env;
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined);
}

interface LintArgs {
  quiet: boolean;
  language: Language;
  files: string[];
}

/** The arguments, or what is wrong with them. */
function parseArgs(args: readonly string[]): LintArgs | { problem: string } {
  const parsed: LintArgs = { quiet: false, language: 'en', files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--quiet') parsed.quiet = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (value === 'system') parsed.language = systemLanguage();
      else if (value !== undefined && (LANGUAGES as readonly string[]).includes(value)) parsed.language = value as Language;
      else return { problem: hostTranslator('en')('cli.unknownLanguage', { language: JSON.stringify(value ?? '') }) };
    } else if (arg.startsWith('--')) return { problem: `unknown option ${arg}` };
    else parsed.files.push(arg);
  }
  return parsed;
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
    const parsed = parseArgs(rest);
    if ('problem' in parsed || parsed.files.length === 0) {
      out.stderr('problem' in parsed ? `ringdesk template lint: ${parsed.problem}\n${USAGE}` : USAGE);
      return 2;
    }
    return lint(parsed.files, parsed.quiet, parsed.language, out);
  },
};
