// Shared by the rule builder's component tests (here and the policy plugin's): services with the
// workbench catalogs, a controlled host that applies every change the way a plugin does (JSON-logic
// in, builder model shown, JSON-logic back out), and queries that pierce shadow roots.
import { fromBuilderCondition, toBuilderCondition } from '../../../src/core/policy/builder/mapping.ts';
import type { FieldInfo } from '../../../src/core/policy/builder/types.ts';
import type { ConditionRule } from '../../../src/core/policy/types.ts';
import type { Locale } from '../../../src/core/localized-text.ts';
import { MemoryStorageService } from '../../../src/platform/storage/storage-service.ts';
import { WORKBENCH_CATALOGS } from '../../../src/workbench/nls/index.ts';
import { ConditionBlockElement, type ConditionChange } from '../../../src/workbench/rule-builder/index.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../src/workbench/services/workbench-services.ts';

/** Workbench services with the workbench's own catalogs (the builder's strings among them), as boot registers them. */
export function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  for (const [locale, catalog] of Object.entries(WORKBENCH_CATALOGS)) services.i18n.registerCatalog(locale as Locale, catalog);
  return services;
}

export const FIELDS: FieldInfo[] = [
  { key: 'satisfaction', type: 'number', label: { en: 'Satisfaction', 'zh-CN': '满意度' }, unit: { en: 'points', 'zh-CN': '分' } },
  { key: 'complaints', type: 'integer', label: { en: 'Complaints', 'zh-CN': '投诉数' } },
  { key: 'team', type: 'category', label: { en: 'Team', 'zh-CN': '班组' }, values: ['A', 'B', 'C'] },
  { key: 'checkIn', type: 'time', label: { en: 'Check-in', 'zh-CN': '签到时间' } },
  { key: 'hireDate', type: 'date', label: { en: 'Hire date', 'zh-CN': '入职日期' } },
  { key: 'vip', type: 'boolean', label: { en: 'VIP', 'zh-CN': '贵宾' } },
  { key: 'note', type: 'string' },
];

export function rule(when: unknown, extra: Partial<ConditionRule> = {}): ConditionRule {
  return { id: 'r1', name: { en: 'Complaints', 'zh-CN': '投诉扣分' }, when, effect: { type: 'points', amount: -5 }, ...extra };
}

/** A change as the host stored it: the rule with its new "when", and the undo label. */
export interface RuleChange {
  rule: ConditionRule;
  label: string;
}

export interface Mounted<E extends HTMLElement = ConditionBlockElement> {
  el: E;
  services: WorkbenchServices;
  changes: RuleChange[];
}

let mounted: HTMLElement | undefined;

/** Puts an element in the page (removed again by unmount) and lets it render. */
export async function attach(el: HTMLElement): Promise<void> {
  unmount();
  document.body.append(el);
  mounted = el;
  await settle();
}

/**
 * A condition block editing `initial.when`, hosted as a plugin hosts it: the JSON-logic is read
 * into the builder model with the workbench's operators, and each condition-change is written back
 * to JSON-logic, recorded and shown (the block is controlled).
 */
export async function mount(initial: ConditionRule, fields: FieldInfo[] = FIELDS, services: WorkbenchServices = createServices()): Promise<Mounted> {
  const el = new ConditionBlockElement();
  el.services = services;
  el.fields = fields;
  let current = initial;
  const show = (): void => { el.condition = toBuilderCondition(current.when, { engine: services.ruleOperators.engine }); };
  show();
  const changes: RuleChange[] = [];
  el.addEventListener('condition-change', (e) => {
    const { condition, label } = (e as CustomEvent<ConditionChange>).detail;
    current = { ...current, when: fromBuilderCondition(condition) };
    changes.push({ rule: current, label });
    show();
  });
  await attach(el);
  return { el, services, changes };
}

export function unmount(): void {
  mounted?.remove();
  mounted = undefined;
}

/** Lets every nested element render (updates cascade through several shadow roots). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await new Promise((r) => setTimeout(r, 0));
    for (const e of deepAll(document.body, '*')) {
      const update = (e as { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) await update;
    }
  }
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
  // A host's own shadow root first, then its light children.
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

export function deep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = deepAll<T>(root, selector)[0];
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The text of an element itself, without that of the controls it wraps (a label's words). */
function ownText(e: Element): string {
  return [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
}

/** The element matching `selector` whose aria-label (or text, or a label's own words) is `name`. */
export function byName<T extends Element = HTMLElement>(root: ParentNode, selector: string, name: string): T {
  const found = deepAll<T>(root, selector).find((e) => e.getAttribute('aria-label') === name || e.textContent?.trim() === name || ownText(e) === name);
  if (!found) throw new Error(`no ${selector} named "${name}"; have: ${deepAll(root, selector).map((e) => e.getAttribute('aria-label') ?? e.textContent?.trim()).join(' | ')}`);
  return found;
}

/** The focused element, looking into shadow roots. */
export function activeElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Sets a control's value as the user would and fires change (selects cannot be clicked open in a test). */
export async function choose(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle();
}

/** The condition rows in document order. */
export function rows(root: ParentNode): HTMLElement[] {
  return deepAll(root, 'sc-condition-row');
}
