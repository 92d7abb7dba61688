/**
 * Errors scroll into view: a failed save's summary or a panel's error box may appear far above or below where the user
 * clicked, so whenever one is added to the page it is scrolled into sight and given the focus (screen readers announce it).
 * Field-level messages and toasts are left where they are: they sit next to what the user is doing.
 */

const ERROR_BOXES = '.alert, .error-summary, .error-panel';
const LEFT_ALONE = '.toast-stack, .field-error';

/** Whether `element` is a page-level error box that should be brought into view. */
function isErrorBox(element: Element): element is HTMLElement {
  return element instanceof HTMLElement && element.matches(ERROR_BOXES) && element.closest(LEFT_ALONE) === null;
}

/** Whether any part of `element` lies outside the window. */
function outOfSight(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.top < 0 || box.bottom > window.innerHeight;
}

/** Scrolls `element` into sight if it is not and moves the focus to it, unless the user is typing in a text field. */
export function revealError(element: HTMLElement): void {
  if (outOfSight(element)) element.scrollIntoView({ block: 'center', behavior: 'auto' });
  const active = document.activeElement;
  const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
  if (typing && active.type !== 'file') return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/** Watches `root` for error boxes being added (or re-filled) and reveals each; returns the function that stops watching. */
export function watchErrors(root: HTMLElement): () => void {
  const observer = new MutationObserver((records) => {
    const found = new Set<HTMLElement>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const changed = target?.closest(ERROR_BOXES);
      if (record.type === 'characterData' && changed && isErrorBox(changed)) found.add(changed);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (isErrorBox(node)) found.add(node);
        node.querySelectorAll(ERROR_BOXES).forEach((inner) => { if (isErrorBox(inner)) found.add(inner); });
        const holder = node.parentElement?.closest(ERROR_BOXES);
        if (holder && isErrorBox(holder)) found.add(holder);
      }
    }
    const first = [...found][0];
    if (first) revealError(first);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
