// The typed model: thin views over the syntax tree. Reading a property decodes
// the attribute; writing it edits only that attribute. Anything the model does
// not name is still in the tree and is written back untouched.
import type { XmlDocument, XmlElement } from './xml/cst';
import { attributeValue, childElements, createElement, ensureChild, insertChild, removeChild, setAttributeValue } from './xml/edit';
import { positionAt, type Position } from './xml/position';

export class ElementView {
  constructor(
    readonly document: XmlDocument,
    readonly element: XmlElement,
  ) {}

  /** Where the element starts in the file; undefined for elements added by an edit. */
  get position(): Position | undefined {
    return this.element.offset < 0 ? undefined : positionAt(this.document.lineStarts, this.element.offset);
  }

  attribute(name: string): string | undefined {
    return attributeValue(this.element, name);
  }

  /** Sets (undefined removes) an attribute; a new one goes after `after` when given and present. */
  setAttribute(name: string, value: string | undefined, after?: string): void {
    setAttributeValue(this.element, name, value, after);
  }

  /** Removes this element (and its leading whitespace) from the document. */
  remove(): void {
    removeChild(this.element);
  }

  protected children(name: string): XmlElement[] {
    return childElements(this.element, name);
  }

  protected child(name: string): XmlElement | undefined {
    return childElements(this.element, name)[0];
  }

  protected append(containerName: string, name: string, attributes: Readonly<Record<string, string | undefined>>, after?: string): XmlElement {
    const anchor = after === undefined ? undefined : this.child(after);
    const container = ensureChild(this.document, this.element, containerName, anchor);
    const element = createElement(name, attributes);
    insertChild(this.document, container, element);
    return element;
  }
}

function flag(value: string | undefined): boolean | undefined {
  if (value === '1') return true;
  if (value === '0') return false;
  return undefined;
}

function flagText(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? '1' : '0';
}

export type Provider = 'crm' | 'helpdesk';
export type AuthMethodName = 'none' | 'basic' | 'oauth2' | 'bearertoken';
export type FatherName = 'CustomFieldList' | 'PopulateTemplateString' | 'AuthOption' | 'TokenErrorMap' | 'CustomScenarioParameter';

/** `<Information>`: the root, with the template's properties. */
export class Information extends ElementView {
  get provider(): string | undefined { return this.attribute('Provider'); }
  set provider(v: string | undefined) { this.setAttribute('Provider', v); }
  get name(): string | undefined { return this.attribute('Name'); }
  set name(v: string | undefined) { this.setAttribute('Name', v); }
  get key(): string | undefined { return this.attribute('Key'); }
  set key(v: string | undefined) { this.setAttribute('Key', v, 'Name'); }
  get logo(): string | undefined { return this.attribute('Logo'); }
  set logo(v: string | undefined) { this.setAttribute('Logo', v); }
  get remark(): string | undefined { return this.attribute('Remark'); }
  set remark(v: string | undefined) { this.setAttribute('Remark', v); }
  get version(): string | undefined { return this.attribute('Version'); }
  set version(v: string | undefined) { this.setAttribute('Version', v); }
  get authType(): string | undefined { return this.attribute('AuthType'); }
  set authType(v: string | undefined) { this.setAttribute('AuthType', v); }
  /** The raw text; see maxConcurrentRequestCount for the number. */
  get maxConcurrentRequest(): string | undefined { return this.attribute('MaxConcurrentRequest'); }
  set maxConcurrentRequest(v: string | undefined) { this.setAttribute('MaxConcurrentRequest', v); }
  get maxConcurrentRequestCount(): number | undefined {
    const raw = this.maxConcurrentRequest?.trim();
    return raw !== undefined && /^[0-9]{1,6}$/.test(raw) ? Number(raw) : undefined;
  }
  get userAssociation(): boolean | undefined { return flag(this.attribute('UserAssociation')); }
  set userAssociation(v: boolean | undefined) { this.setAttribute('UserAssociation', flagText(v)); }
  get callJournal(): boolean | undefined { return flag(this.attribute('CallJournal')); }
  set callJournal(v: boolean | undefined) { this.setAttribute('CallJournal', flagText(v)); }
  get createNewContact(): boolean | undefined { return flag(this.attribute('CreateNewContact')); }
  set createNewContact(v: boolean | undefined) { this.setAttribute('CreateNewContact', flagText(v)); }
  get createNewTicket(): boolean | undefined { return flag(this.attribute('CreateNewTicket')); }
  set createNewTicket(v: boolean | undefined) { this.setAttribute('CreateNewTicket', flagText(v)); }

