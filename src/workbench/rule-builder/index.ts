// The visual rule builder, for every plugin that lets a manager build JSON-logic by clicks (service
// rules, indicator values, ...). Importing this module (plugins import it through api.ts) defines
// its custom elements.
//
// How a plugin uses it. The elements are controlled: they draw the model they are given and report
// the model the user wants instead; the host converts it back to JSON-logic, stores it, and sets
// the new model (which also gives the host its undo/redo, with the event's `label` as the step's
// name). Convert with the mapping of src/core/policy/builder, using the workbench's engine so the
// operators plugins declare are drawn rather than shown as raw JSON:
//
//   const engine = this.services.ruleOperators.engine;   // redraw on ruleOperators.onDidChange
//   const expr = toBuilderExpr(indicator.value, { engine });
//
// A value (a constant, a field, a calculation, if/then/else, a function):
//   html`<sc-expression-input .services=${this.services} .expr=${expr} .fields=${fields} .label=${'Value'}
//          @expr-change=${(e: CustomEvent<ExprChange>) => save(fromBuilderExpr(e.detail.expr), e.detail.label)}></sc-expression-input>`
// A condition (nested all/any/none groups, drag and drop, the keyboard map of item-keys.ts):
//   html`<sc-condition-block .services=${this.services} .condition=${toBuilderCondition(when, { engine })} .fields=${fields} .label=${'When'}
//          @condition-change=${(e: CustomEvent<ConditionChange>) => save(fromBuilderCondition(e.detail.condition), e.detail.label)}></sc-condition-block>`
// `fields` (FieldInfo[]) types the inputs and fills the field pickers; `.field` on an expression
// input types its constant after the field it is compared with. Stop the event (`handled(e)`) where
// you handle it: it bubbles and crosses shadow roots. RuleBuilderElement is a base for a host that
// wants `this.operators` and a redraw when plugins add or remove operators.
import { createEngineWithDeclarations } from '../../core/logic/declared-operators.ts';
import { DEFAULT_ENGINE } from '../../core/logic/engine.ts';
import { provideRuleEngineFactory } from '../services/rule-operators-service.ts';
import './condition-block.ts';
import './expression-input.ts';
import './field-picker.ts';
import './value-input.ts';
import './raw-json-block.ts';

export type { FieldInfo } from '../../core/policy/builder/types.ts';
export type { ConditionChange, ExprChange } from './builder-events.ts';
export { fire, handled } from './builder-events.ts';
export { builderStyles } from './builder-styles.ts';
export { RuleBuilderElement } from './builder-element.ts';
export { ConditionBlockElement } from './condition-block.ts';
export { ConditionGroupElement } from './condition-group.ts';
export { ConditionRowElement } from './condition-row.ts';
export { ComparisonEditorElement, type NodeChange } from './comparison-editor.ts';
export { ExpressionInputElement } from './expression-input.ts';
export { QuantifierEditorElement } from './quantifier-editor.ts';
export { ValueInputElement } from './value-input.ts';
export { FieldPickerElement } from './field-picker.ts';
export { RawJsonBlockElement } from './raw-json-block.ts';
export type { RuleOperatorSet, RuleOperatorsService } from '../services/rule-operators-service.ts';

// The engine loads with the builder (see RuleEngineFactory).
provideRuleEngineFactory({ defaultEngine: DEFAULT_ENGINE, create: createEngineWithDeclarations });
