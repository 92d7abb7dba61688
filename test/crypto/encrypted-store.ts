import { join } from 'node:path';
import { caseInput } from '../../core/case/case-model';
import { createDataKeys, type DataKeys } from '../../electron/crypto/data-keys';
import { writeKeyInfo } from '../../electron/crypto/key-info-file';
import { openServices } from '../../electron/services/open-services';
import { seedProfiles } from '../support/service-fixture';

/** The passphrase the encryption tests use. */
export const testPassphrase = '测试口令 test passphrase';

/** Services over an encrypted store in `dataDir` (its key file written beside it), with a fixed clock. */
export function openEncryptedServices(dataDir: string, keys: DataKeys) {
  return openServices({ dataDir, actor: 'test', now: () => new Date('2026-11-28T02:00:00Z'), databaseKey: keys.database });
}

/** A new encrypted store holding the demo profiles and three demo cases; returns its path and keys, closed. */
export async function seededEncryptedStore(dataDir: string): Promise<{ databasePath: string; keys: DataKeys; caseIds: number[] }> {
  const { info, keys } = createDataKeys(testPassphrase);
  const databasePath = join(dataDir, 'dossier.sqlite');
  writeKeyInfo(databasePath, info);
  const services = openEncryptedServices(dataDir, keys);
  const { cases } = await seedProfiles(services.handlers);
  const caseIds: number[] = [];
  for (const values of cases) caseIds.push((await services.handlers['case:create']({ values: caseInput.parse(values) })).id);
  services.close();
  return { databasePath, keys, caseIds };
}

/** The defendant name of the first demo case: it must never appear in an encrypted file's bytes. */
export const knownDefendant = '李晓梅';
