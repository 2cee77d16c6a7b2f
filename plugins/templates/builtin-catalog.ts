// The catalog files, one lazy import each: every bundler and the test server understand a static
// `import()` of JSON (unlike fetching a file next to a module, or Vite-only globs). Each entry of the
// manifest's `templates` contribution names one of these paths; a Node test keeps the two in step.
export const BUILTIN_CATALOG: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  'catalog/after-sales-service.template.json': () => import('./catalog/after-sales-service.template.json'),
  'catalog/bank-branch-counter.template.json': () => import('./catalog/bank-branch-counter.template.json'),
  'catalog/call-centre-agent.template.json': () => import('./catalog/call-centre-agent.template.json'),
  'catalog/cs-manager-360.template.json': () => import('./catalog/cs-manager-360.template.json'),
  'catalog/express-delivery-service.template.json': () => import('./catalog/express-delivery-service.template.json'),
  'catalog/hospital-nursing-ward.template.json': () => import('./catalog/hospital-nursing-ward.template.json'),
  'catalog/power-utility-service-window.template.json': () => import('./catalog/power-utility-service-window.template.json'),
};
