import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import type { CaseImportMapping } from '../../core/import/import-operations';
import { createImportProfileRepository } from '../db/import-profile-repository';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** Drops fields mapped to no column, so a saved profile holds only what it reads. */
function mappedOnly(mapping: CaseImportMapping): CaseImportMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => header !== undefined && header.trim() !== ''));
}

/** Handlers for saved import mappings (导入方案): list, save by name (replacing one of the same name), delete. */
export function createImportProfileHandlers(context: ServiceContext) {
  const profiles = createImportProfileRepository(context.db);
  const clock = clockOf(context);
  return {
    'import:profiles': () => profiles.list(),
    'import:save-profile': ({ name, mapping }) => {
      const id = context.db.transaction(() => profiles.save(name, mappedOnly(mapping), clock.timestamp())).immediate();
      return profiles.find(id)!;
    },
    'import:delete-profile': ({ id }) => {
      if (!profiles.remove(id)) {
        throw new DossierError('not-found', { zh: `找不到导入方案（编号 ${id}）`, en: `No import profile with id ${id}` }, { field: 'id' });
      }
      return { deleted: true as const };
    },
  } satisfies Partial<Handlers>;
}