  get scenarios(): Scenario[] {
    const container = this.child('Scenarios');
    return container ? childElements(container, 'Scenario').map((e) => new Scenario(this.document, e)) : [];
  }

  addScenario(id: string, type: string): Scenario {
    const container = ensureChild(this.document, this.element, 'Scenarios');
    const element = createElement('Scenario', { Id: id, Type: type });
    insertChild(this.document, container, element);
    const scenario = new Scenario(this.document, element);
    for (const part of ['Presets', 'Parameters', 'Requests']) insertChild(this.document, element, createElement(part));
    return scenario;
  }
}

export class Parameter extends ElementView {
  get name(): string | undefined { return this.attribute('Name'); }
  set name(v: string | undefined) { this.setAttribute('Name', v); }
  get value(): string | undefined { return this.attribute('Value'); }
  set value(v: string | undefined) { this.setAttribute('Value', v); }
  get father(): string | undefined { return this.attribute('Father'); }
  set father(v: string | undefined) { this.setAttribute('Father', v); }
  get type(): string | undefined { return this.attribute('Type'); }
  set type(v: string | undefined) { this.setAttribute('Type', v); }
  get editor(): string | undefined { return this.attribute('Editor'); }
  set editor(v: string | undefined) { this.setAttribute('Editor', v); }
  get title(): string | undefined { return this.attribute('Title'); }
  set title(v: string | undefined) { this.setAttribute('Title', v); }
  get description(): string | undefined { return this.attribute('Description'); }
  set description(v: string | undefined) { this.setAttribute('Description', v); }
  get key(): string | undefined { return this.attribute('Key'); }
  set key(v: string | undefined) { this.setAttribute('Key', v); }
}

export interface ParameterInit {
  readonly Name: string;
  readonly Value?: string | undefined;
  readonly Father?: string | undefined;
  readonly Type?: string | undefined;
  readonly Editor?: string | undefined;
  readonly Title?: string | undefined;
  readonly Description?: string | undefined;
  readonly Key?: string | undefined;
}

/** Views shared by elements that hold a `<Parameters>` list (Scenario and Request). */
abstract class ParameterHolder extends ElementView {
  get parameters(): Parameter[] {
    const container = this.child('Parameters');
    return container ? childElements(container, 'Parameter').map((e) => new Parameter(this.document, e)) : [];
  }

  /** The first parameter named `name` that has no Father (a setting, not a field or header). */
  parameter(name: string): Parameter | undefined {
    return this.parameters.find((p) => p.name === name && p.father === undefined);
  }

  addParameter(init: ParameterInit): Parameter {
    const element = this.append('Parameters', 'Parameter', { ...init }, 'Presets');
    return new Parameter(this.document, element);
  }

  /** Sets a setting parameter's Value, creating the parameter when it is missing. */
  setParameter(name: string, value: string): Parameter {
    const existing = this.parameter(name);
    if (existing) {
      existing.value = value;
      return existing;
    }
    return this.addParameter({ Name: name, Value: value });
  }
}

export class Scenario extends ParameterHolder {
  get id(): string | undefined { return this.attribute('Id'); }
  set id(v: string | undefined) { this.setAttribute('Id', v); }
  get type(): string | undefined { return this.attribute('Type'); }
  set type(v: string | undefined) { this.setAttribute('Type', v); }

  /** `<Presets>`: present in most scenarios, empty in every known template; kept as is. */
  get presets(): ElementView | undefined {
    const element = this.child('Presets');
    return element ? new ElementView(this.document, element) : undefined;
  }

  /** `<Responses>`: as Presets. */
  get responses(): ElementView | undefined {
    const element = this.child('Responses');
    return element ? new ElementView(this.document, element) : undefined;
  }

  get requests(): Request[] {
    const container = this.child('Requests');
    return container ? childElements(container, 'Request').map((e) => new Request(this.document, e)) : [];
  }

