/**
 * 003: the court area's tables — user edits of the court directory layered over the bundled data,
 * user rows of the small-claims thresholds, the jurisdiction facts of each case (with the chosen
 * court and its reason) and each plaintiff's location for jurisdiction.
 */
export const courtSchema = `
CREATE TABLE court_overrides (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL CHECK (origin IN ('edited', 'user')),
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('basic', 'intermediate', 'high')),
  kind TEXT NOT NULL CHECK (kind IN ('general', 'internet', 'financial')),
  division_code TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  towns_json TEXT NOT NULL DEFAULT '[]',
  scope_json TEXT,
  appeal_court_id TEXT NOT NULL DEFAULT '',
  initials TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE small_claims_thresholds (
  id TEXT PRIMARY KEY,
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  province_code TEXT NOT NULL,
  mandatory_limit_fen INTEGER NOT NULL CHECK (mandatory_limit_fen >= 0),
  agreement_limit_fen INTEGER NOT NULL CHECK (agreement_limit_fen >= 0),
  wage_year INTEGER NOT NULL,
  wage_basis TEXT NOT NULL DEFAULT '',
  average_wage_fen INTEGER,
  in_force_from TEXT NOT NULL,
  source TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_jurisdiction (
  case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  facts_json TEXT NOT NULL,
  chosen_court_id TEXT NOT NULL DEFAULT '',
  chosen_court_name TEXT NOT NULL DEFAULT '',
  chosen_bases_json TEXT NOT NULL DEFAULT '[]',
  chosen_reason_json TEXT NOT NULL DEFAULT '[]',
  chosen_at TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE organisation_jurisdiction (
  organisation_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  division_code TEXT NOT NULL DEFAULT '',
  is_branch INTEGER NOT NULL DEFAULT 1 CHECK (is_branch IN (0, 1)),
  head_office_division TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;
`;
