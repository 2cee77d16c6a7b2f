export { TEMPLATE_FORMAT, TEMPLATE_VERSION } from './types.ts';
export type { ScorecardTemplate, TemplateSample } from './types.ts';
export { MAX_SAMPLE_COUNT, templateName, validateTemplate } from './validate-template.ts';
export type { TemplateValidation } from './validate-template.ts';
export { instantiateTemplate } from './instantiate-template.ts';
export type { TemplateInstance } from './instantiate-template.ts';
