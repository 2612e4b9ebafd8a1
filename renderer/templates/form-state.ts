// The form of the "Add template" dialog, moved between its two views: the
// form (shared/template's form model) and the XML text. Both directions go
// through shared/template, so an edit in the form changes only what it names
// and hand-written parts of the XML survive.
import { applyFormToTemplate, formFromTemplate, parseTemplate, serializeTemplate } from '../../shared/template';
import type { TemplateForm } from '../../shared/template';
import { NEW_TEMPLATE_XML } from '../../shared/templates-ipc';

/** What a new template's form shows before the admin types anything (main starts from the same file). */
export function blankForm(): TemplateForm {
  const { template } = parseTemplate(NEW_TEMPLATE_XML, { validate: false });
  if (!template) throw new Error('the starting template does not parse');
  return formFromTemplate(template);
}

/** The form a template's XML shows; undefined when the XML cannot be read. */
export function formFromXml(xml: string): TemplateForm | undefined {
  const { template } = parseTemplate(xml, { validate: false });
  return template ? formFromTemplate(template) : undefined;
}

/** The XML after the form's changes, starting from `baseXml` (undefined when it cannot be read). */
export function xmlFromForm(baseXml: string, form: TemplateForm): string | undefined {
  const { template } = parseTemplate(baseXml, { validate: false });
  if (!template) return undefined;
  applyFormToTemplate(template, form);
  return serializeTemplate(template);
}
