/**
 * 007: the reason a user gave for addressing a court the jurisdiction advisor does not list for the case
 * (domain.md §10: the addressed court must be one the advisor accepts, unless overridden with a recorded
 * reason). Empty for a choice among the candidates.
 */
export const courtOverrideSchema = `
ALTER TABLE case_jurisdiction ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
`;
