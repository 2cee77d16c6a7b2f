import { minimalEdit } from '../../../core/json/minimal-edit.ts';
import type { JsonEditorHandle, JsonEditorOptions } from './json-editor.ts';

/**
 * The fallback JSON editor: a plain <textarea> with the same contract as the Monaco one (change
 * callback, Ctrl/Cmd+S to save, blur). It lives in light DOM where Monaco would, so it is styled
 * inline with the theme's custom properties. No schema support: validation is the caller's.
 */
export function createTextareaJsonEditor(container: HTMLElement, options: JsonEditorOptions): JsonEditorHandle {
  const textarea = document.createElement('textarea');
  textarea.value = options.value;
  textarea.spellcheck = false;
  textarea.readOnly = options.readOnly ?? false;
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
  const onInput = (): void => options.onDidChange?.(textarea.value);
  const onBlur = (): void => options.onDidBlur?.();
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!options.onSave) return;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      event.stopPropagation();
      options.onSave();
    }
  };
  textarea.addEventListener('input', onInput);
  textarea.addEventListener('blur', onBlur);
  textarea.addEventListener('keydown', onKeyDown);
  container.append(textarea);
  return {
    kind: 'textarea',
    getValue: () => textarea.value,
    setValue: (value) => {
      textarea.value = value;
    },
    replaceText: (value) => {
      const edit = minimalEdit(textarea.value, value);
      if (!edit) return;
      // Where the selection lies outside the change it keeps its place; inside, it moves to the end.
      const shift = edit.text.length - (edit.end - edit.start);
      const move = (offset: number): number => (offset <= edit.start ? offset : offset >= edit.end ? offset + shift : edit.start + edit.text.length);
      const { selectionStart, selectionEnd, scrollTop } = textarea;
      textarea.setRangeText(edit.text, edit.start, edit.end);
      textarea.setSelectionRange(move(selectionStart), move(selectionEnd));
      textarea.scrollTop = scrollTop;
    },
    setSchema: () => undefined,
    focus: () => textarea.focus(),
    dispose: () => {
      textarea.removeEventListener('input', onInput);
      textarea.removeEventListener('blur', onBlur);
      textarea.removeEventListener('keydown', onKeyDown);
      textarea.remove();
    },
  };
}
