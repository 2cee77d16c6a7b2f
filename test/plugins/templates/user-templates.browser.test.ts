import { expect } from 'chai';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { ScorecardTemplate } from '../../../src/core/templates/index.ts';
import type { SaveTemplateDialogElement } from '../../../plugins/templates/save-template-dialog.ts';
import { serializeTemplate } from '../../../plugins/templates/template-file.ts';
import type { TemplateGalleryElement } from '../../../plugins/templates/template-gallery.ts';
import { openGallery, shadow, startTemplates, until, type TemplatesFixture } from './templates-test-helpers.ts';

const optionNames = (gallery: TemplateGalleryElement): string[] => [...shadow(gallery).querySelectorAll('[role=option]')].map((o) => o.textContent!.trim());

/** Runs the export through the real download path and returns the file it would save. */
async function captureDownload(run: () => unknown): Promise<{ name: string; text: string }> {
  const created = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => { blob = b as Blob; return 'blob:captured'; };
  HTMLAnchorElement.prototype.click = function capture(this: HTMLAnchorElement) { name = this.download; };
  try {
    await run();
  } finally {
    URL.createObjectURL = created;
    HTMLAnchorElement.prototype.click = click;
  }
  return { name, text: await blob!.text() };
}

async function fillDialog(values: { name: string; description: string; industry: string }): Promise<SaveTemplateDialogElement> {
  await until(() => document.querySelector('sc-save-template-dialog')?.shadowRoot?.querySelector('dialog')?.open === true);
  const dialog = document.querySelector('sc-save-template-dialog') as SaveTemplateDialogElement;
  for (const [field, value] of Object.entries(values)) {
    const input = shadow(dialog).querySelector<HTMLInputElement | HTMLTextAreaElement>(`.${field}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await dialog.updateComplete;
  return dialog;
}

describe('user templates', () => {
  let fixture: TemplatesFixture;
  let gallery: TemplateGalleryElement | undefined;

  beforeEach(async () => { fixture = await startTemplates(); });
  afterEach(async () => {
    gallery?.remove();
    gallery = undefined;
    await fixture.dispose();
  });

  it('saves a scorecard as a template that then appears in the gallery, and deletes it from there', async () => {
    gallery = await openGallery(fixture.services);
    const builtin = gallery.selected!.template;
    const doc = await fixture.services.workspace.createDocument<ScorecardConfig>('scorecard', 'Team A', { ...structuredClone(builtin.scorecard), id: 'team-a', name: 'Team A' });

    const saving = fixture.services.commands.executeCommand('templates.saveAsTemplate', doc.id);
    const dialog = await fillDialog({ name: 'Our agents', description: 'Tuned for our centre', industry: 'Call centre' });
    shadow(dialog).querySelector<HTMLButtonElement>('button.ok')!.click();
    await saving;
    expect(document.querySelector('sc-save-template-dialog')).to.equal(null);

    await until(() => optionNames(gallery!).includes('Our agents'));
    const mine = shadow(gallery).querySelector('[data-group=user]')!;
    expect(mine.querySelector('.group-label')!.textContent!.trim()).to.equal('My templates');
    const stored = (await fixture.services.workspace.listDocuments('plugin-state'))[0]!.content as { template: ScorecardTemplate };
    expect(stored.template.id).to.match(/^user\./);
    expect(stored.template.scorecard.root).to.deep.equal(builtin.scorecard.root);
    expect(stored.template.sample).to.deep.equal({ count: 200, seed: 1, profiles: {} });

    mine.querySelector<HTMLElement>('[role=option]')!.click();
    await gallery.updateComplete;
    shadow(gallery).querySelector<HTMLButtonElement>('button.delete')!.click();
    await gallery.updateComplete;
    expect(shadow(gallery).querySelector('button.delete')!.textContent).to.contain('Our agents');
    shadow(gallery).querySelector<HTMLButtonElement>('button.delete')!.click();
    await until(() => !optionNames(gallery!).includes('Our agents'));
    expect(await fixture.services.workspace.listDocuments('plugin-state')).to.deep.equal([]);
  });

  it('cancels saving on Escape without storing anything', async () => {
    const doc = await fixture.services.workspace.createDocument<ScorecardConfig>('scorecard', 'Team B', (await (await openGallery(fixture.services)).library!.list())[0]!.template.scorecard);
    document.querySelector('sc-template-gallery')?.remove();
    const saving = fixture.services.commands.executeCommand('templates.saveAsTemplate', doc.id);
    const dialog = await fillDialog({ name: 'x', description: '', industry: 'y' });
    shadow(dialog).querySelector('dialog')!.dispatchEvent(new Event('cancel', { cancelable: true }));
    await saving;
    expect(await fixture.services.workspace.listDocuments('plugin-state')).to.deep.equal([]);
  });

  it('exports a template as deterministic bytes and imports it back as an equal template', async () => {
    gallery = await openGallery(fixture.services);
    const builtin = gallery.selected!.template;
    const first = await captureDownload(() => shadow(gallery!).querySelector<HTMLButtonElement>('button.export')!.click());
    const second = await captureDownload(() => gallery!.library!.exportTemplate(structuredClone(builtin)));
    expect(first.name).to.equal(`${builtin.name && typeof builtin.name === 'object' ? builtin.name.en : builtin.name}.template.json`);
    expect(second.text).to.equal(first.text);
    expect(first.text).to.equal(serializeTemplate(builtin));
    const byCommand = await captureDownload(() => fixture.services.commands.executeCommand('templates.exportTemplate', builtin.id));
    expect(byCommand.text).to.equal(first.text);

    const imported = await gallery.importFile(new File([first.text], first.name));
    expect(imported).to.equal(true);
    const entries = await gallery.library!.list();
    const mine = entries.filter((e) => e.origin === 'user');
    expect(mine.length).to.equal(1);
    expect(mine[0]!.template).to.deep.equal(builtin);
    await gallery.updateComplete;
    expect(shadow(gallery).querySelector('[data-group=user] [role=option]')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('shows the problems of an invalid file (pointer and message) and changes nothing', async () => {
    fixture.services.i18n.setLocale('zh-CN');
    gallery = await openGallery(fixture.services);
    const broken = structuredClone(gallery.selected!.template) as unknown as Record<string, unknown>;
    broken.format = 'something-else';
    (broken.sample as Record<string, unknown>).count = 0;
    const before = optionNames(gallery);

    expect(await gallery.importFile(new File([JSON.stringify(broken)], 'broken.template.json'))).to.equal(false);
    await gallery.updateComplete;
    const failure = shadow(gallery).querySelector('.failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.querySelector('strong')!.textContent).to.contain('broken.template.json').and.contain('未导入');
    const problems = [...failure.querySelectorAll('li.problem')].map((li) => li.textContent!);
    expect(problems.some((p) => p.includes('/format') && p.includes('“format”应为'))).to.equal(true);
    expect(problems.some((p) => p.includes('/sample/count') && p.includes('样本数量'))).to.equal(true);
    expect(optionNames(gallery)).to.deep.equal(before);
    expect(await fixture.services.workspace.listDocuments('plugin-state')).to.deep.equal([]);

    expect(await gallery.importFile(new File(['{ not json'], 'text.template.json'))).to.equal(false);
    await gallery.updateComplete;
    expect(shadow(gallery).querySelector('.failure li.problem')!.textContent).to.contain('不是有效的 JSON');
  });
});
