import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { buildCourtDirectory } from '../../core/court/court-directory';
import type { CourtDirectory } from '../../core/court/court-directory';
import type { CourtsData, DivisionsData } from '../../core/court/court-model';
import { buildDivisionIndex } from '../../core/court/division-index';
import type { DivisionIndex } from '../../core/court/division-index';
import type { BundledThresholdRow, SmallClaimsThreshold } from '../../core/court/small-claims-threshold';
import { DossierError } from '../../core/errors';
import { parseYuan } from '../../core/money/fen';
import { createCourtOverrideRepository } from '../db/court-override-repository';
import { thresholdFromRow } from '../db/court-rows';
import { createThresholdRepository } from '../db/small-claims-threshold-repository';

/** The bundled data files of the court area, read once per templates folder. */
type Bundled = { courts: CourtsData; divisions: DivisionsData; divisionIndex: DivisionIndex; thresholds: BundledThresholdRow[] };
const bundledCache = new Map<string, Bundled>();

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new DossierError('io-error', { zh: `无法读取数据文件：${path}`, en: `Cannot read the data file ${path}: ${(error as Error).message}` }, { file: path });
  }
}

/** Loads templates/data/{courts,divisions,small-claims-thresholds}.json (cached). */
export function loadBundledCourtData(templatesDir: string): Bundled {
  const cached = bundledCache.get(templatesDir);
  if (cached) return cached;
  const dir = join(templatesDir, 'data');
  const divisions = readJson<DivisionsData>(join(dir, 'divisions.json'));
  const loaded: Bundled = {
    courts: readJson<CourtsData>(join(dir, 'courts.json')),
    divisions,
    divisionIndex: buildDivisionIndex(divisions.divisions),
    thresholds: readJson<{ rows: BundledThresholdRow[] }>(join(dir, 'small-claims-thresholds.json')).rows,
  };
  bundledCache.set(templatesDir, loaded);
  return loaded;
}

/**
 * The court area's view of the data: the bundled files with the user's rows layered over them.
 * The directory is rebuilt only when the overrides may have changed (this connection wrote, or another committed), so
 * the app and the CLI writing the same database never see a stale directory.
 */
export function createCourtDataStore(db: Database.Database, templatesDir: string) {
  const overrides = createCourtOverrideRepository(db);
  const thresholdRows = createThresholdRepository(db);
  let cached: { fingerprint: string; directory: CourtDirectory } | null = null;
  let localVersion = 0;

  // data_version changes when another connection (the CLI beside the app) commits; our own writes call changed().
  function fingerprint(): string {
    return `${String(db.pragma('data_version', { simple: true }))}|${localVersion}`;
  }

  return {
    bundled: () => loadBundledCourtData(templatesDir),
    /** Call after writing court_overrides on this connection. */
    changed: () => {
      localVersion += 1;
    },
    divisions: () => loadBundledCourtData(templatesDir).divisionIndex,
    directory(): CourtDirectory {
      const current = fingerprint();
      if (cached && cached.fingerprint === current) return cached.directory;
      const bundled = loadBundledCourtData(templatesDir);
      const directory = buildCourtDirectory(bundled.courts, overrides.list(), bundled.divisionIndex);
      cached = { fingerprint: current, directory };
      return directory;
    },
    /** Bundled thresholds with the user's rows layered over them by id (a hidden row removes a bundled one). */
    thresholds(): SmallClaimsThreshold[] {
      const bundled = loadBundledCourtData(templatesDir);
      const provinceName = (code: string) => bundled.divisionIndex.find(code)?.name ?? code;
      const byId = new Map<string, SmallClaimsThreshold>();
      for (const row of bundled.thresholds) {
        const id = `${row.provinceCode}-${row.inForceFrom}`;
        byId.set(id, {
          id, provinceCode: row.provinceCode, province: row.province, mandatoryLimitFen: parseYuan(row.mandatoryLimit),
          agreementLimitFen: parseYuan(row.agreementLimit), wageYear: row.wageYear, wageBasis: row.wageBasis,
          averageWageFen: row.averageWage ? parseYuan(row.averageWage) : null, inForceFrom: row.inForceFrom, source: row.source, origin: 'bundled',
        });
      }
      for (const row of thresholdRows.list()) {
        if (row.hidden === 1) byId.delete(row.id);
        else byId.set(row.id, thresholdFromRow(row, provinceName(row.province_code), byId.has(row.id) ? 'edited' : 'user'));
      }
      return [...byId.values()].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.inForceFrom.localeCompare(b.inForceFrom));
    },
    isBundledThreshold(id: string): boolean {
      return loadBundledCourtData(templatesDir).thresholds.some((row) => `${row.provinceCode}-${row.inForceFrom}` === id);
    },
  };
}
export type CourtDataStore = ReturnType<typeof createCourtDataStore>;

const stores = new WeakMap<Database.Database, CourtDataStore>();

/** The one store per open database, shared by the court, jurisdiction and procedure handlers. */
export function courtDataStoreFor(db: Database.Database, templatesDir: string): CourtDataStore {
  let store = stores.get(db);
  if (!store) {
    store = createCourtDataStore(db, templatesDir);
    stores.set(db, store);
  }
  return store;
}
