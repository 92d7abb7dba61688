/**
 * Builders for fictional identifiers with correct check characters, so tests can use numbers that
 * pass validation without using anyone's real ID, card or credit code.
 */
import { luhnCheckDigit } from '../../core/case/card-number';
import { creditCodeCheckCharacter } from '../../core/case/credit-code';
import { residentIdCheckCharacter } from '../../core/case/resident-id';

/** An 18-character resident ID: 6-digit region, birth date 'YYYY-MM-DD', 3-digit sequence (odd = male), check character. */
export function makeResidentId(region: string, birthDate: string, sequence: string): string {
  if (!/^\d{6}$/.test(region)) throw new Error(`region must be 6 digits: ${region}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw new Error(`birthDate must be YYYY-MM-DD: ${birthDate}`);
  if (!/^\d{3}$/.test(sequence)) throw new Error(`sequence must be 3 digits: ${sequence}`);
  const first17 = `${region}${birthDate.replace(/-/g, '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A card number: the given digits (15 for a 16-digit card) followed by their Luhn check digit. */
export function makeCardNumber(prefix15: string): string {
  return prefix15 + luhnCheckDigit(prefix15);
}

/** A unified social credit code: the given 17 characters followed by their check character. */
export function makeCreditCode(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}
