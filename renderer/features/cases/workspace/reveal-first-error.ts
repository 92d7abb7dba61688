/**
 * After a failed save: brings the first field with an error into the middle of the view and focuses it, or,
 * when no field is named (an error about the whole case), the error summary at the top of the form.
 */
export function revealFirstError(fields: readonly (string | undefined)[], summary: HTMLElement | null): void {
  for (const field of fields) {
    if (!field) continue;
    const control = document.getElementsByName(field)[0];
    if (control instanceof HTMLElement) {
      control.scrollIntoView({ block: 'center' });
      control.focus({ preventScroll: true });
      return;
    }
  }
  summary?.scrollIntoView({ block: 'start' });
  summary?.focus({ preventScroll: true });
}
