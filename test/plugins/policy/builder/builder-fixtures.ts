// Shared by the builder's component tests: services with the policy catalogs, a controlled host
// that applies every rule-change (as the policy editor does), and queries that pierce shadow roots.
import type { FieldInfo } from '../../../../src/core/policy/builder/types.ts';
import type { ConditionRule } from '../../../../src/core/policy/types.ts';
import { MemoryStorageService } from '../../../../src/platform/storage/storage-service.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import en from '../../../../plugins/policy/l10n/en.json';
import zh from '../../../../plugins/policy/l10n/zh-CN.json';
import builderEn from '../../../../plugins/policy/l10n/builder.en.json';
import builderZh from '../../../../plugins/policy/l10n/builder.zh-CN.json';
import { ConditionRuleEditorElement, type RuleChange } from '../../../../plugins/policy/builder/condition-rule-editor.ts';

export function createServices(): WorkbenchServices {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  services.i18n.registerCatalog('en', builderEn);
  services.i18n.registerCatalog('zh-CN', builderZh);
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

export interface Mounted {
  el: ConditionRuleEditorElement;
  services: WorkbenchServices;
  changes: RuleChange[];
}

let mounted: ConditionRuleEditorElement | undefined;

export async function mount(initial: ConditionRule, fields: FieldInfo[] = FIELDS): Promise<Mounted> {
  const services = createServices();
  const el = new ConditionRuleEditorElement();
  el.services = services;
  el.rule = initial;
  el.fields = fields;
  const changes: RuleChange[] = [];
  // The host applies each change, like the policy editor (the element is controlled).
  el.addEventListener('rule-change', (e) => {
    const detail = (e as CustomEvent<RuleChange>).detail;
    changes.push(detail);
    el.rule = detail.rule;
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
