/** How long the runner waits after an edit before it evaluates (typing several characters runs once). */
export const DEBOUNCE_MS = 40;
