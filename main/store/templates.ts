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

export class TemplateStoreError extends Error {
  constructor(
    message: string,
    /** The validation findings behind a rejection, when there are any. */
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
    this.name = 'TemplateStoreError';
  }
}

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
    if (!template) throw new TemplateStoreError(`stored template ${key} can no longer be read`);
    return { xml, template };
  }

  /** Adds a new template (from the form or a file). Generates its Key when it has none. */
  add(content: string | Uint8Array, fileName = 'template'): TemplateSummary {
    const template = this.#accept(content, fileName);
    if (this.#keys().length >= MAX_CUSTOM_TEMPLATES) {
      throw new TemplateStoreError(`at most ${MAX_CUSTOM_TEMPLATES} custom templates; delete one before adding another`);
    }
    let key = template.information.key?.trim() ?? '';
    if (key === '') {
      key = randomBytes(16).toString('hex');
      template.information.key = key;
    }
    this.#checkKey(key, fileName);
    if (existsSync(this.#dir(key))) throw new TemplateStoreError(`${fileName}: a template with Key ${key} already exists`);
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
    else if (newKey !== key) throw new TemplateStoreError(`${key}: the edited template has Key ${newKey}; a template's Key cannot change`);
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
      const where = first ? `${fileName}:${first.line}:${first.column}: ${first.message}` : `${fileName}: not a template`;
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
      throw new TemplateStoreError(`template rejected: ${where}${more}`, diagnostics);
    }
    return template;
  }

  #checkKey(key: string, fileName: string): void {
    if (!KEY.test(key)) {
      throw new TemplateStoreError(`${fileName}: Key ${JSON.stringify(key.slice(0, 70))} must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`);
    }
  }

  #checkUniqueName(template: Template, exceptKey: string | undefined, fileName: string): void {
    const name = (template.information.name ?? '').trim().toLowerCase();
    const clash = this.list().find((s) => s.key !== exceptKey && s.name.trim().toLowerCase() === name);
    if (clash) throw new TemplateStoreError(`${fileName}: a template named ${JSON.stringify(clash.name)} already exists (Key ${clash.key}); names must be unique`);
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
    if (!summary) throw new TemplateStoreError(`stored template ${key} can no longer be read`);
    return summary;
  }

  #mustExist(key: string): void {
    if (!KEY.test(key) || !existsSync(this.#file(key))) throw new TemplateStoreError(`no custom template with Key ${JSON.stringify(key.slice(0, 70))}`);
  }

  #dir(key: string): string {
    return join(this.#root, key);
  }

  #file(key: string): string {
    return join(this.#dir(key), 'template.xml');
  }
}
