import { expect } from 'chai';
import type { FieldInfo } from '../../../../src/core/policy/builder/types.ts';
import manifest from '../../../../plugins/service-operators/plugin.json';
import svcEn from '../../../../plugins/service-operators/l10n/en.json';
import '../../../../plugins/service-operators/ratio-widget.ts';
import { deep, deepAll, rule, settle, unmount } from '../../../workbench/rule-builder/builder-fixtures.ts';
import { createPolicyServices, mountRuleEditor } from './rule-editor-fixtures.ts';

// How the builder draws plugin operators is tested with the builder (test/workbench/rule-builder);
// here, what the rule editor adds: its summary, and following the workbench's operators as they change.
const FIELDS: FieldInfo[] = [
  { key: 'resolved', type: 'integer', label: { en: 'Resolved at first contact', 'zh-CN': '首次解决数' } },
  { key: 'contacts', type: 'integer', label: { en: 'Contacts', 'zh-CN': '接待数' } },
];

describe('plugin operators in the rule editor', () => {
  afterEach(unmount);

  it('reads a declared operator by its label in the summary, and shows it as JSON once its plugin is gone', async () => {
    const services = createPolicyServices();
    services.i18n.registerCatalog('en', svcEn);
    const registrations = manifest.contributes.operators.map((op) => services.domainContributions.register('operators', op, 'service-operators'));
    const when = { '>=': [{ 'svc.percent': [{ var: 'resolved' }, { var: 'contacts' }] }, 80] };
    const { el } = await mountRuleEditor(rule(when), FIELDS, services);
    expect(deep(el, '.summary').textContent).to.contain('Percent of');
    expect(deepAll(el, 'svc-ratio-widget')).to.have.length(1);

    // The plugin is disabled: its operators leave the workbench's engine and the editor redraws.
    for (const r of registrations) r.dispose();
    await settle();
    expect(deepAll(el, 'svc-ratio-widget')).to.have.length(0);
    expect(deepAll(el, 'sc-raw-json-block')).to.have.length(1);
  });
});
