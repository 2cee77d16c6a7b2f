// Base of the builder parts whose drawing depends on the operators (which comparisons and functions
// are offered, which node draws a condition, which plugin widget edits a call): they read the
// workbench's `ruleOperators` service and draw again when plugins add or remove operators.
import type { DisposableStore } from '../../base/lifecycle.ts';
import { WorkbenchElement } from '../base/workbench-element.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';
import type { RuleOperatorSet } from '../services/rule-operators-service.ts';
import { DEFAULT_RULE_OPERATORS } from './builder-catalog.ts';

export class RuleBuilderElement extends WorkbenchElement {
  /** The operators offered: the workbench's, or the default engine's before services are known. */
  protected get operators(): RuleOperatorSet {
    // Services stubbed without the rule operators (some tests) get the default engine too.
    return this.services?.ruleOperators ?? DEFAULT_RULE_OPERATORS;
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    super.servicesReady(services, store);
    if (services.ruleOperators) store.add(services.ruleOperators.onDidChange(() => this.requestUpdate()));
  }
}
