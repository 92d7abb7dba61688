/** 001: plaintiffs, agents, cases, generated documents and the audit log. */
export const initialSchema = `
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  credit_code TEXT NOT NULL UNIQUE,
  address TEXT NOT NULL,
  responsible_person TEXT NOT NULL,
  responsible_title TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE agents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  employer TEXT NOT NULL,
  licence_number TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  plaintiff_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
  agent_id INTEGER REFERENCES agents(id) ON DELETE RESTRICT,
  defendant_name TEXT NOT NULL,
  defendant_sex TEXT NOT NULL CHECK (defendant_sex IN ('male', 'female')),
  defendant_ethnicity TEXT NOT NULL,
  defendant_birth_date TEXT NOT NULL,
  defendant_resident_id TEXT NOT NULL,
  defendant_registered_address TEXT NOT NULL,
  defendant_habitual_residence TEXT NOT NULL DEFAULT '',
  defendant_phone TEXT NOT NULL,
  defendant_employer TEXT NOT NULL DEFAULT '',
  card_number TEXT NOT NULL,
  card_agreement_date TEXT NOT NULL,
  issuing_branch TEXT NOT NULL,
  credit_limit_fen INTEGER NOT NULL CHECK (credit_limit_fen >= 0),
  first_default_date TEXT NOT NULL DEFAULT '',
  claim_as_of TEXT NOT NULL,
  principal_fen INTEGER NOT NULL CHECK (principal_fen >= 0),
  interest_fen INTEGER NOT NULL CHECK (interest_fen >= 0),
  penalty_fen INTEGER NOT NULL CHECK (penalty_fen >= 0),
  fees_fen INTEGER NOT NULL CHECK (fees_fen >= 0),
  court_name TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX cases_resident_id ON cases(defendant_resident_id);
CREATE INDEX cases_card_number ON cases(card_number);
CREATE INDEX cases_status ON cases(status);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  template_id TEXT NOT NULL,
  template_version TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('docx', 'pdf')),
  file_name TEXT NOT NULL,
  relative_path TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  data_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_case ON documents(case_id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
`;
