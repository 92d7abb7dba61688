import { z } from 'zod';
import { operation } from '../operation';

/** A passphrase as typed: its rules (length) are checked where keys are made, so the message names them. */
const passphrase = z.string().max(4096);

/** Whether the store is encrypted and, if so, whether it has been unlocked in this run. */
export type EncryptionStatus = {
  encrypted: boolean;
  locked: boolean;
  /** Stored files still plain in an encrypted store (an encryption that was interrupted and is being finished). */
  plainFiles: number;
};

/** What turning encryption on, changing the passphrase or turning it off did to the stored files. */
export type EncryptionChange = { encrypted: boolean; filesRewritten: number };

/**
 * Encryption at rest of the open store: the database (SQLCipher) and every stored file, with keys derived from a
 * passphrase the user enters at start. An encrypted store starts locked; only 'app:info' and these answer then.
 */
export const encryptionOperations = {
  /** Whether the store is encrypted and unlocked. */
  'encryption:status': operation(z.object({}).strict()).returns<EncryptionStatus>(),
  /** Opens a locked store with its passphrase. */
  'encryption:unlock': operation(z.object({ passphrase })).returns<{ unlocked: true }>(),
  /** Encrypts a plain store under a new passphrase, typed twice. */
  'encryption:enable': operation(z.object({ passphrase, confirm: passphrase })).returns<EncryptionChange>(),
  /** Re-encrypts the store under a new passphrase; the current one proves the user may. */
  'encryption:change-passphrase': operation(z.object({ current: passphrase, passphrase, confirm: passphrase })).returns<EncryptionChange>(),
  /** Decrypts the store back to plain files; the passphrase proves the user may. */
  'encryption:disable': operation(z.object({ passphrase })).returns<EncryptionChange>(),
} as const;
