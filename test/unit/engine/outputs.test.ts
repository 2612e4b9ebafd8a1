import { describe, expect, it } from 'vitest';
import { jsonDocument } from '../../../main/engine/json-path';
import { readOutputs, readRecords, splitListPath } from '../../../main/engine/outputs';
import { outputPathAlternatives as alternatives } from '../../../shared/template/output-path';

const out = (name: string, path: string) => ({ name, path });

describe('reading outputs', () => {
  it('splits comma alternatives only outside queries and multipaths', () => {
    expect(alternatives('a.#(x=="1,2")#.s, b.#.s')).toEqual(['a.#(x=="1,2")#.s', 'b.#.s']);
    expect(alternatives('[a,b]')).toEqual(['[a,b]']);
  });

  it('finds the list each # path walks', () => {
    expect(splitListPath('data.#.id')).toEqual({ list: 'data', item: 'id' });
    expect(splitListPath('#.id')).toEqual({ list: '', item: 'id' });
    expect(splitListPath('users.#(role=="end-user")#.name')).toEqual({ list: 'users.#(role=="end-user")#', item: 'name' });
    expect(splitListPath('identities.#(type=="p")#|1.value')).toBeUndefined();
    expect(splitListPath('id')).toBeUndefined();
  });

  it('makes one record per element and keeps fields aligned when some elements lack one', () => {
    const doc = jsonDocument('{"data":[{"id":"1","name":"A","phone":"111"},{"id":"2","name":"B"},{"id":"","name":"no id"},{"id":"3","phone":"333"}]}');
    const records = readRecords(doc, [out('ContactsId', 'data.#.id'), out('FirstName', 'data.#.name'), out('BusinessNumber', 'data.#.phone')], {}, 'ContactsId');
    expect(records).toEqual([
      { ContactsId: '1', FirstName: 'A', BusinessNumber: '111' },
      { ContactsId: '2', FirstName: 'B', BusinessNumber: '' },
      { ContactsId: '3', FirstName: '', BusinessNumber: '333' },
    ]);
  });

  it('renders variables into paths and takes the first alternative that finds something', () => {
    const doc = jsonDocument('{"data":[{"id":"1","phone":"+1","street":"P St"},{"id":"2","mobile":"+1","street":"M St"}]}');
    const outputs = [out('ContactsId', 'data.#.id'), out('Street', 'data.#(phone=="{{.Phone}}")#.street,data.#(mobile=="{{.Phone}}")#.street')];
    expect(readRecords(doc, outputs, { Phone: '+1' }, 'ContactsId').map((r) => r.Street)).toEqual(['P St', '']);
    expect(readOutputs(jsonDocument('{"data":[{"mobile":"+1","street":"M St"}]}'), [outputs[1] ?? out('', '')], { Phone: '+1' })).toEqual({ Street: 'M St' });
  });

  it('reads a single value, taking the first element of a list and stringifying non-strings', () => {
    const doc = jsonDocument('{"id":42,"data":[{"id":"d1"},{"id":"d2"}],"ok":true,"none":null}');
    expect(readOutputs(doc, [out('TicketId', 'id'), out('DepartmentId', 'data.#.id'), out('Ok', 'ok'), out('None', 'none'), out('Missing', 'nope'), out('Empty', '')], {})).toEqual({
      TicketId: '42',
      DepartmentId: 'd1',
      Ok: 'true',
      None: '',
      Missing: '',
      Empty: '',
    });
  });
});
