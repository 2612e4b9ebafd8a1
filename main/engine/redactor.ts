// Secrets (passwords, API keys, tokens, the basic string) are replaced by
// `***` in every log line, activity record and error message that leaves the
// engine. Each secret is also matched in its URL-encoded and JSON-escaped forms.
import { mapProblemText } from '../../shared/i18n/problem';
import type { ProblemText } from '../../shared/i18n/problem';

export class Redactor {
  readonly #secrets = new Set<string>();

  add(secret: string | undefined): void {
    // Very short values (a "1", a "no") would shred ordinary text; they are not credentials.
    if (secret === undefined || secret.length < 4) return;
    this.#secrets.add(secret);
    this.#secrets.add(encodeURIComponent(secret));
    this.#secrets.add(JSON.stringify(secret).slice(1, -1));
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join('***');
    }
    return out.replace(/(authorization:\s*(?:basic|bearer)\s+)\S+/gi, '$1***');
  }

  /** The problem with every text it holds (message, params, causes) redacted. */
  redactProblem<P extends ProblemText>(problem: P): P {
    return mapProblemText(problem, (text) => this.redact(text));
  }
}
