import { createContext } from '@lit/context';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/** Provided by <sc-workbench>; every element of the shell and of plugins consumes it. */
export const servicesContext = createContext<WorkbenchServices>(Symbol('workbench-services'));
