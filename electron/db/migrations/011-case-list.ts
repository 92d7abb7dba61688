/**
 * 011: the case list at bank scale (issue 12). One row per case in case_list_state holds what the list
 * sorts and filters on but no other table keeps cheaply: the defendant's pinyin initials (written by the
 * case write path; NULL until then, filled by the list service for cases that predate this migration),
 * the last activity (the latest of the case's own edit, its newest event, recovery entry or document, kept
 * by triggers), the outcome of the last readiness check, the first open deadline (kept by triggers on
 * case_deadlines) and the archive flag. It is a table of its own so that writing it never touches cases,
 * whose update trigger marks the derived tracking rows stale. The indexes let every sort walk an index
 * and every filter start from one (bench/case-list); those of case_list_state carry the archive flag, so
 * walking one for a page of unarchived cases reads no table row.
 */
/**
 * The lifecycle position of case_tracking.stage (the order of trackingStages), as the list sorts it; the
 * index below is on exactly this expression, so the list query must use this constant.
 */
export const stageOrderExpression = `CASE stage
  WHEN 'draft' THEN 0 WHEN 'ready' THEN 1 WHEN 'filed' THEN 2 WHEN 'accepted' THEN 3 WHEN 'hearing' THEN 4
  WHEN 'judgment' THEN 5 WHEN 'mediation' THEN 6 WHEN 'settlement' THEN 7 WHEN 'withdrawal' THEN 8 WHEN 'served' THEN 9
  WHEN 'appealed' THEN 10 WHEN 'effective' THEN 11 WHEN 'enforcement-applied' THEN 12 WHEN 'enforcement-accepted' THEN 13
  WHEN 'enforcement-suspended' THEN 14 WHEN 'recovered' THEN 15 WHEN 'closed' THEN 16 ELSE 17 END`;

export const caseListSchema = `
CREATE TABLE case_list_state (
  case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  name_initials TEXT,
  activity_at TEXT NOT NULL,
  readiness TEXT NOT NULL DEFAULT 'unchecked' CHECK (readiness IN ('ready', 'blocked', 'unchecked')),
  blocking_count INTEGER NOT NULL DEFAULT 0 CHECK (blocking_count >= 0),
  readiness_checked_at TEXT,
  next_deadline_date TEXT,
  next_deadline_kind TEXT,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  archived_at TEXT
) STRICT;

INSERT INTO case_list_state (case_id, activity_at, next_deadline_date, next_deadline_kind)
  SELECT c.id,
         max(c.updated_at,
             coalesce((SELECT max(e.created_at) FROM case_events e WHERE e.case_id = c.id), ''),
             coalesce((SELECT max(r.created_at) FROM recovery_entries r WHERE r.case_id = c.id), ''),
             coalesce((SELECT max(d.created_at) FROM documents d WHERE d.case_id = c.id), '')),
         (SELECT d.due_date FROM case_deadlines d WHERE d.case_id = c.id AND d.done = 0 AND d.category = 'deadline' ORDER BY d.due_date, d.id LIMIT 1),
         (SELECT d.kind FROM case_deadlines d WHERE d.case_id = c.id AND d.done = 0 AND d.category = 'deadline' ORDER BY d.due_date, d.id LIMIT 1)
  FROM cases c;

CREATE TRIGGER case_list_state_on_case_insert AFTER INSERT ON cases BEGIN
  INSERT OR IGNORE INTO case_list_state (case_id, activity_at) VALUES (NEW.id, NEW.updated_at);
END;
CREATE TRIGGER case_list_state_on_case_update AFTER UPDATE OF updated_at ON cases BEGIN
  UPDATE case_list_state SET activity_at = max(activity_at, NEW.updated_at) WHERE case_id = NEW.id;
END;
CREATE TRIGGER case_list_state_on_event AFTER INSERT ON case_events BEGIN
  UPDATE case_list_state SET activity_at = max(activity_at, NEW.created_at) WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_list_state_on_recovery AFTER INSERT ON recovery_entries BEGIN
  UPDATE case_list_state SET activity_at = max(activity_at, NEW.created_at) WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_list_state_on_document AFTER INSERT ON documents BEGIN
  UPDATE case_list_state SET activity_at = max(activity_at, NEW.created_at) WHERE case_id = NEW.case_id;
END;

CREATE INDEX case_deadlines_next ON case_deadlines(case_id, category, done, due_date);
CREATE TRIGGER case_list_state_on_deadline_insert AFTER INSERT ON case_deadlines WHEN NEW.category = 'deadline' BEGIN
  UPDATE case_list_state SET (next_deadline_date, next_deadline_kind) = (
    SELECT d.due_date, d.kind FROM case_deadlines d WHERE d.case_id = NEW.case_id AND d.category = 'deadline' AND d.done = 0 ORDER BY d.due_date, d.id LIMIT 1
  ) WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER case_list_state_on_deadline_delete AFTER DELETE ON case_deadlines WHEN OLD.category = 'deadline' BEGIN
  UPDATE case_list_state SET (next_deadline_date, next_deadline_kind) = (
    SELECT d.due_date, d.kind FROM case_deadlines d WHERE d.case_id = OLD.case_id AND d.category = 'deadline' AND d.done = 0 ORDER BY d.due_date, d.id LIMIT 1
  ) WHERE case_id = OLD.case_id;
END;
CREATE TRIGGER case_list_state_on_deadline_update AFTER UPDATE OF done, due_date, category ON case_deadlines BEGIN
  UPDATE case_list_state SET (next_deadline_date, next_deadline_kind) = (
    SELECT d.due_date, d.kind FROM case_deadlines d WHERE d.case_id = NEW.case_id AND d.category = 'deadline' AND d.done = 0 ORDER BY d.due_date, d.id LIMIT 1
  ) WHERE case_id = NEW.case_id;
END;

CREATE INDEX case_list_state_initials ON case_list_state(name_initials, archived);
CREATE INDEX case_list_state_missing_initials ON case_list_state(case_id) WHERE name_initials IS NULL;
CREATE INDEX case_list_state_activity ON case_list_state(activity_at, archived);
CREATE INDEX case_list_state_readiness ON case_list_state(readiness, blocking_count, archived);
CREATE INDEX case_list_state_next_deadline ON case_list_state(next_deadline_date, archived);
CREATE INDEX case_list_state_next_deadline_first ON case_list_state(coalesce(next_deadline_date, '9999-12-31'), archived);
CREATE INDEX case_list_state_archived ON case_list_state(archived, activity_at);

CREATE INDEX cases_defendant_name ON cases(defendant_name);
CREATE INDEX cases_card_last4 ON cases(substr(card_number, -4));
CREATE INDEX cases_issuing_branch ON cases(issuing_branch);
CREATE INDEX cases_court_name ON cases(court_name);
CREATE INDEX cases_claim_total ON cases(principal_fen + interest_fen + penalty_fen + fees_fen);
CREATE INDEX cases_created_at ON cases(created_at);
CREATE INDEX case_tracking_case_number_sort ON case_tracking(court_case_number);
CREATE INDEX case_tracking_stage_order ON case_tracking(${stageOrderExpression});
`;
