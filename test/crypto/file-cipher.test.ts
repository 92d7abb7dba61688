import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptStoredBytes, encryptStoredBytes, isEncryptedStoredFile, storedCipherOverhead } from '../../electron/crypto/file-cipher';
import { thrownDossierError } from '../support/thrown-error';

const key = randomBytes(32);
const plain = Buffer.from('%PDF-1.7 对账单 云岭银行 6222 0000 0000 0000 '.repeat(50), 'utf8');

describe('stored file cipher (AES-256-GCM)', () => {
  it('round-trips, adds only the header, nonce and tag, and never repeats a nonce', () => {
    const first = encryptStoredBytes(key, plain);
    const second = encryptStoredBytes(key, plain);
    expect(first.length).toBe(plain.length + storedCipherOverhead);
    expect(isEncryptedStoredFile(first)).toBe(true);
    expect(isEncryptedStoredFile(plain)).toBe(false);
    expect(first.equals(second)).toBe(false);
    expect(decryptStoredBytes(key, first, '对账单.pdf').equals(plain)).toBe(true);
    expect(first.includes(Buffer.from('云岭银行'))).toBe(false);
    expect(decryptStoredBytes(key, encryptStoredBytes(key, Buffer.alloc(0)), 'empty').length).toBe(0);
  });

  it('refuses a wrong key and any flipped byte, naming the file', () => {
    const sealed = encryptStoredBytes(key, plain);
    const wrong = thrownDossierError(() => decryptStoredBytes(randomBytes(32), sealed, '对账单.pdf'));
    expect(wrong.location.file).toBe('对账单.pdf');
    expect(wrong.text.zh).toContain('对账单.pdf');
    // The version byte, the nonce, the ciphertext and the tag: every part is covered.
    for (const at of [6, 7, 20, 100, sealed.length - 1]) {
      const flipped = Buffer.from(sealed);
      flipped[at]! ^= 0x01;
      expect(thrownDossierError(() => decryptStoredBytes(key, flipped, '领用合约.pdf')).location.file, `byte ${at}`).toBe('领用合约.pdf');
    }
    expect(thrownDossierError(() => decryptStoredBytes(key, sealed.subarray(0, sealed.length - 5), 'cut.pdf')).code).toBe('io-error');
  });
});
