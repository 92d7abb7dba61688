import type { Handlers } from '../../core/contract';
import { courtColumnHeader, courtsFromTable, courtsToCsv } from '../../core/court/court-csv';
import type { CourtDirectory } from '../../core/court/court-directory';
import type { Court, CourtEntry, CourtInputParsed } from '../../core/court/court-model';
import { DossierError } from '../../core/errors';
import { createCourtOverrideRepository } from '../db/court-override-repository';
import { readTable, tableSourceOf } from '../tables/read-table';
import { writeFileAtomic } from './atomic-write';
import { courtDataStoreFor } from './court-data-store';
import { courtInitials } from './court-pinyin';
import { exportTarget } from './export-target';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

function notFound(id: string): DossierError {
  return new DossierError('not-found', { zh: `法院名录中没有编号为 ${id} 的法院`, en: `No court with id ${id} in the directory` }, { field: 'id' });
}

/** Handlers for the court directory: search, edit (layered over the bundled data), CSV import and export. */
export function createCourtHandlers(context: ServiceContext) {
  const { db } = context;
  const store = courtDataStoreFor(db, context.templatesDir);
  const overrides = createCourtOverrideRepository(db);
  const clock = clockOf(context);

  function mustFind(id: string): CourtEntry {
    const court = store.directory().find(id);
    if (!court) throw notFound(id);
    return court;
  }

  // The directory is passed in so that an import checks and writes thousands of rows against one build of it.
  function checkValues(values: CourtInputParsed, selfId: string | undefined, directory: CourtDirectory = store.directory()): void {
    if (values.divisionCode && !store.divisions().find(values.divisionCode)) {
      throw new DossierError('invalid-input', { zh: `区划代码 ${values.divisionCode} 不在行政区划表中`, en: `Division code ${values.divisionCode} is not in the division table` }, { field: 'divisionCode' });
    }
    if (values.appealCourtId && (values.appealCourtId === selfId || !directory.find(values.appealCourtId))) {
      throw new DossierError('invalid-input', { zh: `上诉法院编号 ${values.appealCourtId} 不存在`, en: `Appeal court id ${values.appealCourtId} does not exist` }, { field: 'appealCourtId' });
    }
  }

  /** Writes one court's values as an override (edit of a bundled court) or a user court; returns its id. */
  /** An import numbers its new courts from one look-up, instead of scanning every user court for each row. */
  type Numbering = { directory: CourtDirectory; nextUserNumber: () => number };
  const freshNumbering = (): Numbering => ({ directory: store.directory(), nextUserNumber: () => overrides.nextUserNumber() });

  function write(id: string | undefined, values: CourtInputParsed, now: string, { directory, nextUserNumber }: Numbering = freshNumbering()): string {
    const existing = id ? directory.find(id) : undefined;
    if (id && !existing && !directory.bundled(id)) throw notFound(id);
    const courtId = id ?? `user-${nextUserNumber()}`;
    const bundled = directory.bundled(courtId);
    const court: Court & { initials: string } = {
      id: courtId, ...values, scope: existing?.scope ?? bundled?.scope ?? null,
      initials: bundled && bundled.name === values.name ? bundled.initials : courtInitials(values.name),
    };
    overrides.put(court, bundled ? 'edited' : 'user', false, now);
    return courtId;
  }

  function sameValues(court: CourtEntry, values: CourtInputParsed): boolean {
    return court.name === values.name && court.level === values.level && court.kind === values.kind && court.divisionCode === values.divisionCode
      && court.address === values.address && court.phone === values.phone && court.notes === values.notes
      && court.towns.join('、') === values.towns.join('、') && court.appealCourtId === values.appealCourtId;
  }

  return {
    'court:search': ({ query, level, limit }) => store.directory().search(query, { level, limit }),
    'court:get': ({ id }) => mustFind(id),
    'court:save': ({ id, values }) => {
      checkValues(values, id);
      const savedId = db.transaction(() => write(id, values, clock.timestamp())).immediate();
      store.changed();
      return mustFind(savedId);
    },
    'court:delete': ({ id }) => {
      const court = mustFind(id);
      db.transaction(() => {
        // A bundled court is hidden (so an update of the bundled data does not bring it back); a user court is removed.
        if (store.directory().bundled(id)) overrides.put({ ...court, initials: court.initials }, 'edited', true, clock.timestamp());
        else overrides.remove(id);
      }).immediate();
      store.changed();
      return { deleted: true as const };
    },
    'court:reset': ({ id }) => {
      if (!store.directory().bundled(id)) {
        throw new DossierError('conflict', { zh: '只有随软件提供的法院可以恢复为原始数据', en: 'Only a bundled court can be reset to the bundled data' }, { field: 'id' });
      }
      overrides.remove(id);
      store.changed();
      return mustFind(id);
    },
    'court:info': () => {
      const { courts } = store.bundled();
      const list = overrides.list();
      return {
        source: courts.source, namingRules: courts.namingRules, exceptions: courts.exceptions,
        counts: {
          total: store.directory().all().length,
          edited: list.filter((o) => o.origin === 'edited' && o.court).length,
          user: list.filter((o) => o.origin === 'user').length,
          hidden: list.filter((o) => !o.court).length,
        },
      };
    },
    'court:export': async ({ path: requested }) => {
      const path = await exportTarget(context, requested, 'courts', 'csv');
      if (path === null) return { path: '', count: 0, csv: '', cancelled: true as const };
      const courts = store.directory().all();
      const csv = courtsToCsv(courts);
      writeFileAtomic(path, new TextEncoder().encode(csv));
      return { path, count: courts.length, csv };
    },
    'court:import': async ({ source, encoding }) => {
      const table = await readTable(tableSourceOf(source), { encoding });
      const rows = courtsFromTable(table);
      const counts = { created: 0, updated: 0, unchanged: 0 };
      // All or nothing: a bad row anywhere rolls back every row before it. Every row is checked against the
      // directory as it stood before the import (rebuilding it after each row made 4,000 rows take minutes).
      const run = db.transaction(() => {
        const now = clock.timestamp();
        const directory = store.directory();
        let userNumber = overrides.nextUserNumber();
        const numbering: Numbering = { directory, nextUserNumber: () => userNumber++ };
        // A row without an id that says exactly what a court of that name says is that court (the same file imported again).
        const byName = new Map(directory.all().map((court) => [court.name, court]));
        for (const row of rows) {
          try {
            const current = row.id ? directory.find(row.id) : undefined;
            const sameNamed = row.id ? undefined : byName.get(row.values.name);
            if ((current && sameValues(current, row.values)) || (sameNamed && sameValues(sameNamed, row.values))) {
              counts.unchanged += 1;
              continue;
            }
            checkValues(row.values, row.id || undefined, directory);
            write(row.id || undefined, row.values, now, numbering);
            counts[current ? 'updated' : 'created'] += 1;
          } catch (error) {
            if (!(error instanceof DossierError)) throw error;
            const header = courtColumnHeader(table.headers, error.location.field ?? '');
            throw new DossierError(error.code, {
              zh: `“${table.fileName}”第 ${row.row} 行“${header}”：${error.text.zh}（未导入任何数据）`,
              en: `"${table.fileName}", row ${row.row}, "${header}": ${error.text.en} (nothing was imported)`,
            }, { file: table.fileName, row: row.row, field: header });
          }
        }
      });
      try {
        run.immediate();
      } finally {
        // The directory may have been rebuilt from rows a rollback has since removed.
        store.changed();
      }
      return counts;
    },
    'division:match': ({ address }) => store.divisions().match(address),
    'division:search': ({ query }) => store.divisions().search(query).map((d) => ({ ...d, path: store.divisions().pathOf(d.code) })),
  } satisfies Partial<Handlers>;
}
