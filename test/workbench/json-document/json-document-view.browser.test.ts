// The JSON view in Chromium. Real Monaco does not load under this runner (Vite-only `?worker` and
// CSS imports), so the view runs on the textarea fallback and on a fake Monaco runtime that records
// providers and markers; test/e2e/json-document-view.e2e.test.ts drives real Monaco in the built app.
import { expect } from 'chai';
import type { FieldInfo } from '../../../src/core/policy/builder/types.ts';
import type { PolicyDocument } from '../../../src/core/policy/types.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import type { JsonEditorOptions, MonacoApi, MonacoJsonEditor, MonacoTextModel } from '../../../src/workbench/api.ts';
import type { MonacoRuntimeInternal } from '../../../src/workbench/services/monaco/monaco-runtime.ts';
import { MonacoService } from '../../../src/workbench/services/monaco/monaco-service.ts';
import { createTextareaJsonEditor } from '../../../src/workbench/services/monaco/textarea-json-editor.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';
import en from '../../../src/workbench/nls/json.en.json';
import zh from '../../../src/workbench/nls/json.zh-CN.json';
import { provideVarCompletions } from '../../../src/workbench/json-document/monaco-providers.ts';
import policySchema from '../../../schemas/policy.schema.json';
import type { JsonSchemaObject } from '../../../src/workbench/services/monaco/json-editor.ts';
import {
  DOCUMENT_CHANGE_EVENT, formatJsonDocument, JsonDocumentViewElement, type DocumentChangeDetail, type JsonDocumentProblem,
} from '../../../src/workbench/json-document/json-document-view.ts';
import { fakeTextModel, positionAfter } from './fake-text-model.ts';

const DOC: PolicyDocument = {
  format: 'scorecard-policy',
  version: 1,
  name: 'Complaints',
  rules: [{ id: 'r1', name: 'Each complaint', when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: -10 } }],
};

const FIELDS: FieldInfo[] = [
  { key: 'complaints', type: 'integer', samples: [0, 1, 3] },
  { key: 'handleTime', type: 'number', unit: 'min' },
];

const failingImport = () => Promise.reject(new Error('Monaco is not loadable in component tests'));

function createServices(monaco?: (services: WorkbenchServices) => MonacoService): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return { ...services, monaco: monaco?.(services) ?? new MonacoService(services.theme, failingImport) };
}

