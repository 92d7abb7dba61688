import { readFileSync } from 'node:fs';
import { buildCourtDirectory } from '../../core/court/court-directory';
import type { CourtOverride } from '../../core/court/court-directory';
import type { CourtsData, DivisionsData } from '../../core/court/court-model';
import { buildDivisionIndex } from '../../core/court/division-index';

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../templates/data/${name}`, import.meta.url), 'utf8')) as T;

/** The bundled court directory and divisions, as the app loads them. */
export const bundledCourts = read<CourtsData>('courts.json');
export const bundledDivisions = read<DivisionsData>('divisions.json');
export const divisionIndex = buildDivisionIndex(bundledDivisions.divisions);

/** The effective directory over the bundled data with the given user edits. */
export function directoryWith(overrides: CourtOverride[] = []) {
  return buildCourtDirectory(bundledCourts, overrides, divisionIndex);
}
