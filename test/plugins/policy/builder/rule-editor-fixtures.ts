// The policy plugin's rule editor mounted for its component tests: the shared builder fixtures
// (test/workbench/rule-builder) plus the policy catalogs and a host that applies every rule-change,
// as the policy editor does (the element is controlled).
import type { FieldInfo } from '../../../../src/core/policy/builder/types.ts';
import type { ConditionRule } from '../../../../src/core/policy/types.ts';
import type { WorkbenchServices } from '../../../../src/workbench/services/workbench-services.ts';
import en from '../../../../plugins/policy/l10n/en.json';
import zh from '../../../../plugins/policy/l10n/zh-CN.json';
import builderEn from '../../../../plugins/policy/l10n/builder.en.json';
import builderZh from '../../../../plugins/policy/l10n/builder.zh-CN.json';
import { ConditionRuleEditorElement, type RuleChange } from '../../../../plugins/policy/builder/condition-rule-editor.ts';
import { attach, createServices, FIELDS, type Mounted } from '../../../workbench/rule-builder/builder-fixtures.ts';

/** Workbench services (the builder's strings included) with the policy plugin's catalogs. */
export function createPolicyServices(): WorkbenchServices {
  const services = createServices();
  services.i18n.registerCatalog('en', en);
  services.i18n.registerCatalog('zh-CN', zh);
  services.i18n.registerCatalog('en', builderEn);
  services.i18n.registerCatalog('zh-CN', builderZh);
  return services;
}

export async function mountRuleEditor(
  initial: ConditionRule, fields: FieldInfo[] = FIELDS, services: WorkbenchServices = createPolicyServices(),
): Promise<Mounted<ConditionRuleEditorElement>> {
  const el = new ConditionRuleEditorElement();
  el.services = services;
  el.rule = initial;
  el.fields = fields;
  const changes: RuleChange[] = [];
  el.addEventListener('rule-change', (e) => {
    const detail = (e as CustomEvent<RuleChange>).detail;
    changes.push(detail);
    el.rule = detail.rule;
  });
  await attach(el);
  return { el, services, changes };
}
