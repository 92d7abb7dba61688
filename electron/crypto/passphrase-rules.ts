import { DossierError } from '../../core/errors';

/** The one place the passphrase rules live: long enough to resist guessing, short enough to be a passphrase. */
export const passphraseRules = { minLength: 8, maxLength: 1024 } as const;

/**
 * The passphrase in the form keys are derived from: Unicode NFC, so the same words typed through different
 * input methods (composed or decomposed characters) give the same key. Length is counted in characters.
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Refuses a passphrase a new key may not be made from (too short, too long, blank). */
export function checkNewPassphrase(passphrase: string): string {
  const normalised = normalisePassphrase(passphrase);
  const length = [...normalised].length;
  if (normalised.trim().length === 0 || length < passphraseRules.minLength) {
    throw new DossierError('invalid-input', {
      zh: `口令至少需要 ${passphraseRules.minLength} 个字符`,
      en: `The passphrase must be at least ${passphraseRules.minLength} characters long`,
    }, { field: 'passphrase' });
  }
  if (length > passphraseRules.maxLength) {
    throw new DossierError('invalid-input', {
      zh: `口令不能超过 ${passphraseRules.maxLength} 个字符`,
      en: `The passphrase must be at most ${passphraseRules.maxLength} characters long`,
    }, { field: 'passphrase' });
  }
  return normalised;
}
