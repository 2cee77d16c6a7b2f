import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { activeElement, byName, choose, deep, deepAll, rows, rule, settle, unmount } from '../../../workbench/rule-builder/builder-fixtures.ts';
import { mountRuleEditor as mount } from './rule-editor-fixtures.ts';

describe('condition rule editor: building by clicks', () => {
  afterEach(unmount);

  it('builds "complaints > 0 → deduct 10 per complaint" and reports each step with an undo label', async () => {
    const { el, changes } = await mount(rule({ and: [] }, { effect: { type: 'points', amount: 0 } }));

    byName(el, 'button', 'Add condition').click();
    await settle();
    expect(rows(el)).to.have.length(1);

    // The new condition is on the first field; pick "Complaints" from the field list.
    const picker = deep(rows(el)[0]!, 'sc-field-picker');
    byName<HTMLButtonElement>(picker, 'button', 'Show fields').click();
    await settle();
    const option = deepAll(picker, '[role=option]').find((o) => o.dataset.key === 'complaints')!;
    expect(option.textContent).to.contain('Complaints');
    option.click();
    await settle();

    await choose(byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Operator'), '>');
    await choose(byName<HTMLInputElement>(rows(el)[0]!, 'input', 'Value'), '0');

    // Amount: a calculation of the complaints field times -10.
    const effect = deep(el, 'sc-effect-editor');
    await choose(byName<HTMLSelectElement>(effect, 'select', 'Kind of Amount'), 'arith');
    await choose(byName<HTMLSelectElement>(effect, 'select', 'Kind of Operand 1'), 'field');
    const operandPicker = deep(effect, 'sc-field-picker');
    byName<HTMLButtonElement>(operandPicker, 'button', 'Show fields').click();
    await settle();
    deepAll(operandPicker, '[role=option]').find((o) => o.dataset.key === 'complaints')!.click();
    await settle();
    await choose(byName<HTMLInputElement>(effect, 'input', 'Operand 2'), '-10');

    const last = changes[changes.length - 1]!;
    expect(last.rule.when).to.deep.equal({ and: [{ '>': [{ var: 'complaints' }, 0] }] });
    expect(last.rule.effect).to.deep.equal({ type: 'points', amount: { '*': [{ var: 'complaints' }, -10] } });
    expect(last.rule.id).to.equal('r1');
    expect(changes.map((c) => c.label)).to.include.members(['Add condition', 'Change field', 'Change operator', 'Change kind of value', 'Change value']);
    expect(changes[0]!.label).to.equal('Add condition');
    // The plain-language line follows the rule.
    expect(deep(el, '.summary').textContent).to.contain('deduct 10 points');
  });

  it('adds a group, changes how it combines, wraps, duplicates and deletes conditions by their buttons', async () => {
    const A = { '==': [{ var: 'team' }, 'A'] };
    const { el, changes } = await mount(rule({ and: [A] }));
    byName(el, 'button', 'Add group').click();
    await settle();
    expect(changes.at(-1)!.label).to.equal('Add group');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [A, { or: [{ '>': [{ var: 'satisfaction' }, 0] }] }] });
    await choose(byName<HTMLSelectElement>(el, 'select', 'How the conditions of Group 2 of 2 combine'), 'none');
    expect(changes.at(-1)!.label).to.equal('Change group logic');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [A, { '!': { or: [{ '>': [{ var: 'satisfaction' }, 0] }] } }] });
    byName(el, 'button', 'Wrap Condition 1 of 2 in a group').click();
    await settle();
    expect(changes.at(-1)!.label).to.equal('Wrap in group');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [{ and: [A] }, { '!': { or: [{ '>': [{ var: 'satisfaction' }, 0] }] } }] });
    byName(el, 'button', 'Duplicate Group 2 of 2').click();
    await settle();
    expect((changes.at(-1)!.rule.when as { and: unknown[] }).and).to.have.length(3);
    byName(el, 'button', 'Delete Group 1 of 3').click();
    await settle();
    byName(el, 'button', 'Delete Group 1 of 2').click();
    await settle();
    expect(changes.at(-1)!.label).to.equal('Delete condition');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [{ '!': { or: [{ '>': [{ var: 'satisfaction' }, 0] }] } }] });
  });

  it('edits the name in the current language only, toggles enabled and the comment', async () => {
    const { el, changes, services } = await mount(rule({ '>': [{ var: 'complaints' }, 0] }));
    const name = byName<HTMLInputElement>(el, 'input', 'Rule name');
    expect(name.value).to.equal('Complaints');
    await choose(name, 'Each complaint');
    expect(changes.at(-1)!.rule.name).to.deep.equal({ en: 'Each complaint', 'zh-CN': '投诉扣分' });
    expect(changes.at(-1)!.label).to.equal('Rename rule');

    const enabled = byName<HTMLInputElement>(el, 'label', 'Enabled').querySelector('input')!;
    enabled.click();
    await settle();
    expect(changes.at(-1)!.rule.enabled).to.equal(false);
    expect(changes.at(-1)!.label).to.equal('Disable rule');
    expect(deep(el, '.summary').classList.contains('off')).to.equal(true);

    const toggle = byName<HTMLButtonElement>(el, 'button', 'Comment');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await choose(byName<HTMLTextAreaElement>(el, 'textarea', 'Comment'), 'Agreed with the team leads');
    expect(changes.at(-1)!.rule.comment).to.equal('Agreed with the team leads');

    services.i18n.setLocale('zh-CN');
    await settle();
    await choose(byName<HTMLInputElement>(el, 'input', '规则名称'), '每次投诉');
    expect(changes.at(-1)!.rule.name).to.deep.equal({ en: 'Each complaint', 'zh-CN': '每次投诉' });
  });

  it('asks the host to duplicate or delete the rule', async () => {
    const { el, changes } = await mount(rule({ '>': [{ var: 'complaints' }, 0] }));
    const events: string[] = [];
    el.addEventListener('rule-duplicate', () => events.push('duplicate'));
    el.addEventListener('rule-delete', () => events.push('delete'));
    byName<HTMLButtonElement>(el, 'button', 'Duplicate rule').click();
    byName<HTMLButtonElement>(el, 'button', 'Delete rule').click();
    expect(events).to.deep.equal(['duplicate', 'delete']);
    expect(changes).to.have.length(0);
  });

  it('keeps a lone condition unwrapped and fires nothing for programmatic changes', async () => {
    const { el, changes } = await mount(rule({ '>': [{ var: 'complaints' }, 0] }));
    el.rule = rule({ '>=': [{ var: 'complaints' }, 2] });
    await settle();
    expect(changes).to.have.length(0);
    await choose(byName<HTMLInputElement>(rows(el)[0]!, 'input', 'Value'), '3');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '>=': [{ var: 'complaints' }, 3] });
    byName(el, 'button', 'Add condition').click();
    await settle();
    expect((changes.at(-1)!.rule.when as { and: unknown[] }).and).to.have.length(2);
  });

  it('edits the effect: money with currency, veto cap with grade, flag with severity, points bounds', async () => {
    const { el, changes } = await mount(rule({ '>': [{ var: 'complaints' }, 0] }));
    const effect = () => deep(el, 'sc-effect-editor');
    const type = () => byName<HTMLSelectElement>(effect(), 'label', 'Effect').querySelector('select')!;
    await choose(byName<HTMLInputElement>(effect(), 'label', 'At most').querySelector('input')!, '0');
    await choose(byName<HTMLInputElement>(effect(), 'label', 'At least').querySelector('input')!, '-30');
    expect(changes.at(-1)!.rule.effect).to.deep.equal({ type: 'points', amount: -5, min: -30, max: 0 });
    await choose(type(), 'money');
    expect(changes.at(-1)!.rule.effect).to.deep.equal({ type: 'money', amount: -5 });
    await choose(byName<HTMLInputElement>(effect(), 'label', 'Currency').querySelector('input')!, 'cny');
    expect(changes.at(-1)!.rule.effect).to.deep.equal({ type: 'money', amount: -5, currency: 'CNY' });
    await choose(type(), 'veto-cap');
    await choose(byName<HTMLInputElement>(effect(), 'label', 'Highest grade').querySelector('input')!, 'C');
    expect(changes.at(-1)!.rule.effect).to.deep.equal({ type: 'veto', mode: 'cap', grade: 'C' });
    await choose(type(), 'veto-void');
    expect(changes.at(-1)!.rule.effect).to.deep.equal({ type: 'veto', mode: 'void' });
    await choose(type(), 'flag');
    await choose(byName<HTMLInputElement>(effect(), 'label', 'Flag').querySelector('input')!, 'review');
    await choose(byName<HTMLSelectElement>(effect(), 'label', 'Severity').querySelector('select')!, 'error');
    expect(changes.at(-1)!.rule.effect).to.deep.equal({ type: 'flag', flag: 'review', severity: 'error' });
    expect(changes.at(-1)!.label).to.equal('Change severity');
  });

  it('renders in Chinese after a locale switch, summary included', async () => {
    const { el, services } = await mount(rule({ and: [{ '>': [{ var: 'complaints' }, 0] }, { '==': [{ var: 'team' }, 'A'] }] }));
    const englishSummary = deep(el, '.summary').textContent!.trim();
    expect(byName(el, 'button', 'Add condition')).to.exist;
    services.i18n.setLocale('zh-CN');
    await settle();
    expect(byName(el, 'button', '添加条件')).to.exist;
    expect(byName(el, 'button', '添加条件组')).to.exist;
    expect(byName<HTMLInputElement>(el, 'input', '规则名称').value).to.equal('投诉扣分');
    expect(deep(el, 'h3').textContent!.trim()).to.equal('条件');
    const summary = deep(el, '.summary').textContent!.trim();
    expect(summary).to.not.equal(englishSummary);
    expect(summary).to.match(/[\u4e00-\u9fff]/);
    expect(summary).to.contain('投诉数');
    const operator = byName<HTMLSelectElement>(rows(el)[0]!, 'select', '运算符');
    expect(operator.selectedOptions[0]!.textContent!.trim()).to.equal('> 大于');
    // Field labels follow the language too.
    expect(deep<HTMLInputElement>(deep(rows(el)[0]!, 'sc-field-picker'), 'input').value).to.equal('投诉数');
    expect(activeElement()).to.not.equal(null);
  });
});

