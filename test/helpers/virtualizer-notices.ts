// For component tests of elements with @lit-labs/virtualizer: it adds rows from inside its
// ResizeObserver callback, so Chromium reports the benign "ResizeObserver loop completed with
// undelivered notifications" (lit/lit#3154), which mocha would take for an uncaught error. The
// package's own helper ignores it; the test runner also logs the event's error, which is null for
// this notice (lit/lit#4982), so those null logs are dropped.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';

export function ignoreVirtualizerResizeNotices(): void {
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  let restoreConsoleError: (() => void) | undefined;
  before(() => {
    const original = console.error;
    console.error = (...args: unknown[]) => {
      if (args.length === 1 && args[0] === null) return;
      original.apply(console, args);
    };
    restoreConsoleError = () => (console.error = original);
  });
  after(() => restoreConsoleError?.());
}
