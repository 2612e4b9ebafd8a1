// The user's settings: one schema shared by main (which stores and validates
// them) and the renderer (which edits them). Each section has defaults so a
// first run, or a settings file from an older version, always yields a
// complete object. Secrets never live here: they go to the secret store.
import { z } from 'zod';
import { SipSettings, SipSettingsPatch } from './sip/account';
import { DesktopSettings, DesktopSettingsPatch } from './desktop-settings';
import { IntegrationSettings, IntegrationSettingsPatch } from './calls/integration-settings';

export const Language = z.enum(['system', 'en', 'zh-CN']);
export const Theme = z.enum(['system', 'light', 'dark']);

/** ISO 3166 region used to read numbers dialled without a country code. */
const Region = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter region code such as US or CN');

export const GeneralSettings = z.object({
  /** UI language; `system` follows the OS locale. */
  language: Language.default('system'),
  theme: Theme.default('system'),
  defaultRegion: Region.default('US'),
  /** Start Ringdesk when the user logs in (Electron host only). */
  launchAtLogin: z.boolean().default(false),
});
export type GeneralSettings = z.infer<typeof GeneralSettings>;

/**
 * Written out rather than `GeneralSettings.partial()`: zod 4 still fills
 * defaults inside a partial, so `{ theme: 'dark' }` would also reset the
 * language, region and login item to their defaults.
 */
const GeneralSettingsPatch = z
  .object({
    language: Language.optional(),
    theme: Theme.optional(),
    defaultRegion: Region.optional(),
    launchAtLogin: z.boolean().optional(),
  })
  .strict();

export const Settings = z.object({
  version: z.literal(1).default(1),
  general: GeneralSettings.prefault({}),
  sip: SipSettings.prefault({}),
  desktop: DesktopSettings.prefault({}),
  integration: IntegrationSettings.prefault({}),
});
export type Settings = z.infer<typeof Settings>;

/** A change to some fields of some sections; everything else stays. */
export const SettingsPatch = z
  .object({
    general: GeneralSettingsPatch.optional(),
    sip: SipSettingsPatch.optional(),
    desktop: DesktopSettingsPatch.optional(),
    integration: IntegrationSettingsPatch.optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export function defaultSettings(): Settings {
  return Settings.parse({});
}

/** Applies a validated patch; sections not named in the patch are kept as they are. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Record<string, unknown> = { ...current };
  for (const [section, fields] of Object.entries(patch)) {
    if (fields === undefined) continue;
    next[section] = { ...(current[section as keyof Settings] as object), ...fields };
  }
  return Settings.parse(next);
}