describe('condition rule editor: keyboard only', () => {
  afterEach(unmount);

  it('reaches every control by Tab, header and effect included, each with an accessible name', async () => {
    const TEAM_A = { '==': [{ var: 'team' }, 'A'] };
    const { el } = await mount(rule({ and: [TEAM_A, { or: [{ '>': [{ var: 'complaints' }, 0] }] }] }));
    const controls = deepAll(el, 'input, select, textarea, button').filter((c) => !c.hidden && !c.closest('[hidden]') && c.tabIndex >= 0);
    for (const c of controls) {
      const named = c.getAttribute('aria-label') || c.textContent?.trim() || c.closest('label')?.textContent?.trim();
      expect(named, c.outerHTML).to.not.equal('');
      expect(named, c.outerHTML).to.not.equal(undefined);
    }
    // Tab walks through all of them in order (the focus ring is the browser's :focus-visible outline).
    byName<HTMLInputElement>(el, 'input', 'Rule name').focus();
    const seen = new Set<Element>();
    for (let i = 0; i < controls.length + 5; i++) {
      const active = activeElement();
      if (active) seen.add(active);
      await sendKeys({ press: 'Tab' });
    }
    const visible = controls.filter((c) => !(c instanceof HTMLTextAreaElement && c.closest('[hidden]')));
    expect(visible.filter((c) => !seen.has(c)).map((c) => c.getAttribute('aria-label') ?? c.textContent?.trim())).to.deep.equal([]);
  });
});
