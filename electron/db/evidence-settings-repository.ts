import type Database from 'better-sqlite3';
import type { ReadinessSettings } from '../../core/evidence/readiness-operations';

/** The defaults: 50 MB per file; six call attempts a day (CBA guideline 2026, domain.md §9 C5). */
export const defaultReadinessSettings: ReadinessSettings = { maxFileMegabytes: 50, dailyContactLimit: 6 };

/** Settings of the evidence store and the contact screen (evidence_settings key/value rows). */
export function createEvidenceSettingsRepository(db: Database.Database) {
  const readStatement = db.prepare('SELECT value FROM evidence_settings WHERE key = ?');
  const read = (key: keyof ReadinessSettings) =>
    (readStatement.get(key) as { value: string } | undefined)?.value;
  return {
    get(): ReadinessSettings {
      return {
        maxFileMegabytes: Number(read('maxFileMegabytes') ?? defaultReadinessSettings.maxFileMegabytes),
        dailyContactLimit: Number(read('dailyContactLimit') ?? defaultReadinessSettings.dailyContactLimit),
      };
    },
    save(settings: ReadinessSettings): void {
      const upsert = db.prepare('INSERT INTO evidence_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
      for (const [key, value] of Object.entries(settings)) upsert.run(key, String(value));
    },
  };
}
