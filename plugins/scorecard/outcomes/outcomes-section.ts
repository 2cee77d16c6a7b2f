// What the four parts of "Rules and outcomes" share: the configuration they show, the problems
// validation found, how a user edit is handed to <sc-scorecard-outcomes>, and where the keyboard
// focus goes after an edit re-renders the rows.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '../../../src/core/localized-text.ts';
import type { ConfigProblem } from '../../../src/core/scorecard/validate.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { WorkbenchElement } from '../../../src/workbench/api.ts';

/** A section's edit, caught by <sc-scorecard-outcomes> (not bubbling) and fired on as `outcomes-change`. */
export const OUTCOME_EDIT_EVENT = 'outcome-edit';

/** detail of `outcomes-change` (and of the sections' internal `outcome-edit`). */
export interface OutcomesChangeDetail {
  config: ScorecardConfig;
  /** The undo label, in the display language ("Change grade colour"). */
  label: string;
}

export abstract class OutcomesSectionElement extends WorkbenchElement {
  static override properties = {
    ...WorkbenchElement.properties,
    config: { attribute: false },
    problems: { attribute: false },
  };

  /** The configuration shown; never mutated. */
  declare config: ScorecardConfig | undefined;
  /** Every problem validateConfig reports for `config`; each section shows those under its pointers. */
  declare problems: readonly ConfigProblem[];

  /** Selectors (in this shadow root) to focus after the next render: the first enabled match wins. */
  private pendingFocus: readonly string[] = [];

  constructor() {
    super();
    this.config = undefined;
    this.problems = [];
  }

  protected get locale(): Locale {
    return this.services?.i18n.locale ?? 'en';
  }

  /**
   * Shows `next` at once (so a second edit builds on it before the host passes it back) and hands
   * it on with the undo label `labelKey`. Nothing happens when the edit changed nothing.
   */
  protected apply(next: ScorecardConfig, labelKey: string, ...focus: string[]): void {
    if (!this.config || next === this.config) return;
    this.config = next;
    this.pendingFocus = focus;
    this.dispatchEvent(new CustomEvent<OutcomesChangeDetail>(OUTCOME_EDIT_EVENT, { detail: { config: next, label: this.t(labelKey) } }));
  }

  /** Problems at `pointer` or below it. */
  protected problemsUnder(pointer: string): ConfigProblem[] {
    return this.problems.filter((p) => p.pointer === pointer || p.pointer.startsWith(`${pointer}/`));
  }

  protected renderProblems(problems: readonly ConfigProblem[], id?: string): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    return html`<ul class="problems" id=${id ?? nothing}>${problems.map((p) => html`<li class=${p.severity}>
      <sc-codicon name=${p.severity === 'info' ? 'info' : p.severity}></sc-codicon><span>${p.message[this.locale] ?? p.message.en}</span></li>`)}</ul>`;
  }

  /**
   * The number typed into an input: undefined (and the input marked invalid) when it is not a
   * finite number or is below `min`; null for an empty input when `optional`.
   */
  protected readNumber(e: Event, options: { optional?: boolean; min?: number } = {}): number | null | undefined {
    const input = e.target as HTMLInputElement;
    const text = input.value.trim();
    if (text === '' && options.optional) {
      input.setAttribute('aria-invalid', 'false');
      return null;
    }
    const value = text === '' ? NaN : Number(text);
    const ok = Number.isFinite(value) && (options.min === undefined || value >= options.min);
    input.setAttribute('aria-invalid', ok ? 'false' : 'true');
    return ok ? value : undefined;
  }

  /** Marks a text input invalid (kept as typed, not applied) or valid. */
  protected markInvalid(e: Event, invalid: boolean): void {
    (e.target as HTMLElement).setAttribute('aria-invalid', invalid ? 'true' : 'false');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const candidates = this.pendingFocus;
    if (candidates.length === 0) return;
    this.pendingFocus = [];
    for (const selector of candidates) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target && !(target as HTMLButtonElement).disabled) {
        target.focus();
        return;
      }
    }
  }
}
