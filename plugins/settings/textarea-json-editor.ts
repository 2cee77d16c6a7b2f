import type { JsonEditorFactory } from './json-editor-handle.ts';

/**
 * The fallback JSON editor: a plain <textarea> with the same contract as the Monaco one (change
 * callback, Ctrl/Cmd+S to save). It lives in light DOM next to where Monaco would, so it is styled
 * inline with the theme's custom properties.
 */
export const createTextareaJsonEditor: JsonEditorFactory = (container, options) => {
  const textarea = document.createElement('textarea');
  textarea.value = options.value;
  textarea.spellcheck = false;
  textarea.setAttribute('aria-label', options.ariaLabel);
  textarea.setAttribute('autocapitalize', 'off');
  textarea.setAttribute('autocomplete', 'off');
  Object.assign(textarea.style, {
    boxSizing: 'border-box',
    width: '100%',
    height: '100%',
    minHeight: '200px',
    margin: '0',
    padding: '8px',
    resize: 'none',
    border: '1px solid var(--vscode-input-border)',
    background: 'var(--vscode-editor-background)',
    color: 'var(--vscode-editor-foreground)',
    fontFamily: 'var(--vscode-editor-font-family)',
    fontSize: 'var(--vscode-font-size)',
    tabSize: '2',
  } satisfies Partial<CSSStyleDeclaration>);
  const onInput = (): void => options.onDidChange(textarea.value);
  const onKeyDown = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      event.stopPropagation();
      options.onSave();
    }
  };
  textarea.addEventListener('input', onInput);
  textarea.addEventListener('keydown', onKeyDown);
  container.append(textarea);
  return {
    kind: 'textarea',
    getValue: () => textarea.value,
    setValue: (value) => {
      textarea.value = value;
    },
    setSchema: () => undefined,
    setTheme: () => undefined,
    focus: () => textarea.focus(),
    dispose: () => {
      textarea.removeEventListener('input', onInput);
      textarea.removeEventListener('keydown', onKeyDown);
      textarea.remove();
    },
  };
};
