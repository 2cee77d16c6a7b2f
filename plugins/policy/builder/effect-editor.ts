import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fromBuilderExpr, toBuilderExpr } from '../../../src/core/policy/builder/mapping.ts';
import type { BuilderExpr, FieldInfo } from '../../../src/core/policy/builder/types.ts';
import type { PolicyEffect } from '../../../src/core/scorecard/types.ts';
import { builderStyles, type ExprChange, fire, handled, RuleBuilderElement } from '../../../src/workbench/rule-builder-api.ts';

/** The effect kinds of the type select: veto is split by mode. */
type EffectKind = 'points' | 'money' | 'veto-void' | 'veto-cap' | 'flag';
const KINDS: readonly EffectKind[] = ['points', 'money', 'veto-void', 'veto-cap', 'flag'];

/** detail of `effect-change`. */
export interface EffectChange {
  effect: PolicyEffect;
  label: string;
}

function kindOf(effect: PolicyEffect): EffectKind {
  return effect.type === 'veto' ? (effect.mode === 'cap' ? 'veto-cap' : 'veto-void') : effect.type;
}

/**
 * What a rule does when it fires: add or deduct points (an amount that may be a constant, a field
 * times a constant, any calculation; optionally bounded per record), a money adjustment in a
 * currency, a one-vote veto (void the appraisal or cap the grade), or a flag with a severity.
 *
 * @fires effect-change - detail { effect, label } for every user edit
 */
export class EffectEditorElement extends RuleBuilderElement {
  static override properties = {
    ...RuleBuilderElement.properties,
    effect: { attribute: false },
    fields: { attribute: false },
  };

  declare effect: PolicyEffect;
  declare fields: FieldInfo[];

  constructor() {
    super();
    this.effect = { type: 'points', amount: 0 };
    this.fields = [];
  }

  static override styles = [builderStyles, css`
    :host { display: block; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 4px 0; }
    label { display: inline-flex; gap: 4px; align-items: center; }
    input.bound { width: 6em; }
  `];

  private change(effect: PolicyEffect, labelKey: string): void {
    fire<EffectChange>(this, 'effect-change', { effect, label: this.t(labelKey) });
  }

  /** The effect of another kind, keeping the amount between points and money. */
  private switchKind(kind: EffectKind): void {
    const e = this.effect;
    const amount = e.type === 'points' || e.type === 'money' ? e.amount : -1;
    const next: PolicyEffect =
      kind === 'points' ? { type: 'points', amount }
      : kind === 'money' ? { type: 'money', amount }
      : kind === 'veto-void' ? { type: 'veto', mode: 'void' }
      : kind === 'veto-cap' ? { type: 'veto', mode: 'cap', grade: '' }
      : { type: 'flag', flag: '', severity: 'warning' };
    this.change(next, 'policy.builder.edit.changeEffect');
  }

  override render() {
    const kind = kindOf(this.effect);
    return html`<div class="row">
        <label>${this.t('policy.builder.effect.type')}
          <select @change=${(e: Event) => this.switchKind((e.target as HTMLSelectElement).value as EffectKind)}>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${this.t(`policy.builder.effect.kind.${k}`)}</option>`)}
          </select></label>
        ${this.renderAmount()}
      </div>
      ${this.renderDetails()}`;
  }

  private renderAmount(): TemplateResult | typeof nothing {
    const e = this.effect;
    if (e.type !== 'points' && e.type !== 'money') return nothing;
    const amount: BuilderExpr = toBuilderExpr(e.amount, { engine: this.operators.engine });
    return html`<span class="amount"><sc-expression-input .services=${this.services} .expr=${amount} .fields=${this.fields} .label=${this.t('policy.builder.effect.amount')}
        @expr-change=${(ev: CustomEvent<ExprChange>) => { handled(ev); fire<EffectChange>(this, 'effect-change', { effect: { ...e, amount: fromBuilderExpr(ev.detail.expr) }, label: ev.detail.label }); }}></sc-expression-input></span>
      <span class="hint">${this.t(e.type === 'points' ? 'policy.builder.effect.pointsHint' : 'policy.builder.effect.moneyHint')}</span>`;
  }

  private renderDetails(): TemplateResult | typeof nothing {
    const e = this.effect;
    switch (e.type) {
      case 'points':
        return html`<div class="row">
          ${this.bound(this.t('policy.builder.effect.min'), e.min, (min) => { const { min: _old, ...rest } = e; return min === undefined ? rest : { ...rest, min }; })}
          ${this.bound(this.t('policy.builder.effect.max'), e.max, (max) => { const { max: _old, ...rest } = e; return max === undefined ? rest : { ...rest, max }; })}
          <span class="hint">${this.t('policy.builder.effect.boundsHint')}</span></div>`;
      case 'money':
        return html`<div class="row"><label>${this.t('policy.builder.effect.currency')}
          <input type="text" size="6" placeholder="CNY" .value=${live(e.currency ?? '')} @change=${(ev: Event) => {
            const currency = (ev.target as HTMLInputElement).value.trim().toUpperCase();
            const { currency: _old, ...rest } = e;
            this.change(currency ? { ...rest, currency } : rest, 'policy.builder.edit.changeCurrency');
          }}></label></div>`;
      case 'veto':
        if (e.mode !== 'cap') return html`<div class="row hint">${this.t('policy.builder.effect.voidHint')}</div>`;
        return html`<div class="row"><label>${this.t('policy.builder.effect.grade')}
          <input type="text" size="8" placeholder=${this.t('policy.builder.effect.gradePlaceholder')} .value=${live(e.grade)}
            @change=${(ev: Event) => this.change({ ...e, grade: (ev.target as HTMLInputElement).value.trim() }, 'policy.builder.edit.changeGrade')}></label>
          <span class="hint">${this.t('policy.builder.effect.capHint')}</span></div>`;
      case 'flag':
        return html`<div class="row"><label>${this.t('policy.builder.effect.flag')}
          <input type="text" placeholder=${this.t('policy.builder.effect.flagPlaceholder')} .value=${live(e.flag)}
            @change=${(ev: Event) => this.change({ ...e, flag: (ev.target as HTMLInputElement).value.trim() }, 'policy.builder.edit.changeFlag')}></label>
          <label>${this.t('policy.builder.effect.severity')}
            <select @change=${(ev: Event) => this.change({ ...e, severity: (ev.target as HTMLSelectElement).value as 'info' | 'warning' | 'error' }, 'policy.builder.edit.changeSeverity')}>
              ${(['info', 'warning', 'error'] as const).map((s) => html`<option value=${s} ?selected=${(e.severity ?? 'warning') === s}>${this.t(`policy.builder.effect.severity.${s}`)}</option>`)}
            </select></label></div>`;
    }
  }

  /** An optional per-record bound of points: empty means none. */
  private bound(label: string, value: number | undefined, apply: (v: number | undefined) => PolicyEffect): TemplateResult {
    return html`<label>${label}<input class="bound" type="number" step="any" .value=${live(value === undefined ? '' : String(value))} @change=${(ev: Event) => {
      const input = ev.target as HTMLInputElement;
      const text = input.value.trim();
      if (text !== '' && !Number.isFinite(input.valueAsNumber)) return;
      this.change(apply(text === '' ? undefined : input.valueAsNumber), 'policy.builder.edit.changeBounds');
    }}></label>`;
  }
}

customElements.define('sc-effect-editor', EffectEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'sc-effect-editor': EffectEditorElement;
  }
}
