// The admin's template catalogue behind the templates.* channels: the custom
// templates of the store (add from the form or a file, edit, download,
// delete), the ready-made ones shipped in main/templates/, and lint. A save
// that the validator refuses answers with its diagnostics (line and column)
// instead of throwing, so the UI can mark the lines.
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyFormToTemplate, KNOWN_SCENARIOS, parseTemplate, serializeTemplate, sortDiagnostics } from '../../shared/template';
import type { Diagnostic, Template, TemplateForm } from '../../shared/template';
import type {
  ReadyMadeTemplate,
  TemplateAddRequest,
  TemplateDetail,
  TemplateDiagnostic,
  TemplateDownload,
  TemplateList,
  TemplateRef,
  TemplateSaveResult,
  TemplateSummary,
  TemplateUpdateRequest,
  TemplateUploadRequest,
} from '../../shared/templates-ipc';
import { NEW_TEMPLATE_XML } from '../../shared/templates-ipc';
import { checkLogo } from '../store/template-logo';
import { problem } from '../../shared/i18n/problem';
import { MAX_CUSTOM_TEMPLATES, TemplateStore, TemplateStoreError } from '../store/templates';

const READY_MADE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Finds main/templates/ from source (main/features) and from the bundle (out/main) alike. */
export function defaultReadyMadeDir(start: string = import.meta.dirname): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'main', 'templates');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return join(start, '..', 'templates');
}

function plainDiagnostics(list: readonly Diagnostic[]): TemplateDiagnostic[] {
  return sortDiagnostics(list).map((d) => ({
    severity: d.severity,
    line: d.line,
    column: d.column,
    path: d.path,
    message: d.message,
    ...(d.code === undefined ? {} : { code: d.code, params: { ...d.params } }),
  }));
}

function unusedScenarios(template: Template | undefined): string[] {
  if (!template) return [];
  return template.information.scenarios.map((s) => s.id ?? '').filter((id) => id !== '' && !Object.hasOwn(KNOWN_SCENARIOS, id));
}

function logoBytes(logo: { base64: string } | undefined): Uint8Array | undefined {
  if (!logo) return undefined;
  const bytes = new Uint8Array(Buffer.from(logo.base64, 'base64'));
  const checked = checkLogo(bytes);
  if ('error' in checked) throw new TemplateStoreError(checked.error);
  return bytes;
}

function refused(error: unknown): TemplateSaveResult {
  if (error instanceof TemplateStoreError) return { ok: false, message: error.problem, diagnostics: plainDiagnostics(error.diagnostics) };
  throw error;
}

export class TemplateCatalog {
  readonly #store: TemplateStore;
  readonly #readyMadeDir: string;

  constructor(dataDir: string, readyMadeDir: string = defaultReadyMadeDir()) {
    this.#store = new TemplateStore(dataDir);
    this.#readyMadeDir = readyMadeDir;
  }

