import { describe, expect, it } from 'vitest';
import { loadIntegrationSpec } from '../../../main/engine/spec-from-template';
import { DEFAULT_PAGE_SIZE, pagingPlan } from '../../../main/engine/paging';
import type { RequestSpec } from '../../../main/engine/integration-spec';

function spec(url: string, scenarioParameters = '', requestParameters = '', outputs = '') {
  return loadIntegrationSpec(
    `<Information Provider="helpdesk" Name="P" Key="p" MaxConcurrentRequest="1"><Scenarios>
      <Scenario Id="AuthMethod" Type="AUTH"><Parameters><Parameter Name="AuthMethod" Value="none"/>
        <Parameter Father="CustomFieldList" Name="base" Editor="string" Title="Base" Key="base_key"/></Parameters></Scenario>
      <Scenario Id="UserAssociation" Type="REST"><Parameters>${scenarioParameters}</Parameters><Requests>
        <Request Name="UserAssociation" Method="GET" URLFormat="${url}"><Parameters>${requestParameters}</Parameters>
          <Outputs><Output Name="UserUniqueId" Path="users.#.id"/>${outputs}</Outputs></Request>
      </Requests></Scenario></Scenarios></Information>`,
    'p.xml',
  );
}

function userRequest(s: ReturnType<typeof spec>): RequestSpec {
  const request = s.scenarios.get('UserAssociation')?.requests[0];
  if (!request) throw new Error('no UserAssociation request');
  return request;
}

const defaults = { maxPages: 100, warnAtBound: true };

describe('how a request is paged', () => {
  it('is not paged when its URL and body use no paging variable', () => {
    const s = spec('https://x.test/users');
    expect(userRequest(s).pagingVariables).toEqual([]);
    expect(pagingPlan(userRequest(s), s.scenarios.get('UserAssociation')?.settings, defaults)).toBeUndefined();
  });

  it('sends the default page size when the template names none, and knows it because it sends it', () => {
    const s = spec('https://x.test/users?offset={{.Offset}}&amp;limit={{.Limit}}');
    expect(userRequest(s).pagingVariables).toEqual(['Offset', 'Limit']);
    expect(pagingPlan(userRequest(s), undefined, defaults)).toMatchObject({ pageSize: DEFAULT_PAGE_SIZE, sizeKnown: true, firstPage: 1, maxPages: 100, total: undefined });
  });

  it('does not know the page size when nothing names or sends it', () => {
    const s = spec('https://x.test/users?page={{.Page}}');
    expect(pagingPlan(userRequest(s), undefined, defaults)).toMatchObject({ sizeKnown: false });
  });

  it('takes PageSize, FirstPage and MaxPages from the request before the scenario (CustomScenarioParameter too)', () => {
    const s = spec(
      'https://x.test/users?page={{.Page}}',
      '<Parameter Name="PageSize" Value="50"/><Parameter Father="CustomScenarioParameter" Name="FirstPage" Value="0"/><Parameter Name="MaxPages" Value="7"/>',
      '<Parameter Name="PageSize" Value="25"/>',
      '<Output Name="TotalPath" Path="meta.total"/>',
    );
    const plan = pagingPlan(userRequest(s), s.scenarios.get('UserAssociation')?.settings, defaults);
    expect(plan).toMatchObject({ pageSize: 25, sizeKnown: true, firstPage: 0, maxPages: 7, warnAtBound: true });
    expect(plan?.total?.path).toBe('meta.total');
  });

  it('keeps the Key of a custom field, and the Name as its key when there is none', () => {
    expect(spec('https://x.test/users').auth.customFields.map((f) => `${f.name}:${f.key}`)).toEqual(['base:base_key']);
  });
});
