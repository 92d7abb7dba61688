/**
 * 004: litigation and enforcement tracking (issue 7). The lifecycle stage lives here, apart from
 * cases.status (intake), in case_tracking — one row per case that also carries the figures the
 * dashboard groups by, so 100,000 cases aggregate from covering indexes. Triggers on cases create a case's row (经办人
 * defaulting to its agent) and mark it stale when the case is created or edited (the services then recompute its derived rows),
 * so intake code need not know about tracking. Events, derived deadlines (materialised, with their
 * rule), settlement plans and recovery entries hang off the case and go with it when it is deleted.
 */
export const trackingSchema = `
CREATE TABLE case_tracking (
  case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  stage_since TEXT NOT NULL,
  court_case_number TEXT NOT NULL DEFAULT '',
  enforcement_case_number TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  branch TEXT NOT NULL DEFAULT '',
  court_name TEXT NOT NULL DEFAULT '',
  claimed_fen INTEGER NOT NULL DEFAULT 0,
  awarded_fen INTEGER,
  recovered_fen INTEGER NOT NULL DEFAULT 0,
  costs_fen INTEGER NOT NULL DEFAULT 0,
  calendar_version TEXT NOT NULL DEFAULT '',
  stale INTEGER NOT NULL DEFAULT 1 CHECK (stale IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_tracking_stale ON case_tracking(case_id) WHERE stale = 1;
CREATE INDEX case_tracking_stage ON case_tracking(stage, stage_since, claimed_fen, recovered_fen, costs_fen);
CREATE INDEX case_tracking_branch ON case_tracking(branch, claimed_fen, recovered_fen, costs_fen);
CREATE INDEX case_tracking_court ON case_tracking(court_name, claimed_fen, recovered_fen, costs_fen);
CREATE INDEX case_tracking_owner ON case_tracking(owner);
CREATE INDEX case_tracking_court_number ON case_tracking(court_case_number) WHERE court_case_number <> '';
CREATE INDEX case_tracking_enforcement_number ON case_tracking(enforcement_case_number) WHERE enforcement_case_number <> '';

CREATE TABLE case_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  stage_before TEXT NOT NULL,
  stage_after TEXT NOT NULL,
  details_json TEXT NOT NULL DEFAULT '{}',
  note TEXT NOT NULL DEFAULT '',
  attachment_sha256 TEXT,
  attachment_name TEXT,
  attachment_size INTEGER,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_events_case ON case_events(case_id, id);

CREATE TABLE case_deadlines (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('deadline', 'milestone', 'reminder')),
  due_date TEXT NOT NULL,
  nominal_date TEXT NOT NULL,
  skipped_json TEXT NOT NULL DEFAULT '[]',
  done INTEGER NOT NULL CHECK (done IN (0, 1)),
  basis_event_id INTEGER,
  title_json TEXT NOT NULL,
  rule_json TEXT NOT NULL,
  warning_json TEXT,
  UNIQUE (case_id, key)
) STRICT;
CREATE INDEX case_deadlines_open ON case_deadlines(done, due_date, category, kind, case_id);

CREATE TABLE settlement_plans (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  agreed_date TEXT NOT NULL,
  context TEXT NOT NULL CHECK (context IN ('pre-suit', 'in-suit', 'enforcement')),
  total_fen INTEGER NOT NULL CHECK (total_fen > 0),
  grace_days INTEGER NOT NULL CHECK (grace_days >= 0),
  on_default TEXT NOT NULL CHECK (on_default IN ('remaining-installments', 'original-debt')),
  original_debt_fen INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX settlement_plans_case ON settlement_plans(case_id);

CREATE TABLE settlement_installments (
  plan_id INTEGER NOT NULL REFERENCES settlement_plans(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 60),
  due_date TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  PRIMARY KEY (plan_id, seq)
) STRICT;

CREATE TABLE recovery_entries (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('payment', 'distribution', 'cost')),
  date TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  cost_kind TEXT,
  plan_id INTEGER REFERENCES settlement_plans(id) ON DELETE SET NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX recovery_entries_case ON recovery_entries(case_id, date);
CREATE INDEX recovery_entries_plan ON recovery_entries(plan_id) WHERE plan_id IS NOT NULL;

INSERT INTO case_tracking (case_id, stage, stage_since, owner, updated_at)
  SELECT c.id, c.status, substr(c.created_at, 1, 10), coalesce(a.name, ''), c.updated_at FROM cases c LEFT JOIN agents a ON a.id = c.agent_id;
CREATE TRIGGER case_tracking_on_insert AFTER INSERT ON cases BEGIN
  INSERT OR IGNORE INTO case_tracking (case_id, stage, stage_since, owner, updated_at)
    VALUES (NEW.id, NEW.status, substr(NEW.created_at, 1, 10), coalesce((SELECT name FROM agents WHERE id = NEW.agent_id), ''), NEW.updated_at);
END;
CREATE TRIGGER case_tracking_on_update AFTER UPDATE ON cases BEGIN
  UPDATE case_tracking SET stale = 1 WHERE case_id = NEW.id;
END;
`;
