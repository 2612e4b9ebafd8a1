// <Scenarios>: which scenarios exist, their Ids and Types.
import { lintMessage as lint } from '../../i18n/lint';
import { KNOWN_SCENARIOS } from '../vocabulary';
import { quoted, type ValidationContext } from './context';

export function checkScenarioList(ctx: ValidationContext): void {
  const r = ctx.report;
  const info = ctx.template.information;
  const seen = new Set<string>();
  if (info.scenarios.length === 0) r.error(info.element, lint('scenarios.none'));
  for (const s of info.scenarios) {
    const id = s.id;
    if (id === undefined || id === '') {
      r.error(s.element, lint('scenarios.noId'));
      continue;
    }
    if (seen.has(id)) r.error(s.element, lint('scenarios.duplicate', { id }), 'Id');
    seen.add(id);
    const expected = KNOWN_SCENARIOS[id];
    if (expected === undefined) {
      r.info(s.element, lint('scenarios.unused', { id: quoted(id) }), 'Id');
      continue;
    }
    if (s.type === undefined) r.warning(s.element, lint('scenarios.noType', { id, expected }));
    else if (s.type !== expected) r.warning(s.element, lint('scenarios.wrongType', { id, expected, found: quoted(s.type) }), 'Type');
  }
  if (!ctx.scenarios.has('SyncContactAuto')) {
    r.warning(info.element, lint('scenarios.noSync'));
  }
}
