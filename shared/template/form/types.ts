// The "Add a Helpdesk Integration Template" dialog as data: one field per
// control of the guide's form, all plain strings/booleans so a UI can bind them.
import type { ContactField, UserField } from '../vocabulary';

export interface CustomFieldForm {
  /** Text Input = string, Password Input = password, Dropdown List = list. */
  type: string;
  name: string;
  title: string;
  /** Dropdown options, comma separated (list only). */
  options: string;
}

export interface HeaderForm {
  name: string;
  value: string;
  description: string;
}

export interface ContactTypeForm {
  /** The contact type; also the request's Name and {{.ContactSyncType}}. */
  name: string;
  matchUrl: string;
}

export interface CreationTypeForm {
  name: string;
  url: string;
  body: string;
}

export interface ToggleText {
  enabled: boolean;
  value: string;
}

export interface TemplateForm {
  general: { name: string; maxConcurrentRequests: string; remark: string; logo: string };
  userAssociation: { enabled: boolean; getUserUrl: string; fields: Record<UserField, string> };
  authentication: {
    method: string;
    credentialType: string;
    base64EncodedCredential: string;
    authEndPoint: string;
    tokenEndPoint: string;
    scope: string;
    additionalQueryString: string;
    tokenRefreshInterval: string;
    customFields: CustomFieldForm[];
    commonHeaders: HeaderForm[];
  };
  contactSearch: {
    contactTypes: ContactTypeForm[];
    popupMode: string;
    urlFormat: string;
    contactFieldForUrl: string;
    /** Field mapping: Enable flag and JSON path per PBX field, shared by all contact types. */
    fields: Record<ContactField, { enabled: boolean; path: string }>;
  };
  contactCreation: { enabled: boolean; contactTypes: CreationTypeForm[] };
  callJournal: { enabled: boolean; url: string; body: string; subject: ToggleText; description: ToggleText; playCallRecording: { enabled: boolean; defaultOn: boolean } };
  ticketCreation: { enabled: boolean; url: string; body: string; subject: ToggleText; description: ToggleText };
}
