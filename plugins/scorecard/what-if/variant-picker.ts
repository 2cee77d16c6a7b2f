// The toolbar of <sc-scorecard-what-if>: duplicate as a variant, pick the scorecard to compare
// with (the variants made here first), open it, compare.
import { html, nothing, type TemplateResult } from 'lit';

/** A scorecard document the current one can be compared with. */
export interface VariantOption {
  id: string;
  name: string;
  /** Duplicated from the current scorecard in this view. */
  ownVariant: boolean;
}

export interface VariantPickerProps {
  options: readonly VariantOption[];
  selected: string | undefined;
  busy: boolean;
  /** Duplicating is under way (the button waits). */
  duplicating: boolean;
  /** Comparing is possible (results of the current scorecard exist and a variant is picked). */
  canCompare: boolean;
  msg(key: string, args?: Readonly<Record<string, string | number>>): string;
  onDuplicate(): void;
  onSelect(id: string | undefined): void;
  onOpen(id: string): void;
  onCompare(): void;
}

/** The value of the "none picked" option (document ids are never empty). */
const NONE = '';

export function renderVariantPicker(p: VariantPickerProps): TemplateResult {
  const own = p.options.filter((o) => o.ownVariant);
  const others = p.options.filter((o) => !o.ownVariant);
  const option = (o: VariantOption): TemplateResult => html`<option value=${o.id} ?selected=${o.id === p.selected}>${o.name}</option>`;
  return html`<div class="toolbar">
    <button class="button secondary duplicate" ?disabled=${p.duplicating} @click=${() => p.onDuplicate()}>${p.msg('scorecard.whatif.duplicate')}</button>
    <label class="picker">${p.msg('scorecard.whatif.compareWith')}
      <select class="variant" ?disabled=${p.options.length === 0}
        @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; p.onSelect(v === NONE ? undefined : v); }}>
        <option value=${NONE} ?selected=${p.selected === undefined}>${p.msg(p.options.length === 0 ? 'scorecard.whatif.noOtherScorecards' : 'scorecard.whatif.choose')}</option>
        ${own.length ? html`<optgroup label=${p.msg('scorecard.whatif.group.variants')}>${own.map(option)}</optgroup>` : nothing}
        ${others.length ? html`<optgroup label=${p.msg('scorecard.whatif.group.others')}>${others.map(option)}</optgroup>` : nothing}
      </select>
    </label>
    ${p.selected === undefined ? nothing : html`<button class="button secondary open" title=${p.msg('scorecard.whatif.openTitle')} @click=${() => p.onOpen(p.selected!)}>${p.msg('scorecard.whatif.open')}</button>`}
    <button class="button compare" ?disabled=${!p.canCompare || p.busy} @click=${() => p.onCompare()}>${p.msg('scorecard.whatif.compare')}</button>
    ${p.busy ? html`<progress class="busy" aria-label=${p.msg('scorecard.whatif.comparing')}></progress><span class="muted">${p.msg('scorecard.whatif.comparing')}</span>` : nothing}
  </div>`;
}
