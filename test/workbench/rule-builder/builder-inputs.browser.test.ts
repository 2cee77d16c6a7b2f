import { expect } from 'chai';
import type { FieldInfo } from '../../../src/core/policy/builder/types.ts';
import { byName, choose, deep, deepAll, FIELDS, mount, rows, rule, settle, unmount } from './builder-fixtures.ts';

describe('condition builder: typed inputs', () => {
  afterEach(unmount);

  it('offers the values of a category field in a select', async () => {
    const { el, changes } = await mount(rule({ '==': [{ var: 'team' }, 'B'] }));
    const value = byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Value');
    expect([...value.options].map((o) => o.value)).to.deep.equal(['A', 'B', 'C']);
    expect(value.value).to.equal('B');
    await choose(value, 'C');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '==': [{ var: 'team' }, 'C'] });
  });

  it('draws a time field with a time input (HH:mm) and a date field with a date input', async () => {
    const { el, changes } = await mount(rule({ and: [{ '>': [{ var: 'checkIn' }, '08:30'] }, { '<': [{ var: 'hireDate' }, '2026-01-01'] }] }));
    const time = byName<HTMLInputElement>(rows(el)[0]!, 'input', 'Value');
    expect(time.type).to.equal('time');
    expect(time.value).to.equal('08:30');
    const date = byName<HTMLInputElement>(rows(el)[1]!, 'input', 'Value');
    expect(date.type).to.equal('date');
    expect(date.value).to.equal('2026-01-01');
    await choose(time, '09:05');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [{ '>': [{ var: 'checkIn' }, '09:05'] }, { '<': [{ var: 'hireDate' }, '2026-01-01'] }] });
  });

  it('shows a number with its unit, an integer as a whole number, a yes/no field as true/false', async () => {
    const { el, changes } = await mount(rule({ and: [{ '<': [{ var: 'satisfaction' }, 80] }, { '>': [{ var: 'complaints' }, 2] }, { '==': [{ var: 'vip' }, true] }] }));
    const [number, integer, bool] = rows(el);
    expect(byName<HTMLInputElement>(number!, 'input', 'Value').type).to.equal('number');
    expect(deep(number!, '.unit').textContent!.trim()).to.equal('points');
    const whole = byName<HTMLInputElement>(integer!, 'input', 'Value');
    expect(whole.step).to.equal('1');
    // A fraction for an integer field is refused, not applied.
    const before = changes.length;
    await choose(whole, '2.5');
    expect(changes.length).to.equal(before);
    expect(whole.classList.contains('invalid')).to.equal(true);
    const yesNo = byName<HTMLSelectElement>(bool!, 'select', 'Value');
    expect([...yesNo.options].map((o) => o.value)).to.deep.equal(['true', 'false']);
    await choose(yesNo, 'false');
    expect((changes.at(-1)!.rule.when as { and: unknown[] }).and[2]).to.deep.equal({ '==': [{ var: 'vip' }, false] });
  });

  it('offers operators by field type and keeps the value when switching to between and to "is one of"', async () => {
    const { el, changes } = await mount(rule({ '>': [{ var: 'complaints' }, 2] }));
    const operator = () => byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Operator');
    expect([...operator().options].map((o) => o.value)).to.include.members(['>', '>=', '<', '<=', '==', '!=', 'between']);
    await choose(operator(), 'between');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '<=': [2, { var: 'complaints' }, 2] });
    await choose(byName<HTMLInputElement>(rows(el)[0]!, 'input', 'To'), '5');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '<=': [2, { var: 'complaints' }, 5] });

    // A category field: "is one of" with a toggle per value.
    const picker = deep(rows(el)[0]!, 'sc-field-picker');
    byName<HTMLButtonElement>(picker, 'button', 'Show fields').click();
    await settle();
    deepAll(picker, '[role=option]').find((o) => o.dataset.key === 'team')!.click();
    await settle();
    expect([...operator().options].map((o) => o.value)).to.include.members(['==', '!=', 'in', 'not-in']);
    await choose(operator(), 'in');
    const toggles = deepAll<HTMLInputElement>(rows(el)[0]!, '.toggle input');
    expect(toggles.map((t) => t.parentElement!.textContent!.trim())).to.deep.equal(['A', 'B', 'C']);
    // The compared value (retyped to the category's first value when the field changed) starts the list.
    expect(changes.at(-1)!.rule.when).to.deep.equal({ in: [{ var: 'team' }, ['A']] });
    expect(toggles.map((t) => t.checked)).to.deep.equal([true, false, false]);
    deepAll<HTMLInputElement>(rows(el)[0]!, '.toggle input')[2]!.click();
    await settle();
    expect(changes.at(-1)!.rule.when).to.deep.equal({ in: [{ var: 'team' }, ['A', 'C']] });
    await choose(operator(), 'not-in');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '!': { in: [{ var: 'team' }, ['A', 'C']] } });
  });

  it('accepts a field path that is not in the list', async () => {
    const { el, changes } = await mount(rule({ '>': [{ var: 'complaints' }, 0] }));
    const input = deep<HTMLInputElement>(deep(rows(el)[0]!, 'sc-field-picker'), 'input');
    input.focus();
    input.value = 'agent.tenureYears';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle();
    input.blur();
    await settle();
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '>': [{ var: 'agent.tenureYears' }, 0] });
  });

  it('draws date and time operators as functions with one labelled input per argument', async () => {
    const { el, changes } = await mount(rule({ 'time.after': [{ var: 'checkIn' }, '08:30'] }));
    const operator = byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Operator');
    expect(operator.value).to.equal('call:time.after');
    expect(operator.selectedOptions[0]!.textContent!.trim()).to.equal('Later than');
    const limit = byName<HTMLInputElement>(rows(el)[0]!, 'input', 'Limit (HH:mm)');
    expect(limit.type).to.equal('time');
    await choose(limit, '09:00');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ 'time.after': [{ var: 'checkIn' }, '09:00'] });
  });

  it('switches a value to a field or a calculation, and back to a constant', async () => {
    const { el, changes } = await mount(rule({ '>': [{ var: 'complaints' }, 2] }));
    await choose(byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Kind of Value'), 'arith');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '>': [{ var: 'complaints' }, { '*': [2, 1] }] });
    await choose(byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Operation'), 'max');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '>': [{ var: 'complaints' }, { max: [2, 1] }] });
    byName<HTMLButtonElement>(rows(el)[0]!, 'button', 'Add operand').click();
    await settle();
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '>': [{ var: 'complaints' }, { max: [2, 1, 0] }] });
    await choose(byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Kind of Value'), 'if');
    const when = changes.at(-1)!.rule.when as { '>': [unknown, { if: unknown[] }] };
    expect(when['>'][1].if).to.have.length(3);
    await choose(byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Kind of Value'), 'literal');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ '>': [{ var: 'complaints' }, 0] });
  });

  it('counts the items of a list field: picking the list makes "count of its items where …", typed after its items', async () => {
    const signIns: FieldInfo = { key: 'signIns', type: 'list', items: 'time', label: { en: 'Clock-ins', 'zh-CN': '签到记录' } };
    const { el, changes } = await mount(rule({ '>': [{ var: 'complaints' }, 0] }), [...FIELDS, signIns]);
    const input = deep<HTMLInputElement>(deep(rows(el)[0]!, 'sc-field-picker'), 'input');
    input.focus();
    input.value = 'signIns';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle();
    input.blur();
    await settle();
    const count = (limit: string, times: number): unknown => ({
      '>': [{ reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [{ 'time.after': [{ var: 'current' }, limit] }, 1, 0] }] }, 0] }, times],
    });
    expect(changes.at(-1)!.rule.when).to.deep.equal(count('09:00', 0));
    // The item condition offers the item only, as a time, with a time input for the limit.
    const inner = rows(el)[1]!;
    expect(deep<HTMLInputElement>(deep(inner, 'sc-field-picker'), 'input').value).to.equal('The item');
    const limit = byName<HTMLInputElement>(inner, 'input', 'Limit (HH:mm)');
    expect(limit.type).to.equal('time');
    await choose(limit, '08:30');
    expect(changes.at(-1)!.rule.when).to.deep.equal(count('08:30', 0));
    await choose(byName<HTMLInputElement>(rows(el)[0]!, 'input', 'Value'), '3');
    expect(changes.at(-1)!.rule.when).to.deep.equal(count('08:30', 3));
    expect(byName<HTMLSelectElement>(rows(el)[0]!, 'select', 'Kind of Compared value').value).to.equal('count');
  });

  it('draws some/all/none with a nested condition over each item ({"var": ""} is the item)', async () => {
    const { el, changes } = await mount(rule({ some: [{ var: 'scores' }, { '<': [{ var: '' }, 60] }] }, { effect: { type: 'flag', flag: 'low' } }));
    const quantifier = byName<HTMLSelectElement>(el, 'select', 'Which items');
    expect(quantifier.value).to.equal('some');
    const inner = rows(el)[1]!;
    expect(deep<HTMLInputElement>(deep(inner, 'sc-field-picker'), 'input').value).to.equal('The item');
    await choose(byName<HTMLInputElement>(inner, 'input', 'Value'), '50');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ some: [{ var: 'scores' }, { '<': [{ var: '' }, 50] }] });
    await choose(byName<HTMLSelectElement>(el, 'select', 'Which items'), 'all');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ all: [{ var: 'scores' }, { '<': [{ var: '' }, 50] }] });
  });
});