async function waitFor(check: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Mounted {
  el: JsonDocumentViewElement;
  events: DocumentChangeDetail[];
}

async function mount(services: WorkbenchServices, kind: 'textarea' | 'monaco' = 'textarea', doc: PolicyDocument = DOC): Promise<Mounted> {
  const el = new JsonDocumentViewElement();
  el.services = services;
  el.document = doc;
  // As the policy editor uses it: the policy schema and its own accessible name.
  el.schema = policySchema as JsonSchemaObject;
  el.label = 'Policy as JSON';
  el.fields = FIELDS;
  const events: DocumentChangeDetail[] = [];
  el.addEventListener(DOCUMENT_CHANGE_EVENT, (e) => events.push((e as CustomEvent<DocumentChangeDetail>).detail));
  document.body.append(el);
  await waitFor(() => el.dataset.jsonEditor === kind);
  await el.updateComplete;
  return { el, events };
}

function textarea(el: JsonDocumentViewElement): HTMLTextAreaElement {
  return el.querySelector('textarea')!;
}

function type(area: HTMLTextAreaElement, text: string): void {
  area.value = text;
  area.dispatchEvent(new Event('input'));
}

describe('sc-json-document-view', () => {
  const mounted: JsonDocumentViewElement[] = [];
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });
  const track = (m: Mounted): Mounted => {
    mounted.push(m.el);
    return m;
  };

  it('shows the document as formatted JSON in the fallback textarea, in light DOM', async () => {
    const { el } = track(await mount(createServices()));
    const area = textarea(el);
    expect(area.parentElement!.slot).to.equal('editor');
    expect(area.value).to.equal(`${JSON.stringify(DOC, null, 2)}\n`);
    expect(area.getAttribute('aria-label')).to.equal('Policy as JSON');
    expect(el.shadowRoot!.querySelector('.notice.fallback')!.textContent).to.contain('plain text box');
  });

  it('sends valid JSON once, after the debounce, with bubbles and composed', async () => {
    const { el, events } = track(await mount(createServices()));
    let bubbled: Event | undefined;
    document.body.addEventListener(DOCUMENT_CHANGE_EVENT, (e) => (bubbled = e), { once: true });
    const area = textarea(el);
    const edited = { ...DOC, name: 'Complaints v2' };
    type(area, JSON.stringify({ ...DOC, name: 'Complaints v' }, null, 2));
    await sleep(100);
    type(area, JSON.stringify(edited, null, 2));
    await sleep(150);
    expect(events).to.have.length(0); // still within 300 ms of the last keystroke
    await waitFor(() => events.length > 0, 2000);
    await sleep(350);
    expect(events).to.deep.equal([{ document: edited, label: 'Edit JSON' }]);
    expect(bubbled).to.be.instanceOf(CustomEvent);
    expect((bubbled as CustomEvent).composed).to.equal(true);
  });

  it('sends nothing for invalid JSON, says where it is wrong, keeps the text, and sends once fixed', async () => {
    const services = createServices();
    const { el, events } = track(await mount(services));
    el.debounceMs = 20;
    const area = textarea(el);
    const broken = '{\n  "format": "scorecard-policy",\n  "rules": [\n';
    type(area, broken);
    await el.updateComplete;
    await sleep(80);
    expect(events).to.have.length(0);
    expect(area.value).to.equal(broken);
    const alert = el.shadowRoot!.querySelector('.syntax[role="alert"]')!;
    expect(alert.textContent).to.contain('line 4, column 1').and.contain('ends too early');
    services.i18n.setLocale('zh-CN');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.syntax')!.textContent).to.contain('第 4 行第 1 列');
    services.i18n.setLocale('en');

    type(area, '{ "format": "scorecard-policy", "rules": [] }');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.syntax')).to.equal(null);
    await waitFor(() => events.length === 1);
    expect(events[0]!.document).to.deep.equal({ format: 'scorecard-policy', rules: [] });
  });

  it('takes a document from outside without an event, keeping the caret, and ignores its own edit coming back', async () => {
    const { el, events } = track(await mount(createServices()));
    el.debounceMs = 20;
    const area = textarea(el);
    const caret = area.value.indexOf('"rules"');
    area.setSelectionRange(caret, caret);
    el.document = { ...DOC, name: 'Renamed by the builder' };
    await el.updateComplete;
    expect(area.value).to.equal(formatJsonDocument(el.document));
    expect(area.selectionStart).to.equal(caret + 'Renamed by the builder'.length - 'Complaints'.length);
    await sleep(60);
    expect(events).to.have.length(0);

    // The user's own formatting survives the host echoing the edit back as a new object.
    const compact = JSON.stringify({ ...DOC, name: 'Compact' });
    type(area, compact);
    await waitFor(() => events.length === 1);
    el.document = structuredClone(events[0]!.document) as PolicyDocument;
    await el.updateComplete;
    expect(area.value).to.equal(compact);
    await sleep(60);
    expect(events).to.have.length(1);
  });

  it('sends a pending edit at once when the editor loses focus or the view is removed', async () => {
    const { el, events } = track(await mount(createServices()));
    const area = textarea(el);
    area.focus();
    type(area, JSON.stringify({ ...DOC, name: 'Blurred' }));
    area.blur();
    expect(events.map((e) => (e.document as PolicyDocument).name)).to.deep.equal(['Blurred']);
    type(area, JSON.stringify({ ...DOC, name: 'Removed' }));
    el.remove();
    expect(events.map((e) => (e.document as PolicyDocument).name)).to.deep.equal(['Blurred', 'Removed']);
    // Back in the page, the text is still there.
    document.body.append(el);
    await waitFor(() => el.dataset.jsonEditor === 'textarea');
    expect(JSON.parse(textarea(el).value).name).to.equal('Removed');
  });

  it('keeps invalid text when the view is re-created for the same document, not for another', async () => {
    const services = createServices();
    const doc = structuredClone(DOC); // drafts are kept by document object: not the one other tests use
    const first = track(await mount(services, 'textarea', doc));
    const broken = '{ "format": "scorecard-policy", ';
    type(textarea(first.el), broken);
    first.el.remove();
    expect(first.events).to.have.length(0);

    const second = track(await mount(services, 'textarea', doc)); // the same object, as a host re-rendering passes it
    expect(textarea(second.el).value).to.equal(broken);
    expect(second.el.shadowRoot!.querySelector('.syntax')).not.to.equal(null);
    second.el.remove();

    const other = new JsonDocumentViewElement();
    other.services = services;
    other.document = structuredClone(doc);
    mounted.push(other);
    document.body.append(other);
    await waitFor(() => other.dataset.jsonEditor === 'textarea');
    expect(textarea(other).value).to.equal(formatJsonDocument(DOC));
    other.remove();
    // Fixed and removed, the draft is gone too.
    const third = track(await mount(services, 'textarea', doc));
    type(textarea(third.el), formatJsonDocument(doc));
    third.el.remove();
    const fourth = track(await mount(services, 'textarea', doc));
    expect(textarea(fourth.el).value).to.equal(formatJsonDocument(DOC));
  });

  it('lists the problems with their lines when there are no squiggles', async () => {
    const { el } = track(await mount(createServices()));
    el.problems = [
      { pointer: '/rules/0/when/>/0', severity: 'warning', message: 'Unknown field "complaints"' },
      { pointer: '/rules/0/effect/amount', severity: 'error', message: 'Not a number' },
    ];
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const lineOf = (needle: string) => textarea(el).value.slice(0, textarea(el).value.indexOf(needle)).split('\n').length;
    expect(items).to.deep.equal([
      `Warning Line ${lineOf('"var"')}: Unknown field "complaints"`,
      `Error Line ${lineOf('-10')}: Not a number`,
    ]);
  });

  it('completes field names in a var path with a model (a fake one here)', () => {
    const text = '{ "when": { ">": [{ "var": "' ;
    const model = fakeTextModel(text) as unknown as MonacoTextModel;
    const list = provideVarCompletions(model, positionAfter(text, '"var": "') as never, FIELDS, { t: (k) => k, text: (v) => String(v ?? '') }, 3)!;
    expect(list.suggestions.map((s) => s.label.label)).to.deep.equal(['complaints', 'handleTime']);
    expect(list.suggestions[0]!.range).to.deep.equal({ startLineNumber: 1, startColumn: 29, endLineNumber: 1, endColumn: 29 });
  });

  it('falls back when the real Monaco import fails in this environment', async function () {
    this.timeout(40000);
    const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
    services.i18n.registerCatalog('en', en);
    const el = new JsonDocumentViewElement();
    el.services = services;
    el.document = DOC;
    mounted.push(el);
    document.body.append(el);
    await waitFor(() => el.dataset.jsonEditor !== undefined && el.dataset.jsonEditor !== 'loading', 35000);
    // Under Vite this is "monaco"; this runner cannot load Monaco's modules, so the textarea takes over.
    expect(el.dataset.jsonEditor).to.be.oneOf(['monaco', 'textarea']);
    if (el.dataset.jsonEditor === 'textarea') expect(JSON.parse(textarea(el).value)).to.deep.equal(DOC);
  });

  describe('on a Monaco runtime (a recording fake)', () => {
    interface Recorder {
      completion: Array<{ language: string; provider: { provideCompletionItems(model: unknown, position: unknown): unknown; triggerCharacters?: string[] } }>;
      hover: Array<{ language: string; provider: { provideHover(model: unknown, position: unknown): unknown } }>;
      markers: Map<string, Array<{ startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number; severity: number; message: string }>>;
      editors: MonacoJsonEditor[];
    }

    function fakeMonacoService(services: WorkbenchServices, recorder: Recorder): MonacoService {
      const remove = <T,>(list: T[], item: T) => ({ dispose: () => list.splice(list.indexOf(item), 1) });
      const monaco = {
        languages: {
          CompletionItemKind: { Field: 3 },
          registerCompletionItemProvider: (language: string, provider: Recorder['completion'][number]['provider']) => {
            const entry = { language, provider };
            recorder.completion.push(entry);
            return remove(recorder.completion, entry);
          },
          registerHoverProvider: (language: string, provider: Recorder['hover'][number]['provider']) => {
            const entry = { language, provider };
            recorder.hover.push(entry);
            return remove(recorder.hover, entry);
          },
        },
        MarkerSeverity: { Hint: 1, Info: 2, Warning: 4, Error: 8 },
        editor: {
          setModelMarkers: (model: MonacoTextModel, owner: string, markers: Recorder['markers'] extends Map<string, infer M> ? M : never) => {
            recorder.markers.set(`${model.uri.toString()} ${owner}`, markers);
          },
        },
      } as unknown as MonacoApi;
      let n = 0;
      const runtime: MonacoRuntimeInternal = {
        monaco,
        createJsonEditor: (container: HTMLElement, options: JsonEditorOptions) => {
          const handle = createTextareaJsonEditor(container, options);
          const uri = `inmemory://test/${options.name}-${++n}.json`;
          const model = { ...fakeTextModel(''), uri: { toString: () => uri } } as unknown as MonacoTextModel;
          Object.assign(model, {
            getValue: () => handle.getValue(),
            getOffsetAt: (p: { lineNumber: number; column: number }) => fakeTextModel(handle.getValue()).getOffsetAt(p),
            getPositionAt: (o: number) => fakeTextModel(handle.getValue()).getPositionAt(o),
          });
          const editor = { ...handle, kind: 'monaco' as const, monaco, editor: {} as MonacoJsonEditor['editor'], model, modelUri: uri };
          recorder.editors.push(editor);
          return editor;
        },
        registerJsonSchema: () => ({ dispose: () => undefined }),
        setTheme: () => undefined,
      };
      return new MonacoService(services.theme, async () => ({ createMonacoRuntime: () => runtime }));
    }

    const recorder = (): Recorder => ({ completion: [], hover: [], markers: new Map(), editors: [] });

    it('completes and hovers field names for its own model only, and removes its providers when removed', async () => {
      const rec = recorder();
      const { el } = track(await mount(createServices((s) => fakeMonacoService(s, rec)), 'monaco'));
      expect(rec.completion.map((c) => [c.language, c.provider.triggerCharacters])).to.deep.equal([['json', ['"']]]);
      const editor = rec.editors[0]!;
      editor.setValue('{ "when": { ">": [{ "var": "com" }, 0] } }');
      const position = positionAfter(editor.getValue(), '"co');
      const list = rec.completion[0]!.provider.provideCompletionItems(editor.model, position) as { suggestions: Array<{ label: { label: string }; detail: string }> };
      expect(list.suggestions.map((s) => [s.label.label, s.detail])).to.deep.equal([['complaints', 'Integer'], ['handleTime', 'Number · min']]);
      const other = { ...editor.model, uri: { toString: () => 'inmemory://test/settings-9.json' } };
      expect(rec.completion[0]!.provider.provideCompletionItems(other, position)).to.equal(undefined);

      editor.setValue('{ "var": "complaints" }');
      const hover = rec.hover[0]!.provider.provideHover(editor.model, { lineNumber: 1, column: 14 }) as { contents: Array<{ value: string }> };
      expect(hover.contents[0]!.value).to.contain('Type: Integer').and.contain('Sample values: `0`, `1`, `3`');

      el.fields = [{ key: 'late', type: 'boolean' }];
      editor.setValue('{ "var": "" }');
      const fresh = rec.completion[0]!.provider.provideCompletionItems(editor.model, { lineNumber: 1, column: 11 }) as { suggestions: Array<{ label: { label: string } }> };
      expect(fresh.suggestions.map((s) => s.label.label)).to.deep.equal(['late']); // fields are read when asked

      // Fields the JSON declares complete as soon as the text declaring them is valid.
      const declaring = '{ "fields": [{ "key": "shift", "type": "category" }], "rules": [{ "var": "" }] }';
      editor.setValue(declaring);
      el.querySelector('textarea')!.dispatchEvent(new Event('input')); // the edit, as the editor reports it
      const declared = rec.completion[0]!.provider.provideCompletionItems(editor.model, positionAfter(declaring, '"var": "')) as { suggestions: Array<{ label: { label: string } }> };
      expect(declared.suggestions.map((s) => s.label.label)).to.deep.equal(['late', 'shift']);

      el.remove();
      expect(rec.completion).to.have.length(0);
      expect(rec.hover).to.have.length(0);
    });

    it('shows problems as markers at the ranges their pointers name', async () => {
      const rec = recorder();
      const { el } = track(await mount(createServices((s) => fakeMonacoService(s, rec)), 'monaco'));
      const problems: JsonDocumentProblem[] = [
        { pointer: '/rules/0/when/>/0', severity: 'warning', message: 'Unknown field "complaints"' },
        { pointer: '/rules/0/effect/amount', severity: 'error', message: 'Not a number' },
        { pointer: '/rules/0/when', severity: 'info', message: 'Not a classic operator' },
      ];
      el.problems = problems;
      await el.updateComplete;
      const editor = rec.editors[0]!;
      const markers = rec.markers.get(`${editor.modelUri} document-analysis`)!;
      const text = editor.getValue();
      const lines = text.split('\n');
      const cover = (m: (typeof markers)[number]) => lines[m.startLineNumber - 1]!.slice(m.startColumn - 1, m.endColumn - 1);
      expect(markers.map((m) => [cover(m), m.severity, m.message])).to.deep.equal([
        ['"complaints"', 4, 'Unknown field "complaints"'],
        ['-10', 8, 'Not a number'],
        ['">"', 2, 'Not a classic operator'],
      ]);
      expect(markers[1]!.startLineNumber).to.equal(lines.findIndex((l) => l.includes('"amount": -10')) + 1);

      // After an outside change moved the text, the markers follow.
      el.document = { description: 'Added by the builder', fields: [{ key: 'complaints', type: 'integer' }], ...DOC };
      await el.updateComplete;
      const moved = rec.markers.get(`${editor.modelUri} document-analysis`)!;
      expect(moved[0]!.startLineNumber).to.be.greaterThan(markers[0]!.startLineNumber);
      expect(editor.getValue().split('\n')[moved[0]!.startLineNumber - 1]!.slice(moved[0]!.startColumn - 1, moved[0]!.endColumn - 1)).to.equal('"complaints"');
    });
  });
});
