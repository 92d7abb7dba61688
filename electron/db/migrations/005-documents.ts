/**
 * 005: what the filing set keeps beside the generated files — user versions of document templates
 * (bundled templates stay read-only in templates/documents), the inputs last entered for a case's
 * document (settlement plan, enforcement facts …), fillable PDF forms the user imported, and the
 * field mapping saved for each form.
 */
export const documentsSchema = `
CREATE TABLE template_versions (
  id INTEGER PRIMARY KEY,
  template_id TEXT NOT NULL,
  version TEXT NOT NULL,
  based_on_version TEXT NOT NULL,
  manifest_json TEXT NOT NULL,
  body TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (template_id, version)
) STRICT;

CREATE TABLE document_inputs (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  template_id TEXT NOT NULL,
  inputs_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (case_id, template_id)
) STRICT;

CREATE TABLE pdf_forms (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  relative_path TEXT NOT NULL,
  field_count INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE form_mappings (
  form_key TEXT PRIMARY KEY,
  mapping_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
