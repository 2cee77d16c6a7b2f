import { expect } from 'chai';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import { CURRENT_VERSION } from '../../../src/workbench/api.ts';
import en from '../../../plugins/history/l10n/en.json';
import zh from '../../../plugins/history/l10n/zh-CN.json';
import { HistoryViewElement } from '../../../plugins/history/history-view.ts';
import { DocumentDiffElement } from '../../../plugins/history/diff-editor.ts';
import { readablePointer } from '../../../plugins/history/history-target.ts';

function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  // The quick pick answers "yes" to the restore question.
  services.quickInput.pick = async (request) => request.items[0];
  return services;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await tick();
    await el.updateComplete;
  }
}

describe('version history view', () => {
  let services: WorkbenchServices;
  let view: HistoryViewElement;
  let docId: string;

  beforeEach(async () => {
    services = createServices();
    const doc = await services.workspace.createDocument('policy', 'Complaints', { rules: [{ id: 'r1', amount: -10 }] });
    docId = doc.id;
    services.editors.registerEditorProvider('policy', { createEditor: () => ({ element: document.createElement('div') }) });
    services.editors.open({ uri: `policy:${docId}`, kind: 'policy', title: 'Complaints', data: { documentId: docId } });
    view = new HistoryViewElement();
    view.services = services;
    document.body.append(view);
    await settle(view);
  });

  afterEach(() => view.remove());

  it('follows the active editor and lists a named version after saving one', async () => {
    expect(view.docId).to.equal(docId);
    const input = view.shadowRoot!.querySelector<HTMLInputElement>('.save input')!;
    input.value = 'Sent to HR';
    view.shadowRoot!.querySelector<HTMLButtonElement>('.save button')!.click();
    await settle(view);
    await view.refresh();
    await settle(view);
    const labels = [...view.shadowRoot!.querySelectorAll('li .label')].map((e) => e.textContent);
    expect(labels).to.include('Sent to HR');
  });

  it('compares a version with the current content and restores it', async () => {
    await view.saveVersion('Before the change');
    const doc = await services.workspace.getDocument(docId);
    await services.workspace.putDocument(docId, { rules: [{ id: 'r1', amount: -15 }] }, doc!.revision);
    await view.refresh();
    await settle(view);
    const named = (await services.workspace.listVersions(docId)).find((v) => v.label === 'Before the change')!;

    let compared: { a: string; b: string } | undefined;
    view.addEventListener('history-compare', (e) => { compared = (e as CustomEvent<{ a: string; b: string }>).detail; });
    const item = [...view.shadowRoot!.querySelectorAll('li')].find((li) => li.textContent?.includes('Before the change'))!;
    item.querySelector<HTMLButtonElement>('.actions button')!.click();
    expect(compared).to.deep.equal({ docId, a: named.id, b: CURRENT_VERSION, title: 'Changes in Complaints' });

    const diff = new DocumentDiffElement();
    diff.services = services;
    diff.data = { docId, a: named.id, b: CURRENT_VERSION };
    document.body.append(diff);
    await settle(diff);
    await new Promise((r) => setTimeout(r, 50));
    await settle(diff);
    const cells = [...diff.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent?.trim());
    expect(cells).to.deep.equal(['rules › 1 › amount', 'changed', '-10', '-15']);
    diff.remove();

    const restore = [...item.querySelectorAll<HTMLButtonElement>('.actions button')][1]!;
    restore.click();
    await new Promise((r) => setTimeout(r, 50));
    const restored = await services.workspace.getDocument<{ rules: Array<{ amount: number }> }>(docId);
    expect(restored!.content.rules[0]!.amount).to.equal(-10);
  });

  it('offers to compare two ticked versions', async () => {
    await view.saveVersion('one');
    await view.saveVersion('two');
    await settle(view);
    const boxes = view.shadowRoot!.querySelectorAll<HTMLInputElement>('li input[type=checkbox]');
    boxes[0]!.click();
    boxes[1]!.click();
    await settle(view);
    expect(view.shadowRoot!.querySelector('.compare button')).to.exist;
  });

  it('speaks Chinese', async () => {
    services.i18n.setLocale('zh-CN');
    await settle(view);
    expect(view.shadowRoot!.querySelector('.save button')!.textContent).to.equal('保存版本');
  });

  it('reads pointers as paths counted from 1', () => {
    expect(readablePointer('/rules/0/effect/amount')).to.equal('rules › 1 › effect › amount');
    expect(readablePointer('/a~1b')).to.equal('a/b');
  });
});
