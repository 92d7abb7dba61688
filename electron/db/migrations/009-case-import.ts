/**
 * 009: case import from a bank's export (issue 11). Saved column mappings (导入方案) by name; one row per import
 * run with the file's name and SHA-256, what it did and who ran it; and on each case the import that last created
 * or changed it, so a batch can take "the cases of import N". The case owner (经办人) already lives in
 * case_tracking.owner (004) and is reused.
 */
export const caseImportSchema = `
CREATE TABLE import_profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  mapping_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  encoding TEXT NOT NULL,
  row_count INTEGER NOT NULL CHECK (row_count >= 0),
  created_count INTEGER NOT NULL CHECK (created_count >= 0),
  updated_count INTEGER NOT NULL CHECK (updated_count >= 0),
  skipped_count INTEGER NOT NULL CHECK (skipped_count >= 0),
  unchanged_count INTEGER NOT NULL CHECK (unchanged_count >= 0),
  refused_count INTEGER NOT NULL CHECK (refused_count >= 0),
  imported_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX case_imports_sha256 ON case_imports(file_sha256);

ALTER TABLE cases ADD COLUMN import_id INTEGER REFERENCES case_imports(id) ON DELETE SET NULL;
CREATE INDEX cases_import_id ON cases(import_id) WHERE import_id IS NOT NULL;
`;
