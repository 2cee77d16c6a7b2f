import { expect } from 'chai';
import type { FieldInfo } from '../../../src/core/policy/builder/types.ts';
import type { WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import manifest from '../../../plugins/service-operators/plugin.json';
import svcEn from '../../../plugins/service-operators/l10n/en.json';
import '../../../plugins/service-operators/ratio-widget.ts';
import { createServices, deep, deepAll, mount, rule, settle, unmount } from './builder-fixtures.ts';

const FIELDS: FieldInfo[] = [
  { key: 'resolved', type: 'integer', label: { en: 'Resolved at first contact', 'zh-CN': '首次解决数' } },
  { key: 'contacts', type: 'integer', label: { en: 'Contacts', 'zh-CN': '接待数' } },
  { key: 'calls', type: 'integer' },
];

describe('plugin operators in the builder', () => {
  let services: WorkbenchServices;

  beforeEach(() => {
    // The operators the service-operators plugin declares in its manifest, registered as the host
    // does; the workbench's ruleOperators service makes them into the builder's engine.
    services = createServices();
    services.i18n.registerCatalog('en', svcEn);
    for (const op of manifest.contributes.operators) services.domainContributions.register('operators', op, 'service-operators');
  });

  afterEach(unmount);

  it('draws a declared operator with its plugin widget and applies the widget edits', async () => {
    expect(services.ruleOperators.declarations.map((d) => d.name)).to.deep.equal(['svc.percent', 'svc.meets']);
    const when = { '>=': [{ 'svc.percent': [{ var: 'resolved' }, { var: 'contacts' }] }, 80] };
    const { el, changes } = await mount(rule(when), FIELDS, services);
    expect(deepAll(el, 'sc-raw-json-block')).to.have.length(0);
    const widget = deep(el, 'svc-ratio-widget');
    const [part, whole] = [...widget.shadowRoot!.querySelectorAll('select')];
    expect(part!.value).to.equal('resolved');
    expect(whole!.value).to.equal('contacts');
    whole!.value = 'calls';
    whole!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '>=': [{ 'svc.percent': [{ var: 'resolved' }, { var: 'calls' }] }, 80] });
  });

  it('draws a declared operator without a widget as a function with one input per argument', async () => {
    const when = { 'svc.meets': [{ var: 'resolved' }, 40, 'higher'] };
    const { el } = await mount(rule(when), FIELDS, services);
    expect(deepAll(el, 'sc-raw-json-block')).to.have.length(0);
    expect(el.shadowRoot!.innerHTML + deepAll(el, '*').map((e) => e.shadowRoot?.textContent ?? '').join(' ')).to.contain('Meets target');
  });

  it('keeps an operator nobody declares as a JSON block (nothing is lost)', async () => {
    const when = { 'svc.percent': [{ var: 'resolved' }, { var: 'contacts' }] };
    const { el } = await mount(rule(when), FIELDS);
    expect(deepAll(el, 'sc-raw-json-block')).to.have.length(1);
  });
});
