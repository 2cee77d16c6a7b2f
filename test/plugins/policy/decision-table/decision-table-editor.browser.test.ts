import { expect } from 'chai';
import { MemoryStorageService } from '../../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import type { FieldInfo } from '../../../../src/core/policy/builder/types.ts';
import type { TableRule } from '../../../../src/core/policy/types.ts';
import en from '../../../../plugins/policy/l10n/table.en.json';
import zh from '../../../../plugins/policy/l10n/table.zh-CN.json';
import { DecisionTableEditorElement } from '../../../../plugins/policy/decision-table/decision-table-editor.ts';

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

const FIELDS: FieldInfo[] = [
  { key: 'complaints', type: 'integer', label: { en: 'complaints', 'zh-CN': '投诉次数' } },
  { key: 'channel', type: 'category', values: ['phone', 'email', 'chat'], label: { en: 'channel', 'zh-CN': '渠道' } },
  { key: 'vip', type: 'boolean' },
];

/** complaints ≤ 3 → 0; complaints > 3 by email or chat → -5: nothing covers "> 3 by phone". */
function gapRule(): TableRule {
  return {
    id: 'svc',
    name: 'Service',
    table: {
      hitPolicy: 'unique',
      inputs: [
        { id: 'c', expression: { var: 'complaints' }, type: 'number', min: 0 },
        { id: 'ch', expression: { var: 'channel' }, type: 'category', values: ['phone', 'email', 'chat'] },
      ],
      output: { type: 'points' },
      rows: [
        { id: 'row1', cells: [{ op: '<=', value: 3 }, { op: 'any' }], output: 0 },
        { id: 'row2', cells: [{ op: '>', value: 3 }, { op: 'in', values: ['email', 'chat'] }], output: -5 },
      ],
    },
  };
}

