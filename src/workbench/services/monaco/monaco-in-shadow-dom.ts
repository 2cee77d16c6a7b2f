// Monaco inside shadow roots: what it does not handle itself.
import type { IDisposable } from '../../../base/lifecycle.ts';

let monacoSheet: CSSStyleSheet | undefined;

/** Monaco's bundled CSS as one constructable sheet, collected from the document's style sheets. */
function monacoStyleSheet(): CSSStyleSheet {
  if (monacoSheet) return monacoSheet;
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let texts: string[];
    try {
      texts = Array.from(sheet.cssRules, (rule) => rule.cssText);
    } catch {
      continue; // a cross-origin sheet; not Monaco's
    }
    if (texts.some((text) => text.includes('.monaco-') || text.includes('.codicon'))) rules.push(...texts);
  }
  monacoSheet = new CSSStyleSheet();
  monacoSheet.replaceSync(rules.join('\n'));
  return monacoSheet;
}

/**
 * Monaco's modules import their CSS, which the bundler puts in the document: global CSS that does
 * not reach into shadow roots. Editors are therefore hosted in light DOM, but the host element may
 * itself sit inside a shadow root (an editor pane, a plugin's element), where the document's CSS
 * still does not apply. Monaco handles its runtime styles (theme colours, decorations) in shadow
 * roots itself; its bundled CSS is adopted into the container's shadow root here.
 */
export function adoptMonacoStyles(container: HTMLElement): void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const sheet = monacoStyleSheet();
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Monaco notices the mouse leaving an editor with a document-level `mousemove` listener that checks
 * `viewDomNode.contains(event.target)`. Seen from the document, an event from inside a shadow root
 * targets the shadow host, so every move inside the editor counts as leaving it and hovers shown by
 * the mouse close at once (microsoft/monaco-editor#3409). Moves inside the editor therefore stop at
 * its container: Monaco's own listeners, on elements inside it, have already run, and leaving is
 * still noticed through `mouseleave`. Nothing of the workbench listens to `mousemove` (sashes use
 * pointer events with capture).
 */
export function keepMouseMovesInside(container: HTMLElement): IDisposable {
  if (!(container.getRootNode() instanceof ShadowRoot)) return { dispose: () => undefined };
  const stop = (event: MouseEvent): void => event.stopPropagation();
  container.addEventListener('mousemove', stop);
  return { dispose: () => container.removeEventListener('mousemove', stop) };
}
