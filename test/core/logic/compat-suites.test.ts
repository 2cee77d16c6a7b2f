// The community suites in the realm as Node leaves it (Object.prototype extensible).
import { describeCompatSuites } from './compat-suite-cases.ts';

describeCompatSuites('Object.prototype open');
