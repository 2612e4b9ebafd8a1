import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../renderer/i18n/i18n';
import { CALL_VARIABLES } from '../../../shared/template/vocabulary';

// The variable reference beside the Subject and Description fields lists
// every call variable with its meaning; both languages must explain each.
describe('the variable reference', () => {
  it('explains every call variable in English and in Simplified Chinese', () => {
    for (const name of CALL_VARIABLES) {
      const key = `var.${name}` as keyof typeof catalogues.en;
      expect(catalogues.en[key], `English meaning of ${name}`).toBeTruthy();
      expect(catalogues['zh-CN'][key], `Chinese meaning of ${name}`).toBeTruthy();
      expect(catalogues['zh-CN'][key], `${name} is translated`).not.toBe(catalogues.en[key]);
      expect(catalogues['zh-CN'][key], `${name} reads as Chinese`).toMatch(/\p{Script=Han}/u);
    }
  });

  it('has no meaning for a variable that does not exist', () => {
    const documented = Object.keys(catalogues.en).filter((k) => k.startsWith('var.')).map((k) => k.slice(4));
    expect(documented.sort()).toEqual([...CALL_VARIABLES].sort());
  });
});
