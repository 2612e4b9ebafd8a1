// The `ringdesk` command line: one row per subcommand. Adding a command is
// one file under commands/ and one line here.
import { templateCommand } from './commands/template';
import { callCommand } from './commands/call';
import type { Command, Output } from './command';

const commands: readonly Command[] = [templateCommand, callCommand];

function usage(out: Output): void {
  out.stderr('usage: ringdesk <command> [args]\n\ncommands:\n');
  for (const c of commands) out.stderr(`  ${c.name.padEnd(10)} ${c.summary}\n`);
}

export const processOutput: Output = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Runs the command line; returns the exit code (0 ok, 1 findings/failure, 2 usage). */
export async function main(args: readonly string[], out: Output = processOutput): Promise<number> {
  const [name, ...rest] = args;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    if (name !== undefined && name !== '--help' && name !== '-h') out.stderr(`ringdesk: unknown command ${JSON.stringify(name)}\n`);
    usage(out);
    return name === '--help' || name === '-h' ? 0 : 2;
  }
  return command.run(rest, out);
}
