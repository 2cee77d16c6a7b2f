// The service operators themselves are declared in plugin.json (JSON-logic bodies: they run in the
// page, the test runner's worker and exports alike). The code only defines the builder widget.
import type { PluginContext, WorkbenchApi } from '../../src/workbench/api.ts';
import './ratio-widget.ts';

export function activate(_context: PluginContext<WorkbenchApi>): void {
  // Importing ratio-widget.ts defined <svc-ratio-widget>; nothing to register.
}
