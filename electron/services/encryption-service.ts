import type { Handlers } from '../../core/contract';
import type { EncryptionChange, EncryptionStatus } from '../../core/encryption/encryption-operations';
import { DossierError } from '../../core/errors';
import { encryptionState } from '../crypto/database-encryption';
import { countPlainStoredFiles } from './stored-file-conversion';
import type { ServiceContext } from './service-context';

/**
 * What turns a store's encryption on, off or to a new passphrase: it has to close and reopen the services, so it is
 * the app's (open-app-services.ts) and reaches the handlers through the context.
 */
export type EncryptionControl = {
  status: () => EncryptionStatus;
  unlock: (passphrase: string) => Promise<{ unlocked: true }>;
  enable: (passphrase: string, confirm: string) => Promise<EncryptionChange>;
  changePassphrase: (current: string, passphrase: string, confirm: string) => Promise<EncryptionChange>;
  disable: (passphrase: string) => Promise<EncryptionChange>;
};

/** The refusal where services were opened without the app's control (a test harness opening them directly). */
function appOnly(): DossierError {
  return new DossierError('forbidden', { zh: '只能在应用中更改加密设置', en: 'Encryption can only be changed in the app' });
}

/** The status of open services: from the database's header and the stored files on disk. */
export function encryptionStatusOf(context: ServiceContext): EncryptionStatus {
  const { encrypted } = encryptionState(context.databasePath);
  return { encrypted, locked: false, plainFiles: encrypted ? countPlainStoredFiles(context.dataDir) : 0 };
}

/** The encryption operations of open services; each passes to the app's control. */
export function createEncryptionHandlers(context: ServiceContext) {
  const control = () => context.encryption ?? null;
  const required = (): EncryptionControl => {
    const found = control();
    if (!found) throw appOnly();
    return found;
  };
  return {
    'encryption:status': () => control()?.status() ?? encryptionStatusOf(context),
    'encryption:unlock': async ({ passphrase }) => {
      const found = control();
      if (!found) throw new DossierError('conflict', { zh: '数据库已打开', en: 'The database is already open' });
      return found.unlock(passphrase);
    },
    'encryption:enable': ({ passphrase, confirm }) => required().enable(passphrase, confirm),
    'encryption:change-passphrase': ({ current, passphrase, confirm }) => required().changePassphrase(current, passphrase, confirm),
    'encryption:disable': ({ passphrase }) => required().disable(passphrase),
  } satisfies Partial<Handlers>;
}
