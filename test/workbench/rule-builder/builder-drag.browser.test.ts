import { expect } from 'chai';
import { byName, deepAll, mount, rows, rule, settle, unmount } from './builder-fixtures.ts';

const A = { '==': [{ var: 'team' }, 'A'] };
const B = { '>': [{ var: 'complaints' }, 0] };
const C = { '<': [{ var: 'satisfaction' }, 60] };

function drag(type: string, target: Element, dataTransfer: DataTransfer): DragEvent {
  const event = new DragEvent(type, { dataTransfer, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

/** The list items of the group named `name` (the drop targets), the end slot last. */
function slots(root: HTMLElement, name: string): HTMLElement[] {
  const group = deepAll(root, 'sc-condition-group').find((g) => g.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-label') === name)!;
  return [...group.shadowRoot!.querySelectorAll<HTMLElement>('fieldset > ul > li')];
}

describe('condition builder: drag and drop', () => {
  afterEach(unmount);

  it('drags a condition into another group, showing where it will land', async () => {
    const { el, changes } = await mount(rule({ and: [A, { or: [B] }, C] }));
    const handle = rows(el)[0]!.shadowRoot!.querySelector('.handle')!;
    const dataTransfer = new DataTransfer();
    drag('dragstart', handle, dataTransfer);

    // Over the nested group's end slot: a drop line shows there, and only there.
    const target = slots(el, 'Group 2 of 3').at(-1)!;
    const over = drag('dragover', target, dataTransfer);
    await settle();
    expect(over.defaultPrevented).to.equal(true);
    expect(target.classList.contains('drop-end')).to.equal(true);
    expect(deepAll(el, 'li.drop-before, li.drop-end')).to.have.length(1);

    drag('drop', target, dataTransfer);
    await settle();
    expect(changes).to.have.length(1);
    expect(changes[0]!.label).to.equal('Move condition');
    expect(changes[0]!.rule.when).to.deep.equal({ and: [{ or: [B, A] }, C] });
    expect(deepAll(el, 'li.drop-before, li.drop-end')).to.have.length(0);
  });

  it('reorders within a group and moves a group out of another', async () => {
    const { el, changes } = await mount(rule({ and: [A, B, { or: [C, { and: [A] }] }] }));
    let dataTransfer = new DataTransfer();
    drag('dragstart', rows(el)[1]!.shadowRoot!.querySelector('.handle')!, dataTransfer);
    const first = slots(el, 'When')[0]!;
    drag('dragover', first, dataTransfer);
    drag('drop', first, dataTransfer);
    await settle();
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [B, A, { or: [C, { and: [A] }] }] });

    // The inner group (by its handle) to the end of the outer group.
    dataTransfer = new DataTransfer();
    const innerHandle = byName(el, 'button', 'Move Group 2 of 2');
    drag('dragstart', innerHandle, dataTransfer);
    const end = slots(el, 'When').at(-1)!;
    drag('dragover', end, dataTransfer);
    drag('drop', end, dataTransfer);
    await settle();
    expect(changes.at(-1)!.rule.when).to.deep.equal({ and: [B, A, { or: [C] }, { and: [A] }] });
  });

  it('refuses to drop a group into itself', async () => {
    const { el, changes } = await mount(rule({ and: [{ or: [A, B] }, C] }));
    const dataTransfer = new DataTransfer();
    drag('dragstart', byName(el, 'button', 'Move Group 1 of 2'), dataTransfer);
    const inside = slots(el, 'Group 1 of 2')[0]!;
    const over = drag('dragover', inside, dataTransfer);
    expect(over.defaultPrevented).to.equal(false);
    drag('drop', inside, dataTransfer);
    await settle();
    expect(changes).to.have.length(0);
  });
});
