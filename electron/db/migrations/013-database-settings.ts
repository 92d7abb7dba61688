/**
 * 013: settings that belong to one database (they travel with its cases and its backups): the default plaintiff and
 * agent for new cases, and the backup schedule, folder and count. One row; a NULL default or folder means none chosen
 * (the default backups/ folder). Deleting a profile clears it as a default rather than being refused.
 */
export const databaseSettingsSchema = `
CREATE TABLE database_settings (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  default_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
  default_agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
  backup_schedule TEXT NOT NULL DEFAULT 'on-start' CHECK (backup_schedule IN ('off', 'on-start', 'daily', 'weekly')),
  backup_folder TEXT,
  backups_kept INTEGER NOT NULL DEFAULT 7 CHECK (backups_kept BETWEEN 1 AND 100)
) STRICT;
INSERT INTO database_settings (singleton) VALUES (1);
`;
