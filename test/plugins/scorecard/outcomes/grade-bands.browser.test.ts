import { expect } from 'chai';
import { activeElement, byLabel, click, deep, deepAll, enter, mount, section, settle, smallConfig, unmount } from './outcomes-fixtures.ts';

describe('sc-scorecard-outcomes: grade bands', () => {
  afterEach(unmount);

  it('shows one row per band with labelled controls', async () => {
    const { el } = await mount();
    const rows = deepAll(section(el, 'sc-grade-bands-editor'), 'tr[data-band]');
    expect(rows).to.have.length(4);
    expect(byLabel(el, 'input.min', 'Lowest total for grade B').value).to.equal('75');
    expect(byLabel(el, 'input.label', 'Label of grade B').value).to.equal('Good');
    expect(byLabel(el, 'input.color', 'Colour of grade B').value).to.equal('#1565c0');
    expect(deep(el, 'tr[data-band="1"] .swatch').style.background).to.not.equal('');
    expect(deep(el, 'tr[data-band="1"] .range').textContent!.trim()).to.equal('75 to under 90');
    expect(byLabel<HTMLButtonElement>(el, 'button', 'Move grade A up').disabled).to.equal(true);
  });

  it('editing the minimum, colour and coefficient fires the edited config, never changing the given one', async () => {
    const config = smallConfig();
    const original = structuredClone(config);
    const { el, changes } = await mount(config);
    await enter(byLabel(el, 'input.min', 'Lowest total for grade B'), '80');
    expect(changes).to.have.length(1);
    expect(changes[0]!.label).to.equal('Change grade minimum');
    expect(changes[0]!.config.grades.bands[1]!.min).to.equal(80);
    await enter(byLabel(el, 'input.color', 'Colour of grade B'), '#ff8800');
    expect(changes[1]!.label).to.equal('Change grade colour');
    expect(changes[1]!.config.grades.bands[1]).to.include({ min: 80, color: '#ff8800' });
    await enter(byLabel(el, 'input.coefficient', 'Bonus coefficient of grade B (empty: 1)'), '1.2');
    expect(changes[2]!.config.grades.bands[1]!.coefficient).to.equal(1.2);
    await enter(byLabel(el, 'input.coefficient', 'Bonus coefficient of grade B (empty: 1)'), '');
    expect(changes[3]!.config.grades.bands[1]).to.not.have.property('coefficient');
    expect(config).to.deep.equal(original);
  });

  it('an invalid number is marked and not applied', async () => {
    const { el, changes } = await mount();
    const input = byLabel(el, 'input.coefficient', 'Bonus coefficient of grade A (empty: 1)');
    await enter(input, '-1');
    expect(changes).to.have.length(0);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('edits the label in the display language only', async () => {
    const { el, changes, services } = await mount();
    await enter(byLabel(el, 'input.label', 'Label of grade A'), 'Outstanding');
    expect(changes[0]!.config.grades.bands[0]!.label).to.deep.equal({ en: 'Outstanding', 'zh-CN': '优秀' });
    services.i18n.setLocale('zh-CN');
    await settle();
    const zhInput = byLabel(el, 'input.label', '等级 A 的名称');
    expect(zhInput.value).to.equal('优秀');
    await enter(zhInput, '卓越');
    expect(changes[1]!.config.grades.bands[0]!.label).to.deep.equal({ en: 'Outstanding', 'zh-CN': '卓越' });
  });

  it('adds a band between neighbours with a distinct id, and focuses its label', async () => {
    const { el, changes } = await mount();
    await click(deep(section(el, 'sc-grade-bands-editor'), 'button.add'));
    expect(changes[0]!.label).to.equal('Add grade');
    expect(changes[0]!.config.grades.bands.map((b) => [b.id, b.min])).to.deep.equal([['A', 90], ['B', 75], ['C', 60], ['D+', 30], ['D', 0]]);
    expect(deepAll(section(el, 'sc-grade-bands-editor'), 'tr[data-band]')).to.have.length(5);
    expect(activeElement()?.getAttribute('aria-label')).to.equal('Label of grade D+');
  });

  it('removes a band (not the last one) and moves bands up and down, keeping the focus on the moved band', async () => {
    const { el, changes } = await mount();
    await click(byLabel<HTMLButtonElement>(el, 'button', 'Remove grade C'));
    expect(changes[0]!.config.grades.bands.map((b) => b.id)).to.deep.equal(['A', 'B', 'D']);
    await click(byLabel<HTMLButtonElement>(el, 'button', 'Move grade D up'));
    expect(changes[1]!.label).to.equal('Move grade');
    expect(changes[1]!.config.grades.bands.map((b) => [b.id, b.min])).to.deep.equal([['A', 90], ['D', 75], ['B', 0]]);
    expect(activeElement()?.getAttribute('aria-label')).to.equal('Move grade D up');
    await click(byLabel<HTMLButtonElement>(el, 'button', 'Move grade D up'));
    // At the top: the focus goes to "down", since "up" is disabled.
    expect(activeElement()?.getAttribute('aria-label')).to.equal('Move grade D down');
    await click(byLabel<HTMLButtonElement>(el, 'button', 'Remove grade A'));
    await click(byLabel<HTMLButtonElement>(el, 'button', 'Remove grade B'));
    expect(el.config!.grades.bands.map((b) => [b.id, b.min])).to.deep.equal([['D', 0]]);
    expect(byLabel<HTMLButtonElement>(el, 'button', 'Remove grade D').disabled).to.equal(true);
  });

  it('shows the problems validation finds for the grades inline, in the display language', async () => {
    const config = smallConfig();
    config.grades.bands[2]!.min = 80;
    const { el, services } = await mount(config);
    const problems = deep(el, 'tr.problem-row ul.problems');
    expect(problems.id).to.equal('band-problems-2');
    expect(problems.textContent).to.contain('Grades go best first');
    expect(byLabel(el, 'input.min', 'Lowest total for grade C').getAttribute('aria-describedby')).to.equal('band-problems-2');
    expect(byLabel(el, 'input.min', 'Lowest total for grade C').getAttribute('aria-invalid')).to.equal('true');
    services.i18n.setLocale('zh-CN');
    await settle();
    expect(deep(el, 'tr.problem-row ul.problems').textContent).to.contain('等级须从高到低排列');
  });

  it('renaming a band follows in forced shares', async () => {
    const config = smallConfig();
    config.grades.forced = { shares: [{ grade: 'A', share: 20 }, { grade: 'B', share: 30 }, { grade: 'C', share: 40 }, { grade: 'D', share: 10 }] };
    const { el, changes } = await mount(config);
    await enter(byLabel(el, 'input.id', 'Id of grade A'), 'S');
    expect(changes[0]!.label).to.equal('Rename grade');
    expect(changes[0]!.config.grades.bands[0]!.id).to.equal('S');
    expect(changes[0]!.config.grades.forced!.shares[0]).to.deep.equal({ grade: 'S', share: 20 });
    expect(byLabel(el, 'input.min', 'Lowest total for grade S').value).to.equal('90');
  });

  it('fires nothing when config is set from code', async () => {
    const { el, changes } = await mount();
    const next = smallConfig();
    next.grades.bands[0]!.min = 95;
    el.config = next;
    await settle();
    el.config = smallConfig();
    await settle();
    expect(changes).to.have.length(0);
    expect(byLabel(el, 'input.min', 'Lowest total for grade A').value).to.equal('90');
  });
});
