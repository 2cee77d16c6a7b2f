// Shared by the "Rules and outcomes" component tests: services with the outcomes catalogs, a
// controlled host that applies every outcomes-change (as the scorecard editor does), and queries
// that pierce the sections' shadow roots.
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import { MemoryStorageService } from '../../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import en from '../../../../plugins/scorecard/l10n/outcomes.en.json';
import zh from '../../../../plugins/scorecard/l10n/outcomes.zh-CN.json';
import { newScorecard } from '../../../../plugins/scorecard/scorecard-documents.ts';
import { ScorecardOutcomesElement, type OutcomesChangeDetail } from '../../../../plugins/scorecard/outcomes/scorecard-outcomes.ts';

export function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  return services;
}

/** The new-scorecard template: grades A 90, B 75, C 60, D 0 with colours; one field, satisfaction. */
export function smallConfig(): ScorecardConfig {
  return newScorecard('s1', 'KPI', 'en');
}

export interface Mounted {
  el: ScorecardOutcomesElement;
  services: WorkbenchServices;
  changes: OutcomesChangeDetail[];
}

let mounted: ScorecardOutcomesElement | undefined;

export async function mount(config: ScorecardConfig = smallConfig(), services: WorkbenchServices = createServices()): Promise<Mounted> {
  const el = new ScorecardOutcomesElement();
  el.services = services;
  el.config = config;
  const changes: OutcomesChangeDetail[] = [];
  el.addEventListener('outcomes-change', (e) => {
    const detail = (e as CustomEvent<OutcomesChangeDetail>).detail;
    changes.push(detail);
    el.config = detail.config;
  });
  document.body.append(el);
  mounted = el;
  await settle();
  return { el, services, changes };
}

export function unmount(): void {
  mounted?.remove();
  mounted = undefined;
}

/** Lets every nested element render (and the workspace's promises settle). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    for (const e of deepAll(document.body, '*')) {
      const update = (e as { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) await update;
    }
  }
}

/** Waits (up to two seconds) until `check` holds. */
export async function until(check: () => boolean, what = 'the condition'): Promise<void> {
  const end = Date.now() + 2000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await settle();
}

/** Every element matching `selector` under `root`, through shadow roots, in document order. */
export function deepAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const out: T[] = [];
  const visit = (node: ParentNode): void => {
    for (const child of node.querySelectorAll('*')) {
      if (child.matches(selector)) out.push(child as T);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

export function deep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = deepAll<T>(root, selector)[0];
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The shadow root of one section of the element (sc-grade-bands-editor, sc-attached-policies …). */
export function section(el: Element, tag: string): ShadowRoot {
  return deep(el, tag).shadowRoot!;
}

/** The control matching `selector` whose aria-label is `name`. */
export function byLabel<T extends Element = HTMLInputElement>(root: ParentNode, selector: string, name: string): T {
  const found = deepAll<T>(root, selector).find((e) => e.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no ${selector} labelled "${name}"; have: ${deepAll(root, selector).map((e) => e.getAttribute('aria-label')).join(' | ')}`);
  return found;
}

/** Sets a control's value as the user would and fires input and change. */
export async function enter(control: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle();
}

export async function click(target: HTMLElement): Promise<void> {
  target.focus();
  target.click();
  await settle();
}

/** The focused element, looking into shadow roots. */
export function activeElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