  list(): TemplateList {
    return { templates: this.#store.list().map((s) => this.#summary(s.key)), limit: MAX_CUSTOM_TEMPLATES };
  }

  get(ref: TemplateRef): TemplateDetail {
    if (ref.kind === 'readyMade') {
      const xml = this.#readyMadeXml(ref.id);
      const { template, diagnostics } = parseTemplate(xml);
      const info = template?.information;
      const summary: TemplateSummary = { key: info?.key ?? ref.id, name: info?.name ?? ref.id, provider: info?.provider ?? '', remark: info?.remark ?? '', version: info?.version ?? '', unusedScenarios: unusedScenarios(template) };
      return { summary, xml, diagnostics: plainDiagnostics(diagnostics) };
    }
    const { xml } = this.#store.read(ref.key);
    return { summary: this.#summary(ref.key), xml, diagnostics: this.lint(xml) };
  }

  /** The XML text of either kind of template (the dry run renders it). */
  xmlOf(ref: TemplateRef): { xml: string; fileName: string } {
    if (ref.kind === 'readyMade') return { xml: this.#readyMadeXml(ref.id), fileName: `${ref.id}.xml` };
    return { xml: this.#store.read(ref.key).xml, fileName: `${ref.key}/template.xml` };
  }

  add(request: TemplateAddRequest): TemplateSaveResult {
    try {
      const logo = logoBytes(request.logo);
      let summary;
      if ('form' in request) {
        const { template } = parseTemplate(NEW_TEMPLATE_XML, { validate: false });
        if (!template) throw new Error('the blank template does not parse');
        applyFormToTemplate(template, request.form as TemplateForm);
        summary = this.#store.add(serializeTemplate(template), request.form.general.name || 'template');
      } else {
        summary = this.#store.add(request.xml, request.fileName ?? 'template.xml');
      }
      if (logo) this.#store.setLogo(summary.key, logo);
      return { ok: true, summary: this.#summary(summary.key) };
    } catch (error) {
      return refused(error);
    }
  }

  update(request: TemplateUpdateRequest): TemplateSaveResult {
    try {
      const logo = logoBytes(request.logo);
      let xml: string;
      if ('form' in request) {
        const { template } = this.#store.read(request.key);
        applyFormToTemplate(template, request.form as TemplateForm);
        xml = serializeTemplate(template);
      } else {
        xml = request.xml;
      }
      this.#store.edit(request.key, xml);
      if (logo) this.#store.setLogo(request.key, logo);
      return { ok: true, summary: this.#summary(request.key) };
    } catch (error) {
      return refused(error);
    }
  }

  upload(request: TemplateUploadRequest): TemplateSaveResult {
    try {
      const logo = logoBytes(request.logo);
      const summary = this.#store.upload(new Uint8Array(Buffer.from(request.content, 'utf8')), request.fileName);
      if (logo) this.#store.setLogo(summary.key, logo);
      return { ok: true, summary: this.#summary(summary.key) };
    } catch (error) {
      return refused(error);
    }
  }

  download(key: string): TemplateDownload {
    const { fileName, content } = this.#store.download(key);
    return { fileName, xml: Buffer.from(content).toString('utf8') };
  }

  /** Deletes every named template, after checking that all of them exist (none or all). */
  delete(keys: readonly string[]): { deleted: string[] } {
    const known = new Set(this.#store.list().map((s) => s.key));
    const missing = keys.filter((k) => !known.has(k));
    if (missing.length > 0) throw new TemplateStoreError(problem('template.notFoundNothingDeleted', { keys: missing.map((k) => JSON.stringify(k)).join(', ') }));
    const unique = [...new Set(keys)];
    for (const key of unique) this.#store.delete(key);
    return { deleted: unique };
  }

  lint(xml: string): TemplateDiagnostic[] {
    return plainDiagnostics(parseTemplate(xml).diagnostics);
  }

  readyMade(): ReadyMadeTemplate[] {
    const installed = new Set(this.#store.list().map((s) => s.key));
    return this.#readyMadeIds().map((id) => {
      const { template } = parseTemplate(this.#readyMadeXml(id), { validate: false });
      const info = template?.information;
      return { id, name: info?.name ?? id, provider: info?.provider ?? '', remark: info?.remark ?? '', installed: installed.has(info?.key ?? '') };
    });
  }

  install(id: string): TemplateSaveResult {
    try {
      const summary = this.#store.add(this.#readyMadeXml(id), `${id}.xml`);
      return { ok: true, summary: this.#summary(summary.key) };
    } catch (error) {
      return refused(error);
    }
  }

  #summary(key: string): TemplateSummary {
    const stored = this.#store.list().find((s) => s.key === key);
    if (!stored) throw new TemplateStoreError(problem('template.notFound', { key: JSON.stringify(key) }));
    const logo = this.#store.logo(key);
    const { template } = this.#store.read(key);
    return {
      key,
      name: stored.name,
      provider: stored.provider,
      remark: stored.remark,
      version: stored.version,
      ...(logo ? { logo: `data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${Buffer.from(logo.bytes).toString('base64')}` } : {}),
      unusedScenarios: unusedScenarios(template),
    };
  }

  #readyMadeIds(): string[] {
    if (!existsSync(this.#readyMadeDir)) return [];
    return readdirSync(this.#readyMadeDir)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => f.slice(0, -4))
      .filter((id) => READY_MADE_ID.test(id))
      .sort();
  }

  #readyMadeXml(id: string): string {
    if (!this.#readyMadeIds().includes(id)) throw new TemplateStoreError(problem('template.noReadyMade', { id: JSON.stringify(id) }));
    return readFileSync(join(this.#readyMadeDir, `${id}.xml`), 'utf8');
  }
}
