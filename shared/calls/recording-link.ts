// Where a call's recording can be played: {{.RecordPath}}. On the PBX the
// guide describes, the PBX fills it in itself; a softphone never holds the
// recording, so the administrator says where the PBX keeps it, as a link
// written with the call's own variables, e.g.
//   https://pbx.example.com/recordings/{{.CallId}}.wav
// Values are URL-escaped where they land (a SIP Call-ID carries '@').
import { lint, render } from '../gotemplate';

export const RECORDING_LINK_EXAMPLE = 'https://pbx.example.com/recordings/{{.CallId}}.wav';

/** Why a recording link cannot be used, or undefined when it can. '' (no link) is fine. */
export function recordingLinkProblem(link: string): string | undefined {
  if (link === '') return undefined;
  if (!/^https?:\/\//i.test(link)) return 'must start with http:// or https://';
  const { error } = lint(link, { escape: 'url' });
  return error === undefined ? undefined : error.message;
}

/** The link for one call, from its variables; '' without a link or when it cannot be rendered. */
export function renderRecordingLink(link: string, vars: Readonly<Record<string, string>>): string {
  if (link === '' || recordingLinkProblem(link) !== undefined) return '';
  try {
    return render(link, vars, { escape: 'url' });
  } catch {
    // Execution errors (a call to a function with the wrong arguments) leave the journal without a link, not unsent.
    return '';
  }
}
