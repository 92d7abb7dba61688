import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import type { ServiceContext } from './service-context';
import { createImportProfileHandlers } from './import-profile-service';

const notYet = () => {
  throw new DossierError('io-error', { zh: '案件导入尚未接入文件读取', en: 'Case import cannot read files yet' });
};

/** Handlers for importing cases from a bank's export and for its saved mappings. */
export function createCaseImportHandlers(context: ServiceContext) {
  return {
    ...createImportProfileHandlers(context),
    'import:preview': notYet,
    'import:cases': notYet,
  } satisfies Partial<Handlers>;
}
