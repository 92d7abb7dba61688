import type { FindingTarget } from '../../../core/evidence/readiness-model';

/** The element a finding points at, as a CSS selector (ids set by the evidence, contacts and claim tabs). */
export function targetSelector(target: FindingTarget): string {
  if (target.place === 'details' && target.field) return `[name="${target.field}"]`;
  if (target.place === 'evidence') {
    if (target.itemId !== undefined) return `#evidence-item-${target.itemId}`;
    if (target.evidenceKind) return `#evidence-kind-${target.evidenceKind}`;
    return '#evidence-title';
  }
  if (target.place === 'contacts') return target.itemId !== undefined ? `#contact-${target.itemId}` : '#contacts-title';
  if (target.place === 'claim') return target.field ? `[name="terms.${target.field}"]` : '#breakdown-title';
  if (target.place === 'jurisdiction') return '#jurisdiction-title';
  if (target.field === 'holidays') return '#holiday-calendar';
  return '#limitation-title';
}

/** Focuses (and scrolls to) the first element matching `selector` once it appears; tabs load their data asynchronously. */
export function focusWhenPresent(selector: string, timeoutMs = 4000): void {
  const started = Date.now();
  const attempt = () => {
    const element = document.querySelector(selector);
    if (element instanceof HTMLElement) {
      if (!element.hasAttribute('tabindex') && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(element.tagName)) element.setAttribute('tabindex', '-1');
      element.scrollIntoView({ block: 'center' });
      element.focus();
      element.classList.add('focus-flash');
      window.setTimeout(() => element.classList.remove('focus-flash'), 2000);
      return;
    }
    if (Date.now() - started < timeoutMs) window.setTimeout(attempt, 100);
  };
  window.setTimeout(attempt, 0);
}