describe('condition builder: raw JSON', () => {
  afterEach(unmount);

  const UNKNOWN = { 'acme.weightedAvg': [{ var: 'a' }, 2] };

  it('keeps an unknown operator through other edits and shows it as editable JSON', async () => {
    const { el, changes } = await mount(rule({ and: [UNKNOWN, { '>': [{ var: 'complaints' }, 0] }] }));
    const textarea = deep<HTMLTextAreaElement>(el, 'sc-raw-json-block');
    const area = deep<HTMLTextAreaElement>(textarea, 'textarea');
    expect(JSON.parse(area.value)).to.deep.equal(UNKNOWN);
    await choose(byName<HTMLInputElement>(rows(el)[1]!, 'input', 'Value'), '4');
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [UNKNOWN, { '>': [{ var: 'complaints' }, 4] }] });
  });

  it('rejects invalid JSON on blur without firing or losing the text, and applies valid JSON', async () => {
    const { el, changes } = await mount(rule({ and: [UNKNOWN] }));
    const block = deep(el, 'sc-raw-json-block');
    const area = () => deep<HTMLTextAreaElement>(block, 'textarea');
    area().focus();
    area().value = '{"acme.weightedAvg": [{"var": "a"}, 2';
    area().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    area().blur();
    await settle();
    expect(changes).to.have.length(0);
    expect(deep(block, '[role=alert]').textContent).to.contain('Not valid JSON');
    expect(area().value).to.equal('{"acme.weightedAvg": [{"var": "a"}, 2');
    expect(area().getAttribute('aria-invalid')).to.equal('true');

    area().focus();
    area().value = '{"acme.weightedAvg": [{"var": "b"}, 3]}';
    area().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    area().blur();
    await settle();
    expect(changes).to.have.length(1);
    expect(changes[0]!.label).to.equal('Edit JSON');
    expect(changes[0]!.rule.when).to.deep.equal({ and: [{ 'acme.weightedAvg': [{ var: 'b' }, 3] }] });
    expect(deepAll(block, '[role=alert]')).to.have.length(0);
  });
});
