// English catalogue: the source of every key. Other languages must provide
// exactly these keys (the Catalogue type makes a missing one a type error).
export const en = {
  'app.title': 'Ringdesk',
  'app.loading': 'Connecting to Ringdesk…',
  'app.unreachable': 'Ringdesk is not reachable: {message}',
  'nav.label': 'Main',
  'nav.phone': 'Phone',
  'nav.templates': 'Templates',
  'nav.integration': 'Integration',
  'nav.features': 'Features',
  'nav.accounts': 'Accounts',
  'nav.settings': 'Settings',
  'screen.comingSoon': 'This screen is on its way.',
  'settings.title': 'Settings',
  'settings.general': 'General',
  'settings.language': 'Language',
  'settings.language.system': 'Follow the system',
  'settings.language.en': 'English',
  'settings.language.zh-CN': '简体中文',
  'settings.theme': 'Theme',
  'settings.theme.system': 'Follow the system',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.defaultRegion': 'Default region for phone numbers',
  'settings.defaultRegion.hint': 'Two-letter code, e.g. US, GB, CN. Used for numbers dialled without a country code.',
  'settings.launchAtLogin': 'Start Ringdesk when I log in',
  'settings.saved': 'Saved',
  'settings.saveFailed': 'Not saved: {message}',
  'about.title': 'About',
  'about.version': 'Version {version}',
  'about.host.electron': 'Desktop app',
  'about.host.browser': 'Browser host',
  'about.dataDir': 'Data folder: {dir}',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
