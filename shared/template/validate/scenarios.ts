// <Scenarios>: which scenarios exist, their Ids and Types.
import { KNOWN_SCENARIOS } from '../vocabulary';
import { quoted, type ValidationContext } from './context';

export function checkScenarioList(ctx: ValidationContext): void {
  const r = ctx.report;
  const info = ctx.template.information;
  const seen = new Set<string>();
  if (info.scenarios.length === 0) r.error(info.element, 'Information needs a <Scenarios> element with at least one <Scenario>');
  for (const s of info.scenarios) {
    const id = s.id;
    if (id === undefined || id === '') {
      r.error(s.element, 'Scenario needs an Id (e.g. AuthMethod, SyncContactAuto)');
      continue;
    }
    if (seen.has(id)) r.error(s.element, `scenario ${id} appears twice; only the first is used`, 'Id');
    seen.add(id);
    const expected = KNOWN_SCENARIOS[id];
    if (expected === undefined) {
      r.info(s.element, `scenario ${quoted(id)} is not used by Ringdesk; it is kept in the file as is`, 'Id');
      continue;
    }
    if (s.type !== expected) r.warning(s.element, `scenario ${id} should have Type="${expected}", found ${s.type === undefined ? 'none' : quoted(s.type)}`, s.type === undefined ? undefined : 'Type');
  }
  if (!ctx.scenarios.has('SyncContactAuto')) {
    r.warning(info.element, 'no SyncContactAuto scenario: contact lookup, synchronization and call popup are off');
  }
}
