import { expect } from 'chai';
import { resolveLocalized } from '../../../src/core/localized-text.ts';
import { isGroup, type IndicatorNode, type ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import type { ScorecardTemplate } from '../../../src/core/templates/index.ts';
import type { DatasetContent } from '../../../src/platform/workspace/workspace-api.ts';
import type { TemplateGalleryElement } from '../../../plugins/templates/template-gallery.ts';
import { validateManifest } from '../../../src/platform/plugins/manifest-validator.ts';
import manifest from '../../../plugins/templates/plugin.json';
import { openGallery, shadow, startTemplates, until, type TemplatesFixture } from './templates-test-helpers.ts';

const nodeCount = (node: IndicatorNode): number => 1 + (isGroup(node) ? node.children.reduce((n, c) => n + nodeCount(c), 0) : 0);
const options = (gallery: TemplateGalleryElement): HTMLElement[] => [...shadow(gallery).querySelectorAll<HTMLElement>('[role=option]')];
const selectedOption = (gallery: TemplateGalleryElement): HTMLElement | undefined => options(gallery).find((o) => o.getAttribute('aria-selected') === 'true');
const listbox = (gallery: TemplateGalleryElement): HTMLElement => shadow(gallery).querySelector<HTMLElement>('[role=listbox]')!;
const key = (target: HTMLElement, k: string): void => { target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true })); };

