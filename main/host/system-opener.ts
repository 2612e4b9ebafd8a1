// Opening a URL in the user's browser without Electron (the browser host):
// xdg-open, open or rundll32, with the URL as one argument and no shell, so
// nothing in it is interpreted. Only URLs that passed features/popup.ts get here.
import { spawn } from 'node:child_process';
import type { ExternalOpener } from '../features/popup';

export function openerCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // Not `cmd /c start`: cmd would read & and ^ in the URL as its own syntax.
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  return { command: 'xdg-open', args: [url] };
}

export function systemBrowserOpener(platform: NodeJS.Platform = process.platform): ExternalOpener {
  return (url) =>
    new Promise<void>((resolve, reject) => {
      const { command, args } = openerCommand(platform, url);
      const child = spawn(command, args, { stdio: 'ignore', detached: true });
      child.once('error', (error) => reject(new Error(`${command}: ${error.message}`)));
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
    });
}
