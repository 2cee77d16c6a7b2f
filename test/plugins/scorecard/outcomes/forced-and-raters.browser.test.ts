import { expect } from 'chai';
import { validateConfig } from '../../../../src/core/scorecard/validate.ts';
import { byLabel, click, deep, deepAll, enter, mount, section, settle, smallConfig, unmount } from './outcomes-fixtures.ts';

describe('sc-scorecard-outcomes: forced distribution', () => {
  afterEach(unmount);

  it('turns on with conventional percents over the grades, edits a share with a warning on the total, and turns off', async () => {
    const { el, changes } = await mount();
    const forced = section(el, 'sc-forced-distribution-editor');
    expect(deepAll(forced, 'input.share')).to.have.length(0);
    await click(deep(forced, 'input.forced-toggle'));
    expect(changes[0]!.label).to.equal('Turn on forced distribution');
    expect(changes[0]!.config.grades.forced).to.deep.equal({ shares: [{ grade: 'A', share: 10 }, { grade: 'B', share: 20 }, { grade: 'C', share: 60 }, { grade: 'D', share: 10 }] });
    expect(validateConfig(changes[0]!.config).valid).to.equal(true);
    expect(deep(forced, 'td.total').textContent).to.equal('100');
    expect(deep(forced, 'td.unit').textContent).to.equal('percent');
    expect(deepAll(forced, '.sum-warning')).to.have.length(0);

    await enter(byLabel(forced, 'input.share', 'Share of grade A'), '15');
    expect(changes[1]!.label).to.equal('Change grade share');
    expect(changes[1]!.config.grades.forced!.shares[0]).to.deep.equal({ grade: 'A', share: 15 });
    expect(deep(forced, 'td.total').textContent).to.equal('105');
    expect(deep(forced, '.sum-warning').textContent).to.contain('add up to 105; they must add up to 100 (percent) or 1 (fractions)');
    // The normalised share of each grade.
    expect(deep(forced, 'tr[data-grade="A"] td.percent').textContent).to.equal('14.3 %');

    await enter(byLabel(forced, 'input.share', 'Share of grade B'), '15');
    expect(deepAll(forced, '.sum-warning')).to.have.length(0);

    await click(deep(forced, 'input.forced-toggle'));
    expect(changes[3]!.label).to.equal('Turn off forced distribution');
    expect(changes[3]!.config.grades).to.not.have.property('forced');
    expect(deepAll(forced, 'input.share')).to.have.length(0);
  });

  it('accepts fractions, and lists a share for a missing grade with a way to remove it', async () => {
    const config = smallConfig();
    config.grades.forced = { shares: [{ grade: 'A', share: 0.2 }, { grade: 'B', share: 0.7 }, { grade: 'X', share: 0.1 }] };
    const { el, changes } = await mount(config);
    const forced = section(el, 'sc-forced-distribution-editor');
    expect(deep(forced, 'td.unit').textContent).to.equal('fractions');
    expect(byLabel(forced, 'input.share', 'Share of grade C').value).to.equal('0');
    expect(deep(forced, 'tr.unknown').textContent).to.contain('X (no such grade)');
    expect(deep(forced, 'ul.problems').textContent).to.contain('not one of the grades');
    await click(byLabel<HTMLButtonElement>(forced, 'button', 'Remove the share of X'));
    expect(changes[0]!.config.grades.forced!.shares.map((s) => s.grade)).to.deep.equal(['A', 'B']);
  });
});

describe('sc-scorecard-outcomes: 360-degree raters', () => {
  afterEach(unmount);

  it('enables default classes whose weights sum to 100 and shows their shares', async () => {
    const { el, changes } = await mount();
    const raters = section(el, 'sc-raters-editor');
    await click(deep(raters, 'input.raters-toggle'));
    expect(changes[0]!.label).to.equal('Turn on 360-degree raters');
    const classes = changes[0]!.config.raters!.classes;
    expect(classes.map((c) => [c.id, c.weight, c.source])).to.deep.equal([['superior', 40, 'superior'], ['peer', 30, 'peer'], ['customer', 20, 'customer'], ['self', 10, 'self']]);
    expect(validateConfig(changes[0]!.config).valid).to.equal(true);
    expect(deepAll(raters, 'td.share').map((td) => td.textContent)).to.deep.equal(['40.0 %', '30.0 %', '20.0 %', '10.0 %']);
    expect(byLabel(raters, 'input.name', 'Name of rater group superior').value).to.equal('Manager');
  });

  it('edits, adds and removes classes', async () => {
    const { el, changes } = await mount();
    const raters = section(el, 'sc-raters-editor');
    await click(deep(raters, 'input.raters-toggle'));
    await enter(byLabel(raters, 'input.weight', 'Weight of rater group self'), '30');
    expect(changes[1]!.label).to.equal('Change rater group weight');
    expect(changes[1]!.config.raters!.classes[3]!.weight).to.equal(30);
    expect(deepAll(raters, 'td.share').map((td) => td.textContent)).to.deep.equal(['33.3 %', '25.0 %', '16.7 %', '25.0 %']);
    await enter(byLabel(raters, 'input.name', 'Name of rater group peer'), 'Colleagues');
    expect(changes[2]!.config.raters!.classes[1]!.name).to.deep.equal({ en: 'Colleagues', 'zh-CN': '同事' });
    await enter(byLabel(raters, 'input.source', 'Record property with the ratings of peer'), 'colleagues');
    expect(changes[3]!.config.raters!.classes[1]!.source).to.equal('colleagues');
    await click(deep(raters, 'button.add'));
    expect(changes[4]!.label).to.equal('Add rater group');
    expect(changes[4]!.config.raters!.classes).to.have.length(5);
    expect(changes[4]!.config.raters!.classes[4]).to.include({ id: 'rater', source: 'rater' });
    await click(byLabel<HTMLButtonElement>(raters, 'button', 'Remove rater group customer'));
    expect(changes[5]!.config.raters!.classes.map((c) => c.id)).to.deep.equal(['superior', 'peer', 'self', 'rater']);
    await click(deep(raters, 'input.raters-toggle'));
    expect(changes[6]!.config).to.not.have.property('raters');
  });

  it('shows rater problems inline (two classes reading the same ratings)', async () => {
    const config = smallConfig();
    config.raters = { classes: [{ id: 'a', name: 'A', weight: 1, source: 'r' }, { id: 'b', name: 'B', weight: 0, source: 'r' }] };
    const { el } = await mount(config);
    const raters = section(el, 'sc-raters-editor');
    const text = deep(raters, '#rater-problems-1').textContent!;
    expect(text).to.contain('must be positive');
    expect(text).to.contain('each class needs its own source');
    expect(byLabel(raters, 'input.source', 'Record property with the ratings of b').getAttribute('aria-invalid')).to.equal('true');
    await settle();
  });
});
