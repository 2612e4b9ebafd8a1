// Names fixed by the template guide (Helpdesk and CRM editions, plus names
// seen in newer editions).

/** Scenario Ids Ringdesk runs, with the Type the guide gives them. */
export const KNOWN_SCENARIOS: Readonly<Record<string, 'AUTH' | 'REST'>> = {
  AuthMethod: 'AUTH',
  GetGlobalInfo: 'REST',
  UserAssociation: 'REST',
  SyncContactAuto: 'REST',
  SearchContact: 'REST',
  CreateNewContact: 'REST',
  CreateNewTicket: 'REST',
  CallJournal: 'REST',
  Common: 'REST',
};

export const AUTH_METHODS = ['none', 'basic', 'oauth2', 'bearertoken'] as const;
export const CREDENTIAL_TYPES = ['username_password', 'api_key'] as const;
export const FATHERS = ['CustomFieldList', 'PopulateTemplateString', 'AuthOption', 'TokenErrorMap', 'CustomScenarioParameter'] as const;
export const EDITORS = ['string', 'password', 'list'] as const;
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export const MAX_CUSTOM_FIELDS = 5;
/** The CRM edition's UI allows up to 20 common request headers. */
export const MAX_COMMON_HEADERS = 20;

/** Contact fields of SyncContactAuto, in the order of the guide's table. */
export const CONTACT_FIELDS = [
  'ContactsId', 'FirstName', 'LastName', 'Company', 'Email',
  'BusinessNumber', 'BusinessNumber2', 'BusinessFaxNumber', 'MobileNumber', 'MobileNumber2',
  'HomeNumber', 'HomeNumber2', 'HomeFaxNumber', 'OtherNumber',
  'ZipCode', 'Street', 'City', 'State', 'Country', 'Remark', 'CustomValue',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const PHONE_FIELDS: readonly ContactField[] = [
  'BusinessNumber', 'BusinessNumber2', 'BusinessFaxNumber', 'MobileNumber', 'MobileNumber2',
  'HomeNumber', 'HomeNumber2', 'HomeFaxNumber', 'OtherNumber',
];

export const USER_FIELDS = ['UserUniqueId', 'FirstName', 'LastName', 'Email'] as const;
export type UserField = (typeof USER_FIELDS)[number];

/** Variables of every call (the guide's "Variables" tables), available outside AuthMethod. */
export const CALL_VARIABLES: readonly string[] = [
  'Subject', 'Description', 'Time', 'StartTimeUnix', 'EndTimeUnix', 'Call_From', 'Call_To',
  'CallerName', 'CallerNumber', 'CalleeName', 'CalleeNumber', 'CrmId', 'ExtensionFirstName',
  'ExtensionLastName', 'ExtensionEmail', 'ContactSyncType', 'ContactNumber', 'ContactId', 'TicketId',
  'CallDuration', 'Talk_Duration', 'Talk_Duration_Sec', 'Communication_Type', 'Call_Status',
  'Call_Log_Status', 'CallDisposition', 'EnableCallRecording', 'RecordPath', 'PlayCallRecording',
  // Newer editions: the other party's caller ID name (shared/calls/variables.ts).
  'DisplayName',
];

/**
 * Paging variables (newer editions' "Get users" pagination): a request whose
 * URL or body uses one of them is fetched page after page.
 */
export const PAGING_VARIABLES = ['Page', 'PageSize', 'Offset', 'Limit'] as const;

/**
 * Paging settings, as `<Parameter Name="PageSize" Value="100"/>` on the request
 * or its scenario (no Father, or Father="CustomScenarioParameter"). The XML
 * names are Ringdesk's choice: the vendor's are not published.
 */
export const PAGING_PARAMETERS = ['PageSize', 'FirstPage', 'MaxPages'] as const;

/** Output names that carry the total number of items of a paged list (`Total` preferred). */
export const TOTAL_OUTPUTS = ['Total', 'TotalPath'] as const;

/** Variables a scenario adds for its own requests. */
export const SCENARIO_VARIABLES: Readonly<Record<string, readonly string[]>> = {
  AuthMethod: ['redirect_uri', 'AccessToken'],
  UserAssociation: [...PAGING_VARIABLES],
  SyncContactAuto: ['Phone', 'ContactSyncType', 'ContactId', 'CustomValue', ...PAGING_VARIABLES],
  SearchContact: ['SearchValue', 'Phone', 'ContactSyncType', 'ContactId', 'CustomValue', ...PAGING_VARIABLES],
  CreateNewContact: ['FirstName', 'LastName', 'BusinessNumber', 'DisplayName', 'Phone', 'ContactSyncType'],
  Common: ['Phone', 'ContactSyncType', 'ContactId', 'ContactsId'],
};
