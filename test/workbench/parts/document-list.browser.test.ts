import { expect } from 'chai';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import { DocumentListElement, type DocumentListTexts } from '../../../src/workbench/parts/document-list.ts';

const TEXTS: DocumentListTexts = {
  label: 'Policies', newButton: 'New policy', empty: 'No policies', rename: 'Rename', keep: 'Keep',
  meta: (d) => `rev ${d.revision}`,
  deleteQuestion: (name) => `Delete ${name}?`,
  deleteConfirm: (name) => `Delete ${name}`,
};

const tick = () => new Promise((r) => setTimeout(r, 10));

async function settle(el: DocumentListElement): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await tick();
    await el.updateComplete;
  }
}

describe('sc-document-list', () => {
  let services: WorkbenchServices;
  let el: DocumentListElement;

  beforeEach(async () => {
    services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
    services.quickInput.pick = async (request) => request.items[0];
    await services.workspace.createDocument('policy', 'Complaints', { rules: [] });
    await services.workspace.createDocument('scorecard', 'Not a policy', {});
    el = new DocumentListElement();
    el.services = services;
    el.kind = 'policy';
    el.texts = TEXTS;
    document.body.append(el);
    await settle(el);
  });

  afterEach(() => el.remove());

  const names = () => [...el.shadowRoot!.querySelectorAll('li .name')].map((n) => n.textContent);

  it('lists the documents of its kind only, newest first, and follows changes', async () => {
    expect(names()).to.deep.equal(['Complaints']);
    await services.workspace.createDocument('policy', 'Lateness', { rules: [] });
    await settle(el);
    expect(names()).to.deep.equal(['Lateness', 'Complaints']);
  });

  it('opens on Enter, renames with F2, deletes with Delete after confirmation', async () => {
    const opened: string[] = [];
    el.addEventListener('document-open', (e) => opened.push((e as CustomEvent<{ documentId: string }>).detail.documentId));
    const item = el.shadowRoot!.querySelector<HTMLElement>('li')!;
    item.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(opened).to.have.length(1);
    item.dispatchEvent(new KeyboardEvent('keydown', { key: 'F2', bubbles: true }));
    await settle(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('li input')!;
    input.value = 'Complaint rules';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(el);
    expect(names()).to.deep.equal(['Complaint rules']);
    el.shadowRoot!.querySelector<HTMLElement>('li')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    await settle(el);
    expect(await services.workspace.listDocuments('policy')).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('No policies');
  });

  it('asks for a new document', () => {
    let asked = false;
    el.addEventListener('document-new', () => { asked = true; });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
    expect(asked).to.equal(true);
  });
});
