// Where a call's recording can be played: {{.RecordPath}}. On the PBX the
// guide describes, the PBX fills it in itself; a softphone never holds the
// recording, so the administrator says where the PBX keeps it, as a link
// written with the call's own variables, e.g.
//   https://pbx.example.com/recordings/{{.CallId}}.wav
// Values are URL-escaped where they land (a SIP Call-ID carries '@').
import { lint, render } from '../gotemplate';

export const RECORDING_LINK_EXAMPLE = 'https://pbx.example.com/recordings/{{.CallId}}.wav';

const WEB_ADDRESS = /^https?:\/\//i;

/** Why a recording link cannot be used: not a web address, or a template that does not parse (Go's words in `detail`). */
export type RecordingLinkProblem = { readonly kind: 'not-http' } | { readonly kind: 'template'; readonly detail: string };

/** What is wrong with a recording link, or undefined when it can be used. '' (no link) is fine. */
export function recordingLinkProblem(link: string): RecordingLinkProblem | undefined {
  if (link === '') return undefined;
  if (!WEB_ADDRESS.test(link)) return { kind: 'not-http' };
  const { error } = lint(link, { escape: 'url' });
  return error === undefined ? undefined : { kind: 'template', detail: error.message };
}

/** The problem in English, for the settings schema's refusal. */
export function describeRecordingLinkProblem(problem: RecordingLinkProblem): string {
  return problem.kind === 'not-http' ? 'must start with http:// or https://' : problem.detail;
}

/** The link for one call, from its variables; '' without a link or when it cannot be rendered. */
export function renderRecordingLink(link: string, vars: Readonly<Record<string, string>>): string {
  if (!WEB_ADDRESS.test(link)) return '';
  try {
    return render(link, vars, { escape: 'url' });
  } catch {
    // A link that does not parse (saved settings are checked, but files can be edited) or fails to run leaves the journal without a link, not unsent.
    return '';
  }
}
