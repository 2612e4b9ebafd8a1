// The templates.* channels, answered by the catalogue and the dry run.
// ringdesk.ts spreads these into its Handlers table.
import type { z } from 'zod';
import type { TemplateChannelName, templateChannels } from '../../shared/templates-ipc';
import { dryRun } from './templates-dry-run';
import type { TemplateCatalog } from './templates';

type Channels = typeof templateChannels;
export type TemplateHandlers = {
  [C in TemplateChannelName]: (request: z.output<Channels[C]['request']>) => z.input<Channels[C]['response']>;
};

export interface TemplateHandlerContext {
  /** settings.general.defaultRegion, read when a dry run starts. */
  readonly region: () => string;
  readonly now?: () => number;
}

export function templateHandlers(catalog: TemplateCatalog, context: TemplateHandlerContext): TemplateHandlers {
  return {
    'templates.list': () => catalog.list(),
    'templates.get': (ref) => catalog.get(ref),
    'templates.add': (request) => catalog.add(request),
    'templates.update': (request) => catalog.update(request),
    'templates.upload': (request) => catalog.upload(request),
    'templates.download': ({ key }) => catalog.download(key),
    'templates.delete': ({ keys }) => catalog.delete(keys),
    'templates.lint': ({ xml }) => ({ diagnostics: catalog.lint(xml) }),
    'templates.readyMade': () => catalog.readyMade(),
    'templates.readyMade.install': ({ id }) => catalog.install(id),
    'templates.dryRun': (request) => {
      const { xml, fileName } = catalog.xmlOf(request.template);
      return dryRun(xml, fileName, request, { region: context.region(), now: (context.now ?? Date.now)() });
    },
  };
}
