// What main tells a person went wrong, in English: the source of every
// Problem code (shared/i18n/problem.ts). A Problem's `message` is this text
// filled with its params, so it reads exactly as main's English error did.
// Technical text that cannot be translated (a server's reply, a Go template
// error, an OS error) travels in {detail}; when the detail is itself a coded
// problem it travels as the Problem's `cause` and is shown in its place.
// Codes are stable: add, never rename. None may also be a linter code
// (shared/i18n/lint-en.ts): a cause may carry either.
export const problemsEn = {
  // Text from before Problems existed (stored data), or from a source that has no code.
  generic: '{detail}',
  // A request or response that breaks the IPC contract (shared/ipc-channel.ts); zod's words in {detail}.
  'contract.requestRejected': '{channel} request rejected: {detail}',
  'contract.responseRejected': '{channel} response rejected: {detail}',
  'contract.eventRejected': '{channel} event rejected: {detail}',
  // Templates: the store's refusals (main/store/templates.ts)
  'template.rejected': 'template rejected: {file}:{line}:{column}: {detail}',
  'template.rejectedOneMore': 'template rejected: {file}:{line}:{column}: {detail} (and 1 more error)',
  'template.rejectedMore': 'template rejected: {file}:{line}:{column}: {detail} (and {more} more errors)',
  'template.notTemplate': 'template rejected: {file}: not a template',
  'template.unreadable': 'stored template {key} can no longer be read',
  'template.limit': 'at most {max} custom templates; delete one before adding another',
  'template.keyExists': '{file}: a template with Key {key} already exists',
  'template.keyChanged': "{key}: the edited template has Key {newKey}; a template's Key cannot change",
  'template.badKey': "{file}: Key {key} must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit",
  'template.nameExists': '{file}: a template named {name} already exists (Key {key}); names must be unique',
  'template.notFound': 'no custom template with Key {key}',
  'template.notFoundNothingDeleted': 'no custom template with Key {keys}; nothing was deleted',
  'template.dryRunNoScenario': 'template {file}: no scenario {scenario} to run (AuthMethod has no requests of its own)',
  'template.noReadyMade': 'no ready-made template {id}',
  'template.logoTooLarge': 'logo is {size} KB; the limit is 500 KB',
  'template.logoNotImage': 'logo must be a PNG or JPEG image (its content is neither, whatever its file name says)',
  // One request to the helpdesk (main/engine/request-runner.ts, http-client.ts)
  'request.render': '{where} {part}: {detail}',
  'request.notAuthorized': '{where}: not authorized: {detail}',
  'request.timedOut': '{line}: timed out after {attempts} attempt(s)',
  'request.unreachable': '{line}: {detail} after {attempts} attempt(s)',
  'request.failed': '{line}: {detail}',
  'request.tokenNotRefreshed': '{line}: the helpdesk rejected the token and it could not be refreshed: {detail}',
  'request.httpStatus': '{line} -> HTTP {status}: {body}',
  'request.notJson': '{line} -> HTTP {status} but the body is not valid JSON ({body})',
  'request.missing': '{scenario}: the template has no request {name}',
  'request.nextMissing': '{scenario}/{name}: Outputs Next="{next}": no request {next} in scenario Common',
  'request.noContactType': 'CreateNewContact: no request named "{type}" in the template',
  // Signing in to the helpdesk (main/engine/auth/)
  'signIn.basicRefused': 'the helpdesk refused the username/password or API key (HTTP 401)',
  'signIn.authNone': 'the helpdesk asks for authentication but the template uses AuthMethod none',
  'signIn.tokenRejectedNoRefresh': 'the helpdesk rejected the access token (HTTP {status}) and the template says it is never refreshed (NoNeedRefreshAccessToken): connect again',
  'signIn.tokenNeverRefreshed': 'the helpdesk rejected the access token and the template says it is never refreshed (NoNeedRefreshAccessToken): connect again',
  'signIn.noTokenNoRefresh': 'there is no access token and the template says tokens are never refreshed (NoNeedRefreshAccessToken): connect again',
  'signIn.noToken': 'not connected: no access token',
  'signIn.noEndpoint': 'the template has no {endpoint}',
  'signIn.endpointUnreachable': '{endpoint} unreachable: {detail}',
  'signIn.endpointRefused': '{endpoint} refused ({status}): {detail}',
  'signIn.noAccessTokenInReply': '{endpoint} answered {status} without an access_token',
  'signIn.noBrowser': 'cannot open the system browser for the OAuth2 consent',
  'signIn.oauth2Failed': 'OAuth2 sign-in failed: {detail}',
  'signIn.redirectPortInUse': 'the OAuth2 redirect port {port} on 127.0.0.1 is in use by another program: choose another port in the integration settings (and register the new redirect URI with the helpdesk)',
  'signIn.redirectListenFailed': 'cannot listen for the OAuth2 redirect on 127.0.0.1:{port}: {detail}',
  'signIn.expiredNoRefreshToken': 'the access token expired and there is no refresh token: sign in again',
  // The integration's state (main/engine/integration.ts, main/features/integration-runtime.ts)
  'integration.notConnectedYet': 'not connected yet',
  'integration.noTemplate': 'no integration template chosen',
  'integration.templateUnreadable': 'template could not be loaded',
  'integration.disconnectedByUser': 'disconnected by the user',
  'integration.templateMissing': 'no integration template with key "{key}"',
  'integration.noSuchField': 'template {key} has no field "{name}"',
  // After-call work (main/engine/outbox-delivery.ts)
  'outbox.noIntegration': 'no helpdesk integration is connected',
  'outbox.noScenario': 'the template has no {scenario} scenario',
  'outbox.dependencyMissing': 'needs {key}, which was never created',
  'outbox.dependencyNotDone': 'needs {key}, which was {state}',
  'outbox.dependencyPending': 'needs {key}, which was pending',
  'outbox.dependencyFailed': 'needs {key}, which was failed',
  'outbox.dependencyDiscarded': 'needs {key}, which was discarded',
  'outbox.alreadyDelivered': 'this was already delivered to the helpdesk',
  'outbox.noItem': 'no such queued work ({id}): it may have been delivered or discarded meanwhile',
  // A call's work (main/features/call-pipeline.ts)
  'call.searchFailed': '{type}: {detail}',
  'call.contactCreationFailed': 'contact creation: {detail}',
  'call.lookupFailed': 'contact lookup: {detail}',
  'call.scenarioFailed': '{scenario}: {detail}',
  'call.unknown': 'this call is no longer known ({callId}): it may have ended too long ago',
  'call.endedNoLookup': 'the call has ended: its contacts can no longer be looked up again',
  'call.noIntegration': 'no helpdesk integration is connected',
  'call.noSuchContact': 'this call has no contact {contact}',
  // The dial pad's contact search (main/features/contact-search.ts)
  'search.noIntegration': 'no helpdesk integration is set up',
  'search.numbersOnly': 'the template has no SearchContact scenario, so it can only search numbers',
  'search.noScenario': 'the template has neither SearchContact nor SyncContactAuto',
  // The demo (main/features/demo/demo.ts)
  'demo.notConnected': 'the demo helpdesk did not connect: {detail}',
  'demo.templateRefused': 'the demo template was refused: {detail}',
  // Opening a contact page (main/features/popup.ts, integration-feature.ts)
  'popup.noContactPage': 'this call has no contact page to open',
  'popup.noBrowser': 'the system browser could not be started',
  'popup.tooLong': 'longer than {max} characters',
  'popup.spaces': 'contains spaces or control characters',
  'popup.notAbsolute': 'not an absolute URL',
  'popup.badScheme': 'scheme {scheme} is not http: or https:',
  'popup.noHost': 'no host',
  'popup.credentials': 'carries a user name or password',
} as const;

export type ProblemCode = keyof typeof problemsEn;
export type ProblemCatalogue = Record<ProblemCode, string>;
