import { DossierError } from '../../core/errors';

/** The DossierError an async `run` rejects with; fails the test when it resolves or rejects with something else. */
export async function rejectedDossierError(run: () => Promise<unknown>): Promise<DossierError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a DossierError');
}