describe('templates gallery', () => {
  let fixture: TemplatesFixture;
  let gallery: TemplateGalleryElement | undefined;

  beforeEach(async () => { fixture = await startTemplates(); });
  afterEach(async () => {
    gallery?.remove();
    gallery = undefined;
    await fixture.dispose();
  });

  it('has a valid manifest', () => {
    expect(validateManifest(manifest).ok).to.equal(true);
  });

  it('lists every built-in template, grouped by industry, and moves with the arrow keys', async () => {
    gallery = await openGallery(fixture.services);
    const builtins = manifest.contributes.templates;
    expect(options(gallery).length).to.equal(builtins.length);
    const entries = await gallery.library!.list();
    const industries = new Set(entries.map((e) => resolveLocalized(e.template.industry, 'en')));
    const groups = [...shadow(gallery).querySelectorAll('[role=group]')];
    expect(groups.length).to.equal(industries.size);
    expect(groups.map((g) => g.querySelector('.group-label')!.textContent!.trim()).sort()).to.deep.equal([...industries].sort());
    // Keyboard: the list has the focus, the first is selected; ArrowDown selects the next, ArrowUp goes back.
    await until(() => shadow(gallery!).activeElement === listbox(gallery!));
    const first = selectedOption(gallery)!;
    expect(first).to.equal(options(gallery)[0]);
    key(listbox(gallery), 'ArrowDown');
    await gallery.updateComplete;
    expect(selectedOption(gallery)).to.equal(options(gallery)[1]);
    expect(listbox(gallery).getAttribute('aria-activedescendant')).to.equal(options(gallery)[1]!.id);
    key(listbox(gallery), 'ArrowUp');
    await gallery.updateComplete;
    expect(selectedOption(gallery)).to.equal(first);
  });

  it('previews the indicator tree with local weights and the sample results', async () => {
    gallery = await openGallery(fixture.services);
    const template = gallery.selected!.template;
    const preview = shadow(gallery).querySelector('sc-template-preview')!;
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const rows = [...shadow(preview).querySelectorAll('ul.tree li')];
    expect(rows.length).to.equal(nodeCount(template.scorecard.root));
    expect(rows[1]!.querySelector('.node-name')!.textContent).to.equal(resolveLocalized(template.scorecard.root.children[0]!.name, 'en'));
    expect(rows[1]!.querySelector('.weight')!.textContent).to.match(/%$/);
    const counts = [...shadow(preview).querySelectorAll('tbody tr')].map((tr) => Number(tr.querySelector('.count')!.textContent!.replace(/,/g, '')));
    expect(counts.length).to.equal(template.scorecard.grades.bands.length);
    expect(counts.reduce((a, b) => a + b, 0)).to.be.greaterThan(0).and.at.most(200);
    expect(shadow(preview).querySelector('.mean')!.textContent).to.match(/Mean total: \d/);
  });

  it('creates the scorecard, its policy documents and a sample dataset, then opens the scorecard', async () => {
    gallery = await openGallery(fixture.services);
    const template = gallery.selected!.template;
    const name = shadow(gallery).querySelector<HTMLInputElement>('input.name')!;
    name.value = 'Agents 2026';
    name.dispatchEvent(new Event('input'));
    const count = shadow(gallery).querySelector<HTMLInputElement>('input.count')!;
    expect(count.value).to.equal(String(template.sample.count));
    count.value = '120';
    count.dispatchEvent(new Event('input'));
    key(listbox(gallery), 'Enter');
    await until(() => fixture.revealed.length > 0);

    const { workspace } = fixture.services;
    const scorecards = await workspace.listDocuments('scorecard');
    expect(scorecards.map((d) => d.name)).to.deep.equal(['Agents 2026']);
    const config = scorecards[0]!.content as ScorecardConfig;
    expect(config.root).to.deep.equal(template.scorecard.root);
    expect(config.name).to.equal('Agents 2026');
    const policies = await workspace.listDocuments('policy');
    expect(policies.map((d) => d.content)).to.deep.equal(template.policyDocuments ?? []);
    const datasets = await workspace.listDocuments('dataset');
    expect(datasets.length).to.equal(1);
    const content = datasets[0]!.content as DatasetContent;
    expect(content.rowCount).to.equal(120);
    expect(content.fields).to.deep.equal(template.scorecard.fields);
    expect(await workspace.countRecords(datasets[0]!.id)).to.equal(120);
    expect(fixture.revealed[0]).to.deep.equal([scorecards[0]!.id, '']);
  });

  it('keeps both languages of the name when the suggested name is kept', async () => {
    gallery = await openGallery(fixture.services);
    const template = gallery.selected!.template;
    await gallery.library!.create(template, resolveLocalized(template.name, 'en'), 10);
    const [doc] = await fixture.services.workspace.listDocuments('scorecard');
    expect((doc!.content as ScorecardConfig).name).to.deep.equal(template.name);
    expect(doc!.name).to.equal(resolveLocalized(template.name, 'en'));
  });

  it('closes on Escape', async () => {
    gallery = await openGallery(fixture.services);
    expect(fixture.services.editors.model.activeEditor?.kind).to.equal('template-gallery');
    key(listbox(gallery), 'Escape');
    expect(fixture.services.editors.model.activeEditor).to.equal(undefined);
  });

  it('shows everything in Chinese when the UI is Chinese', async () => {
    fixture.services.i18n.setLocale('zh-CN');
    gallery = await openGallery(fixture.services);
    const template: ScorecardTemplate = gallery.selected!.template;
    expect(shadow(gallery).querySelector('h1')!.textContent).to.equal('从模板新建考核方案');
    expect(shadow(gallery).querySelector('button.create')!.textContent!.trim()).to.equal('创建考核方案');
    expect(selectedOption(gallery)!.textContent!.trim()).to.equal(resolveLocalized(template.name, 'zh-CN'));
    const labels = [...shadow(gallery).querySelectorAll('.group-label')].map((l) => l.textContent!.trim());
    expect(labels).to.include(resolveLocalized(template.industry, 'zh-CN'));
    const preview = shadow(gallery).querySelector('sc-template-preview')!;
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadow(preview).querySelector('h3')!.textContent).to.equal('指标与权重');
    expect(shadow(preview).querySelector('.node-name')!.textContent).to.equal(resolveLocalized(template.scorecard.root.name, 'zh-CN'));
    expect(shadow(preview).querySelector('.mean')!.textContent).to.match(/^平均总分：/);
  });
});
