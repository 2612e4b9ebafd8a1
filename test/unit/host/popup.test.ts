import { describe, expect, it } from 'vitest';
import { openPopup, popupUrlProblem } from '../../../main/features/popup';
import { openerCommand } from '../../../main/host/system-opener';

describe('contact popups open only http and https pages', () => {
  it('allows http: and https: URLs of a host', () => {
    expect(popupUrlProblem('https://desk.example.com/contacts/42')).toBeUndefined();
    expect(popupUrlProblem('http://127.0.0.1:8080/a?b=c#d')).toBeUndefined();
  });

  it.each([
    ['file:///etc/passwd', /scheme file:/],
    ['javascript:alert(1)', /scheme javascript:/],
    ['JavaScript:alert(1)', /scheme javascript:/],
    ['smb://attacker/share', /scheme smb:/],
    ['ms-msdt:/id PCWDiagnostic', /spaces/],
    ['data:text/html,<script>x</script>', /scheme data:/],
    ['vscode://file/x', /scheme vscode:/],
    ['//desk.example.com/x', /not an absolute URL/],
    ['desk.example.com', /not an absolute URL/],
    [' https://desk.example.com', /spaces or control/],
    ['https://desk.example.com/\nx', /spaces or control/],
    ['https://user:pw@desk.example.com/', /user name or password/],
    [`https://desk.example.com/${'a'.repeat(2100)}`, /longer than 2048/],
  ])('refuses %s', (url, reason) => {
    expect(popupUrlProblem(url)?.message).toMatch(reason);
  });

  it('hands an allowed URL to the opener and says it opened', async () => {
    const opened: string[] = [];
    const result = await openPopup('https://desk.example.com/c/1', async (url) => void opened.push(url), () => {});
    expect(result).toEqual({ outcome: 'opened' });
    expect(opened).toEqual(['https://desk.example.com/c/1']);
  });

  it('never calls the opener for a refused URL, and logs the refusal without the URL itself', async () => {
    const log: string[] = [];
    let called = false;
    const result = await openPopup('file:///home/agent/.ssh/id_rsa', async () => void (called = true), (line) => log.push(line));
    expect(result).toMatchObject({ outcome: 'refused', reason: { code: 'popup.badScheme', params: { scheme: 'file:' }, message: 'scheme file: is not http: or https:' } });
    expect(called).toBe(false);
    expect(log).toEqual(['popup refused: scheme file: is not http: or https: (file:, 30 characters)']);
  });

  it('reports the URL to the page when the host has no opener (browser host)', async () => {
    expect(await openPopup('https://desk.example.com/c/1', undefined, () => {})).toEqual({ outcome: 'reported', url: 'https://desk.example.com/c/1' });
  });

  it('reports the URL to the page when the system browser fails to start', async () => {
    const log: string[] = [];
    const result = await openPopup('https://desk.example.com/c/1?token=s3cret', () => Promise.reject(new Error('xdg-open not found')), (l) => log.push(l));
    expect(result).toMatchObject({ outcome: 'reported', url: 'https://desk.example.com/c/1?token=s3cret' });
    expect(log.join('\n')).not.toContain('s3cret');
  });
});

describe('the browser host’s opener', () => {
  it('hands the URL to the platform’s opener as one argument, never through a shell', () => {
    const url = 'https://desk.example.com/c?a=1&b=2^x';
    expect(openerCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(openerCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(openerCommand('win32', url)).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] });
  });
});
