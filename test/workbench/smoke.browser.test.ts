import { expect } from 'chai';
import { CodiconElement } from '../../src/workbench/base/codicon.ts';

describe('codicon element', () => {
  it('renders the glyph of a known icon and nothing for an unknown one', async () => {
    const el = document.createElement('sc-codicon') as CodiconElement;
    el.name = 'gear';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim().codePointAt(0)).to.equal(0xeaf8);
    el.name = 'no-such-icon';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    el.remove();
  });
});
