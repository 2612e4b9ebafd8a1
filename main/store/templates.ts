// Custom integration templates on disk: add, edit, upload, download, delete,
// list; at most 10, each with a unique Key and Name, each in its own folder:
//   <dataDir>/templates/<Key>/template.xml  (the file, byte for byte as given,
//                                           except a generated Key when it had none)
//   <dataDir>/templates/<Key>/logo.png|jpg  (optional)
// The store never holds a secret: templates describe fields the user fills in
// at connect time, never the values. A template that carries one (a password
// field with a Value) is rejected, not silently stripped, so the author knows.
// Any template with validation errors is rejected the same way.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate, serializeTemplate, type Diagnostic, type Template, type TemplateCheckers } from '../../shared/template';
import { problem, ProblemError } from '../../shared/i18n/problem';
import type { Problem, ProblemCode, ProblemText } from '../../shared/i18n/problem';
import type { MessageParams } from '../../shared/i18n/messages';
import { writeFileAtomic } from './atomic-file';
import { checkLogo, type LogoType } from './template-logo';

export const MAX_CUSTOM_TEMPLATES = 10;

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface TemplateSummary {
  readonly key: string;
  readonly name: string;
  readonly provider: string;
  readonly remark: string;
  readonly version: string;
  readonly logo: LogoType | undefined;
}

/** A refusal: its Problem says why (in English as its message), with the findings behind it. */
export class TemplateStoreError extends ProblemError {
  constructor(
    problem: Problem,
    /** The validation findings behind a rejection, when there are any. */
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(problem);
    this.name = 'TemplateStoreError';
  }
}

const refusal = (code: ProblemCode, params: MessageParams = {}, cause?: ProblemText) => new TemplateStoreError(problem(code, params, cause));

export interface TemplateStoreOptions {
  readonly checkers?: TemplateCheckers;
}

export class TemplateStore {
  readonly #root: string;
  readonly #checkers: TemplateCheckers | undefined;

  constructor(dataDir: string, options: TemplateStoreOptions = {}) {
    this.#root = join(dataDir, 'templates');
    this.#checkers = options.checkers;
  }