type Change = { rule: TableRule; label: string };
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('sc-decision-table-editor', () => {
  let el: DecisionTableEditorElement | undefined;
  let services: WorkbenchServices;
  let changes: Change[];
  afterEach(() => {
    el?.remove();
    el = undefined;
  });

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await tick();
      await el!.updateComplete;
      await el!.renderRoot.querySelector('sc-decision-table-analysis')?.updateComplete;
    }
  }

  async function mount(rule: TableRule = gapRule()): Promise<ShadowRoot> {
    services = createServices();
    changes = [];
    el = new DecisionTableEditorElement();
    el.services = services;
    el.fields = FIELDS;
    el.rule = rule;
    el.addEventListener('rule-change', (e) => changes.push((e as CustomEvent<Change>).detail));
    document.body.append(el);
    await settle();
    return el.shadowRoot!;
  }

  const cell = (root: ShadowRoot, row: number, col: number) => root.querySelector<HTMLElement>(`tbody [data-row="${row}"][data-col="${col}"]`)!;
  const analysisRoot = (root: ShadowRoot) => root.querySelector('sc-decision-table-analysis')!.shadowRoot!;
  const gapTexts = (root: ShadowRoot) => [...analysisRoot(root).querySelectorAll('ul.gaps li .text')].map((li) => li.textContent!.trim());
  const press = (target: Element, key: string, init: KeyboardEventInit = {}) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
  const rowIds = (rule: TableRule) => rule.table.rows.map((r) => r.id);

  async function change(control: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  }

  it('renders an accessible grid: one column per input, the output, row headers and labelled controls', async () => {
    const root = await mount();
    const grid = root.querySelector('table[role=grid]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Decision table Service');
    expect(grid.querySelectorAll('tbody tr[role=row]')).to.have.length(2);
    expect(grid.querySelectorAll('thead th')).to.have.length(5); // #, complaints, channel, output, actions
    expect(cell(root, 0, 0).getAttribute('role')).to.equal('rowheader');
    expect(cell(root, 0, 1).getAttribute('role')).to.equal('gridcell');
    const op = cell(root, 0, 1).querySelector('select.op')!;
    expect(op.getAttribute('aria-label')).to.equal('Condition, row 1, complaints');
    expect((op as HTMLSelectElement).selectedOptions[0]!.textContent).to.equal('≤');
    expect(cell(root, 0, 2).querySelector<HTMLSelectElement>('select.op')!.selectedOptions[0]!.textContent).to.equal('-');
    // only one cell is the grid's Tab stop
    expect(grid.querySelectorAll('[tabindex="0"][data-row]')).to.have.length(1);
  });

  it('editing a cell fires rule-change with the new table and an undo label', async () => {
    const root = await mount();
    await change(cell(root, 1, 1).querySelector<HTMLInputElement>('input.value')!, '5');
    expect(changes).to.have.length(1);
    expect(changes[0]!.label).to.equal('Edit cell');
    expect(changes[0]!.rule.table.rows[1]!.cells[0]).to.deep.equal({ op: '>', value: 5 });
    expect(changes[0]!.rule.table.rows[0]).to.deep.equal(gapRule().table.rows[0]);

    await change(cell(root, 0, 1).querySelector<HTMLSelectElement>('select.op')!, 'between');
    expect(changes[1]!.rule.table.rows[0]!.cells[0]).to.deep.equal({ op: 'between', min: 3, max: 3 });
    // the category column offers its values as a multi-select
    const multi = cell(root, 1, 2).querySelector<HTMLSelectElement>('select[multiple]')!;
    multi.options[0]!.selected = true;
    multi.dispatchEvent(new Event('change'));
    await settle();
    expect(changes[2]!.rule.table.rows[1]!.cells[1]).to.deep.equal({ op: 'in', values: ['phone', 'email', 'chat'] });
  });

  it('a number cell refuses text that is not a number and fires nothing', async () => {
    const root = await mount();
    const input = cell(root, 1, 1).querySelector<HTMLInputElement>('input.value')!;
    await change(input, 'lots');
    expect(changes).to.have.length(0);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('setting the rule programmatically fires nothing and shows the new rule (as after an undo)', async () => {
    const root = await mount();
    el!.rule = { ...gapRule(), name: 'Other' };
    await settle();
    expect(changes).to.have.length(0);
    const hitPolicy = root.querySelector<HTMLSelectElement>('select.hit-policy')!;
    const op = cell(root, 0, 1).querySelector<HTMLSelectElement>('select.op')!;
    await change(hitPolicy, 'first');
    await change(op, '>');
    expect(changes).to.have.length(2);
    el!.rule = gapRule();
    await settle();
    expect(changes).to.have.length(2);
    expect(root.querySelector<HTMLSelectElement>('select.hit-policy')!.value).to.equal('unique');
    expect(cell(root, 0, 1).querySelector<HTMLSelectElement>('select.op')!.value).to.equal('<=');
  });

  it('keeps one Tab stop when the active row goes away', async () => {
    const root = await mount();
    cell(root, 1, 2).focus();
    await settle();
    el!.rule = { ...gapRule(), table: { ...gapRule().table, rows: gapRule().table.rows.slice(0, 1) } };
    await settle();
    expect(root.querySelectorAll('tbody [tabindex="0"]')).to.have.length(1);
    expect(cell(root, 0, 2).getAttribute('tabindex')).to.equal('0');
  });

  it('"Show" on a finding moves the focus to the cell it is about', async () => {
    const rule = gapRule();
    rule.table.rows[1]!.output = 'lots';
    const root = await mount(rule);
    const show = [...analysisRoot(root).querySelectorAll<HTMLButtonElement>('ul.findings button')][0]!;
    show.click();
    await settle();
    expect(root.activeElement).to.equal(cell(root, 1, 3));
    expect(cell(root, 1, 3).classList.contains('problem')).to.equal(true);
  });

  it('Alt+ArrowUp/Down move the focused row, Ctrl+D duplicates it, Delete on the row number removes it', async () => {
    const root = await mount();
    const output = cell(root, 1, 3).querySelector('input')!;
    output.focus();
    press(output, 'ArrowUp', { altKey: true });
    await settle();
    expect(changes.at(-1)!.label).to.equal('Move row');
    expect(rowIds(changes.at(-1)!.rule)).to.deep.equal(['row2', 'row1']);
    expect(root.activeElement).to.equal(cell(root, 0, 3));

    press(root.activeElement!, 'ArrowDown', { altKey: true });
    await settle();
    expect(rowIds(changes.at(-1)!.rule)).to.deep.equal(['row1', 'row2']);
    expect(root.activeElement).to.equal(cell(root, 1, 3));

    press(root.activeElement!, 'd', { ctrlKey: true });
    await settle();
    expect(changes.at(-1)!.label).to.equal('Duplicate row');
    expect(rowIds(changes.at(-1)!.rule)).to.deep.equal(['row1', 'row2', 'row3']);
    expect(changes.at(-1)!.rule.table.rows[2]!.cells).to.deep.equal(gapRule().table.rows[1]!.cells);

    const header = cell(root, 2, 0);
    header.focus();
    press(header, 'Delete');
    await settle();
    expect(changes.at(-1)!.label).to.equal('Remove row');
    expect(rowIds(changes.at(-1)!.rule)).to.deep.equal(['row1', 'row2']);
    // Delete inside a text box edits text, it does not remove the row
    const count = changes.length;
    const input = cell(root, 0, 3).querySelector('input')!;
    input.focus();
    press(input, 'Delete');
    await settle();
    expect(changes).to.have.length(count);
  });

  it('arrow keys move between cells; Enter goes into a cell and Escape back out', async () => {
    const root = await mount();
    const start = cell(root, 0, 1);
    start.focus();
    press(start, 'ArrowRight');
    await settle();
    expect(root.activeElement).to.equal(cell(root, 0, 2));
    press(root.activeElement!, 'ArrowDown');
    await settle();
    expect(root.activeElement).to.equal(cell(root, 1, 2));
    expect(cell(root, 1, 2).getAttribute('tabindex')).to.equal('0');
    expect(cell(root, 0, 1).getAttribute('tabindex')).to.equal('-1');
    press(root.activeElement!, 'Enter');
    await settle();
    expect(root.activeElement).to.equal(cell(root, 1, 2).querySelector('select.op'));
    press(root.activeElement!, 'Escape');
    await settle();
    expect(root.activeElement).to.equal(cell(root, 1, 2));
    // in a text box, Left moves out only from the start of the text
    const text = cell(root, 1, 3).querySelector('input')!;
    text.focus();
    text.setSelectionRange(1, 1);
    press(text, 'ArrowLeft');
    await settle();
    expect(root.activeElement).to.equal(text);
    text.setSelectionRange(0, 0);
    press(text, 'ArrowLeft');
    await settle();
    expect(root.activeElement).to.equal(cell(root, 1, 2));
  });

  it('lists the gap and "Add a row for this gap" closes it', async () => {
    const root = await mount();
    expect(gapTexts(root)).to.deep.equal(['No row covers: complaints > 3 and channel = phone']);
    analysisRoot(root).querySelector<HTMLButtonElement>('button.add-gap-row')!.click();
    await settle();
    const last = changes.at(-1)!;
    expect(last.label).to.equal('Add row for gap');
    expect(last.rule.table.rows[2]!.cells).to.deep.equal([{ op: '>', value: 3 }, { op: '==', value: 'phone' }]);
    expect(gapTexts(root)).to.deep.equal([]);
    expect(analysisRoot(root).querySelector('[role=status]')!.textContent!.trim()).to.equal('No overlaps, gaps or problems.');
    // the new row's output has the focus, ready to be filled in
    expect(root.activeElement).to.equal(cell(root, 2, 3));
  });

  it('highlights overlapping rows for the unique hit policy and explains why', async () => {
    const rule = gapRule();
    rule.table.rows[1]!.cells[0] = { op: '>=', value: 3 };
    const root = await mount(rule);
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.classList.contains('overlap'))).to.deep.equal([true, true]);
    expect(cell(root, 1, 0).getAttribute('aria-description')).to.contain('Rows 1 and 2 can both match');
    const findings = [...analysisRoot(root).querySelectorAll('ul.findings li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(findings.some((f) => f.includes('Rows 1 and 2 can both match: complaints = 3 and channel is one of email, chat'))).to.equal(true);
    // with "first", overlapping is expected: no highlight
    await change(root.querySelector<HTMLSelectElement>('select.hit-policy')!, 'first');
    expect(changes.at(-1)!.label).to.equal('Change hit policy');
    expect([...root.querySelectorAll('tbody tr.overlap')]).to.have.length(0);
  });

  it('shows a priority column for the priority hit policy', async () => {
    const root = await mount();
    await change(root.querySelector<HTMLSelectElement>('select.hit-policy')!, 'priority');
    expect(changes.at(-1)!.rule.table.rows.map((r) => r.priority)).to.deep.equal([0, 0]);
    const priority = root.querySelector<HTMLInputElement>('input.priority')!;
    expect(priority.getAttribute('aria-label')).to.equal('Priority of row 1');
    await change(priority, '7');
    expect(changes.at(-1)!.rule.table.rows[0]!.priority).to.equal(7);
  });

  it('adds and removes input columns', async () => {
    const root = await mount();
    root.querySelector<HTMLButtonElement>('button.add-column')!.click();
    await settle();
    const added = changes.at(-1)!.rule.table;
    expect(added.inputs[2]).to.deep.equal({ id: 'in1', expression: { var: 'vip' }, type: 'boolean' });
    expect(added.rows.map((r) => r.cells.length)).to.deep.equal([3, 3]);
    const remove = [...root.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.getAttribute('aria-label') === 'Remove column channel')!;
    remove.click();
    await settle();
    expect(changes.at(-1)!.rule.table.inputs.map((i) => i.id)).to.deep.equal(['c', 'in1']);
    expect(changes.at(-1)!.rule.table.rows[1]!.cells).to.deep.equal([{ op: '>', value: 3 }, { op: 'any' }]);
  });

  it('re-renders in Chinese when the language changes', async () => {
    const root = await mount();
    services.i18n.setLocale('zh-CN');
    await settle();
    expect(root.querySelector('.toolbar label')!.textContent).to.contain('命中策略');
    expect(root.querySelector('table')!.getAttribute('aria-label')).to.equal('决策表 Service');
    expect(cell(root, 0, 1).querySelector('select.op')!.getAttribute('aria-label')).to.equal('条件，第 1 行，投诉次数');
    expect(gapTexts(root)).to.deep.equal(['没有任何行覆盖：投诉次数 > 3 且 渠道 = phone']);
    expect(analysisRoot(root).querySelector('button.add-gap-row')!.textContent!.trim()).to.equal('为此遗漏添加一行');
  });
});
