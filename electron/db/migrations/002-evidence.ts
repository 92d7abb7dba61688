/**
 * 002: evidence items (files stored by SHA-256 in the data folder), the card's ledger, the card-agreement
 * terms a claim and its limitation rest on, contact records (催收记录), limitation events entered by hand,
 * the user's edits to the holiday calendar, and the settings of the evidence store and contact screen.
 */
export const evidenceSchema = `
CREATE TABLE evidence_items (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('application-form', 'card-agreement', 'identity', 'statement', 'contact-record',
    'arrears-calculation', 'licence', 'power-of-attorney', 'installment-agreement', 'other')),
  title TEXT NOT NULL,
  proves TEXT NOT NULL DEFAULT '',
  period_from TEXT NOT NULL DEFAULT '',
  period_to TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
  recorded_name TEXT NOT NULL DEFAULT '',
  recorded_id_number TEXT NOT NULL DEFAULT '',
  has_key_term_notice INTEGER NOT NULL DEFAULT 0 CHECK (has_key_term_notice IN (0, 1)),
  file_name TEXT NOT NULL,
  file_type TEXT NOT NULL CHECK (file_type IN ('pdf', 'jpeg', 'png', 'docx', 'xlsx')),
  mime_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  page_count INTEGER,
  added_at TEXT NOT NULL,
  UNIQUE (case_id, sha256)
) STRICT;
CREATE INDEX evidence_items_case ON evidence_items(case_id);
CREATE INDEX evidence_items_sha256 ON evidence_items(sha256);

CREATE TABLE ledger_entries (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  entry_date TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('consumption', 'cash-advance', 'fee', 'interest', 'penalty', 'payment', 'adjustment')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0 AND (type = 'adjustment' OR amount_fen > 0)),
  description TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('import', 'manual', 'balance')),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX ledger_entries_case ON ledger_entries(case_id, entry_date);

CREATE TABLE card_terms (
  case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  terms_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE contact_records (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  occurred_at TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('phone', 'sms', 'letter', 'visit', 'email', 'app-message', 'lawyer-letter')),
  party TEXT NOT NULL CHECK (party IN ('cardholder', 'emergency-contact', 'third-party')),
  party_name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  to_reserved_contact INTEGER NOT NULL DEFAULT 0 CHECK (to_reserved_contact IN (0, 1)),
  outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'promise-to-pay', 'refused', 'unreachable', 'partial-payment')),
  notes TEXT NOT NULL DEFAULT '',
  proof_evidence_id INTEGER REFERENCES evidence_items(id) ON DELETE SET NULL,
  delivery_proof TEXT NOT NULL DEFAULT 'none'
    CHECK (delivery_proof IN ('none', 'signed-receipt', 'postal-tracking', 'sms-report', 'email-log', 'call-recording', 'visit-record')),
  tracking_number TEXT NOT NULL DEFAULT '',
  delivery_status TEXT NOT NULL DEFAULT 'unknown' CHECK (delivery_status IN ('unknown', 'delivered', 'in-transit', 'returned', 'failed')),
  delivered_on TEXT NOT NULL DEFAULT '',
  agency TEXT NOT NULL DEFAULT '',
  agency_disclosed INTEGER NOT NULL DEFAULT 0 CHECK (agency_disclosed IN (0, 1)),
  time_consented INTEGER NOT NULL DEFAULT 0 CHECK (time_consented IN (0, 1)),
  review_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX contact_records_case ON contact_records(case_id, occurred_at);

CREATE TABLE limitation_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  event_date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('demand', 'account-debit', 'police-report', 'payment', 'promise-to-pay', 'repayment-plan', 'acknowledgement')),
  note TEXT NOT NULL DEFAULT '',
  evidence_id INTEGER REFERENCES evidence_items(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX limitation_events_case ON limitation_events(case_id);

CREATE TABLE holiday_user_years (
  year INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE holiday_user_days (
  date TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday', 'normal')),
  note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE evidence_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`;
