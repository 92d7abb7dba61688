import { DossierError } from '../../core/errors';

/** The DossierError `run` throws; fails the test when it throws nothing or something else. */
export function thrownDossierError(run: () => unknown): DossierError {
  try {
    run();
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a DossierError');
}