  request(name: string): Request | undefined {
    return this.requests.find((r) => r.name === name);
  }

  addRequest(init: { Name: string; Method: string; URLFormat: string; ResponseType?: string; RequestEncoding?: string }): Request {
    const element = this.append('Requests', 'Request', {
      Name: init.Name,
      Method: init.Method,
      ResponseType: init.ResponseType ?? 'application/json',
      RequestEncoding: init.RequestEncoding ?? '',
      URLFormat: init.URLFormat,
    }, 'Parameters');
    const request = new Request(this.document, element);
    insertChild(this.document, element, createElement('Parameters'));
    insertChild(this.document, element, createElement('Outputs'));
    return request;
  }
}

export class Request extends ParameterHolder {
  get name(): string | undefined { return this.attribute('Name'); }
  set name(v: string | undefined) { this.setAttribute('Name', v); }
  get method(): string | undefined { return this.attribute('Method'); }
  set method(v: string | undefined) { this.setAttribute('Method', v); }
  get responseType(): string | undefined { return this.attribute('ResponseType'); }
  set responseType(v: string | undefined) { this.setAttribute('ResponseType', v); }
  get requestEncoding(): string | undefined { return this.attribute('RequestEncoding'); }
  set requestEncoding(v: string | undefined) { this.setAttribute('RequestEncoding', v); }
  get weight(): string | undefined { return this.attribute('Weight'); }
  set weight(v: string | undefined) { this.setAttribute('Weight', v); }
  /** Which attribute holds the URL: the guide's `URLFormat`, or `URL` in its structure overview. */
  get urlAttribute(): 'URLFormat' | 'URL' | undefined {
    if (this.attribute('URLFormat') !== undefined) return 'URLFormat';
    if (this.attribute('URL') !== undefined) return 'URL';
    return undefined;
  }
  get url(): string | undefined { return this.attribute('URLFormat') ?? this.attribute('URL'); }
  /** Writes the URL into whichever attribute the template already uses. */
  set url(v: string | undefined) { this.setAttribute(this.urlAttribute ?? 'URLFormat', v); }

  get outputs(): Outputs | undefined {
    const element = this.child('Outputs');
    return element ? new Outputs(this.document, element) : undefined;
  }

  ensureOutputs(): Outputs {
    return new Outputs(this.document, ensureChild(this.document, this.element, 'Outputs', this.child('Parameters')));
  }

  /** Request headers: `<Parameter Father="PopulateTemplateString" Type="Header">`. */
  get headers(): Parameter[] {
    return this.parameters.filter((p) => p.type === 'Header');
  }

  /** The request body: `<Parameter Name="Data" Type="Body">`. */
  get body(): Parameter | undefined {
    return this.parameters.find((p) => p.type === 'Body');
  }

  setBody(value: string): Parameter {
    const existing = this.body;
    if (existing) {
      existing.value = value;
      return existing;
    }
    return this.addParameter({ Name: 'Data', Type: 'Body', Value: value });
  }
}

export class Outputs extends ElementView {
  /** `Next`: the name of a request in the Common scenario to run per result and backfill outputs. */
  get next(): string | undefined { return this.attribute('Next'); }
  set next(v: string | undefined) { this.setAttribute('Next', v); }

  get list(): Output[] {
    return childElements(this.element, 'Output').map((e) => new Output(this.document, e));
  }

  output(name: string): Output | undefined {
    return this.list.find((o) => o.name === name);
  }

  add(name: string, path: string): Output {
    const element = createElement('Output', { Name: name, Path: path });
    insertChild(this.document, this.element, element);
    return new Output(this.document, element);
  }
}

export class Output extends ElementView {
  get name(): string | undefined { return this.attribute('Name'); }
  set name(v: string | undefined) { this.setAttribute('Name', v); }
  get path(): string | undefined { return this.attribute('Path'); }
  set path(v: string | undefined) { this.setAttribute('Path', v); }
  get type(): string | undefined { return this.attribute('Type'); }
  set type(v: string | undefined) { this.setAttribute('Type', v); }
}

/** A parsed template: the syntax tree plus the typed view of its root. */
export interface Template {
  readonly document: XmlDocument;
  readonly information: Information;
}
