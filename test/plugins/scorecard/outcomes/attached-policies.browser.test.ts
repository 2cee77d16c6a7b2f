import { expect } from 'chai';
import type { PolicyDocument } from '../../../../src/core/policy/types.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import { validateConfig } from '../../../../src/core/scorecard/validate.ts';
import serviceRules from '../../../fixtures/policy/service-rules.json';
import { activeElement, byLabel, click, createServices, deep, deepAll, enter, mount, section, settle, smallConfig, unmount, until } from './outcomes-fixtures.ts';

const RULES = serviceRules as unknown as PolicyDocument;

/** A scorecard that already has a rule with the id of the fixture's first rule. */
function withClash(): ScorecardConfig {
  return {
    ...smallConfig(),
    policies: [{ id: 'complaint-deduction', name: { en: 'Low satisfaction', 'zh-CN': '满意度过低' }, when: { '<': [{ var: 'satisfaction' }, 60] }, effect: { type: 'points', amount: -5 } }],
  };
}

function brokenTable(): PolicyDocument {
  const doc = structuredClone(RULES);
  (doc.rules[3] as unknown as { table: { rows: unknown } }).table.rows = null;
  return { ...doc, name: 'Broken' };
}

describe('sc-scorecard-outcomes: attached policies', () => {
  afterEach(unmount);

  it('says where to create a policy when the workspace has none, and offers one once it exists', async () => {
    const services = createServices();
    const { el } = await mount(smallConfig(), services);
    const policies = section(el, 'sc-attached-policies');
    expect(deep(policies, '.hint.none').textContent).to.contain('No service rules yet');
    expect(deep(policies, '.hint.empty').textContent).to.equal('There are no policies to attach yet. Create one in the Policies view.');
    expect(deepAll(policies, 'select.policy-document')).to.have.length(0);
    await services.workspace.createDocument('policy', 'Hotline rules', RULES);
    await until(() => deepAll(policies, 'select.policy-document').length === 1, 'the policy menu');
    expect(deepAll(policies, 'select.policy-document option').map((o) => o.textContent)).to.deep.equal(['Hotline rules']);
  });

  it('attaches a policy document: rules and decision-table rows appended, clashing ids renamed, declared fields added', async () => {
    const services = createServices();
    await services.workspace.createDocument('policy', 'Broken', brokenTable());
    const hotline = await services.workspace.createDocument('policy', 'Hotline rules', RULES);
    const config = withClash();
    const { el, changes } = await mount(config, services);
    const policies = section(el, 'sc-attached-policies');
    await enter(deep<HTMLSelectElement>(policies, 'select.policy-document'), hotline.id);
    await click(deep(policies, 'button.attach'));
    await until(() => changes.length === 1, 'the attach');
    const next = changes[0]!.config;
    expect(changes[0]!.label).to.equal('Attach policy');
    expect(next.policies!.map((p) => p.id)).to.deep.equal([
      'complaint-deduction', 'complaint-deduction-2', 'serious-complaint-cap', 'late-deduction', 'satisfaction-bonus#excellent', 'satisfaction-bonus#good',
    ]);
    expect(next.policies![4]).to.deep.include({ effect: { type: 'money', amount: 300, currency: 'CNY' } });
    expect(next.fields.map((f) => f.key)).to.deep.equal(['satisfaction', 'agentId', 'complaints', 'seriousComplaints', 'signIns']);
    expect(validateConfig(next).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(config.policies).to.have.length(1);
    const status = deep(policies, '.message');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Attached 5 rules from "Hotline rules".');
    expect(status.textContent).to.contain('complaint-deduction → complaint-deduction-2');
    expect(status.textContent).to.contain('Fields added: agentId, complaints, seriousComplaints, signIns.');
    // Listed in order, each with a plain-language summary that uses the field labels.
    const items = deepAll(policies, 'ol.policies > li');
    expect(items).to.have.length(6);
    expect(items[1]!.querySelector('.summary')!.textContent).to.contain('Complaints');
    expect(items[4]!.querySelector('.name')!.textContent).to.contain('Satisfaction bonus');
  });

  it('a document that cannot be expanded shows the error and changes nothing', async () => {
    const services = createServices();
    const broken = await services.workspace.createDocument('policy', 'Broken', brokenTable());
    await services.workspace.createDocument('policy', 'Hotline rules', RULES);
    const { el, changes } = await mount(smallConfig(), services);
    const policies = section(el, 'sc-attached-policies');
    await enter(deep<HTMLSelectElement>(policies, 'select.policy-document'), broken.id);
    await click(deep(policies, 'button.attach'));
    await until(() => deep(policies, '.message').textContent !== '', 'the message');
    const message = deep(policies, '.message');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain('Could not attach "Broken":');
    expect(changes).to.have.length(0);
    expect(el.config!.policies).to.equal(undefined);
  });

  it('switches a rule off and on, reorders and removes rules', async () => {
    const config = withClash();
    config.policies!.push({ id: 'cap', name: 'Cap at C', when: { '<': [{ var: 'satisfaction' }, 50] }, effect: { type: 'veto', mode: 'cap', grade: 'C' } });
    const { el, changes } = await mount(config);
    const policies = section(el, 'sc-attached-policies');
    const toggle = byLabel(policies, 'input.enabled', 'Apply rule "Cap at C"');
    expect(toggle.checked).to.equal(true);
    await click(toggle);
    expect(changes[0]!.label).to.equal('Switch rule on or off');
    expect(changes[0]!.config.policies![1]!.enabled).to.equal(false);
    expect(deep(policies, 'li[data-policy="1"] .summary').textContent).to.contain('(disabled)');
    await click(byLabel(policies, 'input.enabled', 'Apply rule "Cap at C"'));
    expect(changes[1]!.config.policies![1]).to.not.have.property('enabled');

    await click(byLabel<HTMLButtonElement>(policies, 'button', 'Move rule "Cap at C" up'));
    expect(changes[2]!.label).to.equal('Move rule');
    expect(changes[2]!.config.policies!.map((p) => p.id)).to.deep.equal(['cap', 'complaint-deduction']);
    expect(activeElement()?.getAttribute('aria-label')).to.equal('Move rule "Cap at C" down');
    expect(deep(policies, 'li[data-policy="0"] .summary').textContent).to.contain('Satisfactory');

    await click(byLabel<HTMLButtonElement>(policies, 'button', 'Remove rule "Low satisfaction"'));
    expect(changes[3]!.label).to.equal('Remove rule');
    expect(changes[3]!.config.policies!.map((p) => p.id)).to.deep.equal(['cap']);
  });

  it('shows rule problems inline, such as a cap at a grade that does not exist', async () => {
    const config = smallConfig();
    config.policies = [{ id: 'cap', name: 'Cap', when: true, effect: { type: 'veto', mode: 'cap', grade: 'Z' } }];
    const { el } = await mount(config);
    expect(deep(section(el, 'sc-attached-policies'), 'li[data-policy="0"] ul.problems').textContent).to.contain('"Z", which is not one of the grades');
  });
});

describe('sc-scorecard-outcomes: language', () => {
  afterEach(unmount);

  it('shows Chinese labels, hints and summaries after a locale switch', async () => {
    const services = createServices();
    const config = withClash();
    config.grades.forced = { shares: [{ grade: 'A', share: 20 }, { grade: 'B', share: 70 }, { grade: 'C', share: 5 }] };
    const { el } = await mount(config, services);
    expect(deep(el, '#grades-heading').textContent).to.equal('Grades');
    services.i18n.setLocale('zh-CN');
    await settle();
    expect(deepAll(el, 'h3').map((h) => h.textContent)).to.deep.equal(['考核等级', '强制分布', '360 度评价', '服务规则']);
    expect(byLabel(el, 'input.min', '等级 B 的起点分').value).to.equal('75');
    expect(byLabel(el, 'input.label', '等级 B 的名称').value).to.equal('良好');
    const forced = section(el, 'sc-forced-distribution-editor');
    expect(deep(forced, '.sum-warning').textContent).to.contain('各等级比例合计为 95');
    const policies = section(el, 'sc-attached-policies');
    expect(deep(policies, '.summary').textContent).to.contain('满意度');
    expect(deep(policies, '.hint.empty').textContent).to.contain('规则集');
    expect(byLabel(policies, 'input.enabled', '启用规则“满意度过低”')).to.exist;
  });
});