  list(): TemplateSummary[] {
    return this.#keys()
      .map((key) => this.#summaryOf(key))
      .filter((s): s is TemplateSummary => s !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The stored file as text, and its parsed template. */
  read(key: string): { xml: string; template: Template } {
    const xml = readFileSync(this.#file(key), 'utf8');
    const { template } = parseTemplate(xml, { validate: false });
    if (!template) throw refusal('template.unreadable', { key });
    return { xml, template };
  }

  /** Adds a new template (from the form or a file). Generates its Key when it has none. */
  add(content: string | Uint8Array, fileName = 'template'): TemplateSummary {
    const template = this.#accept(content, fileName);
    if (this.#keys().length >= MAX_CUSTOM_TEMPLATES) {
      throw refusal('template.limit', { max: MAX_CUSTOM_TEMPLATES });
    }
    let key = template.information.key?.trim() ?? '';
    if (key === '') {
      key = randomBytes(16).toString('hex');
      template.information.key = key;
    }
    this.#checkKey(key, fileName);
    if (existsSync(this.#dir(key))) throw refusal('template.keyExists', { file: fileName, key });
    this.#checkUniqueName(template, undefined, fileName);
    mkdirSync(this.#dir(key), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.#file(key), serializeTemplate(template));
    return this.#mustSummary(key);
  }

  /** Upload: a template file chosen by the user (bytes as read from disk). */
  upload(content: Uint8Array, fileName: string): TemplateSummary {
    return this.add(content, fileName);
  }

  /** Replaces a stored template's content; the Key stays (an absent Key is filled in, a different one refused). */
  edit(key: string, content: string | Uint8Array): TemplateSummary {
    this.#mustExist(key);
    const template = this.#accept(content, key);
    const newKey = template.information.key?.trim() ?? '';
    if (newKey === '') template.information.key = key;
    else if (newKey !== key) throw refusal('template.keyChanged', { key, newKey });
    this.#checkUniqueName(template, key, key);
    writeFileAtomic(this.#file(key), serializeTemplate(template));
    return this.#mustSummary(key);
  }

  /** The file to save on the user's computer, named after the template. */
  download(key: string): { fileName: string; content: Uint8Array } {
    this.#mustExist(key);
    const content = readFileSync(this.#file(key));
    const name = this.#summaryOf(key)?.name ?? key;
    const slug = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || key;
    return { fileName: `${slug}.xml`, content };
  }

  delete(key: string): void {
    this.#mustExist(key);
    rmSync(this.#dir(key), { recursive: true, force: true });
  }

  setLogo(key: string, bytes: Uint8Array): LogoType {
    this.#mustExist(key);
    const checked = checkLogo(bytes);
    if ('error' in checked) throw new TemplateStoreError(checked.error);
    for (const old of ['logo.png', 'logo.jpg']) rmSync(join(this.#dir(key), old), { force: true });
    writeFileAtomic(join(this.#dir(key), `logo.${checked.type}`), bytes);
    return checked.type;
  }

  logo(key: string): { type: LogoType; bytes: Uint8Array } | undefined {
    for (const type of ['png', 'jpg'] as const) {
      const file = join(this.#dir(key), `logo.${type}`);
      if (existsSync(file)) return { type, bytes: readFileSync(file) };
    }
    return undefined;
  }

  #accept(content: string | Uint8Array, fileName: string): Template {
    const { template, diagnostics } = parseTemplate(content, this.#checkers ? { checkers: this.#checkers } : {});
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    if (!template || first) {
      if (!first) throw new TemplateStoreError(problem('template.notTemplate', { file: fileName }), diagnostics);
      const more = errors.length - 1;
      const code = more === 0 ? 'template.rejected' : more === 1 ? 'template.rejectedOneMore' : 'template.rejectedMore';
      // The finding travels as the cause, so the UI shows it in its own language (a finding without a code as its English text).
      const finding: ProblemText = { code: first.code ?? 'generic', params: first.code === undefined ? { detail: first.message } : (first.params ?? {}), message: first.message };
      throw new TemplateStoreError(problem(code, { file: fileName, line: first.line, column: first.column, more }, finding), diagnostics);
    }
    return template;
  }

  #checkKey(key: string, fileName: string): void {
    if (!KEY.test(key)) {
      throw refusal('template.badKey', { file: fileName, key: JSON.stringify(key.slice(0, 70)) });
    }
  }

  #checkUniqueName(template: Template, exceptKey: string | undefined, fileName: string): void {
    const name = (template.information.name ?? '').trim().toLowerCase();
    const clash = this.list().find((s) => s.key !== exceptKey && s.name.trim().toLowerCase() === name);
    if (clash) throw refusal('template.nameExists', { file: fileName, name: JSON.stringify(clash.name), key: clash.key });
  }

  #keys(): string[] {
    if (!existsSync(this.#root)) return [];
    return readdirSync(this.#root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && KEY.test(d.name) && existsSync(join(this.#root, d.name, 'template.xml')))
      .map((d) => d.name);
  }

  #summaryOf(key: string): TemplateSummary | undefined {
    const { template } = parseTemplate(readFileSync(this.#file(key)), { validate: false });
    if (!template) return undefined;
    const info = template.information;
    return {
      key,
      name: info.name ?? '',
      provider: info.provider ?? '',
      remark: info.remark ?? '',
      version: info.version ?? '',
      logo: this.logo(key)?.type,
    };
  }

  #mustSummary(key: string): TemplateSummary {
    const summary = this.#summaryOf(key);
    if (!summary) throw refusal('template.unreadable', { key });
    return summary;
  }

  #mustExist(key: string): void {
    if (!KEY.test(key) || !existsSync(this.#file(key))) throw refusal('template.notFound', { key: JSON.stringify(key.slice(0, 70)) });
  }

  #dir(key: string): string {
    return join(this.#root, key);
  }

  #file(key: string): string {
    return join(this.#dir(key), 'template.xml');
  }
}
