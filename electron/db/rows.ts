import type { Agent, Case, CaseStatus, Organisation, Sex } from '../../core/case/case-model';
import type { DocumentFormat, GeneratedDocument } from '../../core/contract';

/** Row ⇄ entity conversions, the one place that knows the tables' snake_case column names. */

export type OrganisationRow = {
  id: number; name: string; credit_code: string; address: string; responsible_person: string;
  responsible_title: string; phone: string; organisation_type: string; licence_number: string;
};

/** organisations row → Organisation. */
export function organisationFromRow(row: OrganisationRow): Organisation {
  return {
    id: row.id, name: row.name, creditCode: row.credit_code, address: row.address,
    responsiblePerson: row.responsible_person, responsibleTitle: row.responsible_title, phone: row.phone,
    organisationType: row.organisation_type as Organisation['organisationType'], licenceNumber: row.licence_number,
  };
}

/** Organisation → named parameters for the organisations table. */
export function organisationToRow(o: Omit<Organisation, 'id'>) {
  return {
    name: o.name, credit_code: o.creditCode, address: o.address,
    responsible_person: o.responsiblePerson, responsible_title: o.responsibleTitle, phone: o.phone,
    organisation_type: o.organisationType, licence_number: o.licenceNumber,
  };
}

export type AgentRow = { id: number; name: string; employer: string; licence_number: string; phone: string };

/** agents row → Agent. */
export function agentFromRow(row: AgentRow): Agent {
  return { id: row.id, name: row.name, employer: row.employer, licenceNumber: row.licence_number, phone: row.phone };
}

/** Agent → named parameters for the agents table. */
export function agentToRow(a: Omit<Agent, 'id'>) {
  return { name: a.name, employer: a.employer, licence_number: a.licenceNumber, phone: a.phone };
}

export type CaseRow = {
  id: number; plaintiff_id: number; agent_id: number | null;
  defendant_name: string; defendant_sex: string; defendant_ethnicity: string; defendant_birth_date: string;
  defendant_resident_id: string; defendant_registered_address: string; defendant_habitual_residence: string;
  defendant_phone: string; defendant_employer: string;
  card_number: string; card_agreement_date: string; issuing_branch: string; credit_limit_fen: number;
  first_default_date: string;
  claim_as_of: string; principal_fen: number; interest_fen: number; penalty_fen: number; fees_fen: number;
  court_name: string; status: string; created_at: string; updated_at: string;
};

/** cases row → Case. */
export function caseFromRow(row: CaseRow): Case {
  return {
    id: row.id,
    plaintiffId: row.plaintiff_id,
    agentId: row.agent_id,
    defendant: {
      name: row.defendant_name, sex: row.defendant_sex as Sex, ethnicity: row.defendant_ethnicity,
      birthDate: row.defendant_birth_date, residentId: row.defendant_resident_id,
      registeredAddress: row.defendant_registered_address, habitualResidence: row.defendant_habitual_residence,
      phone: row.defendant_phone, employer: row.defendant_employer,
    },
    card: {
      cardNumber: row.card_number, agreementDate: row.card_agreement_date, issuingBranch: row.issuing_branch,
      creditLimitFen: row.credit_limit_fen, firstDefaultDate: row.first_default_date,
    },
    claim: {
      asOfDate: row.claim_as_of, principalFen: row.principal_fen, interestFen: row.interest_fen,
      penaltyFen: row.penalty_fen, feesFen: row.fees_fen,
    },
    courtName: row.court_name,
    status: row.status as CaseStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Case (without id and timestamps) → named parameters for the cases table. */
export function caseToRow(c: Omit<Case, 'id' | 'createdAt' | 'updatedAt'>) {
  return {
    plaintiff_id: c.plaintiffId, agent_id: c.agentId,
    defendant_name: c.defendant.name, defendant_sex: c.defendant.sex, defendant_ethnicity: c.defendant.ethnicity,
    defendant_birth_date: c.defendant.birthDate, defendant_resident_id: c.defendant.residentId,
    defendant_registered_address: c.defendant.registeredAddress,
    defendant_habitual_residence: c.defendant.habitualResidence, defendant_phone: c.defendant.phone,
    defendant_employer: c.defendant.employer,
    card_number: c.card.cardNumber, card_agreement_date: c.card.agreementDate, issuing_branch: c.card.issuingBranch,
    credit_limit_fen: c.card.creditLimitFen, first_default_date: c.card.firstDefaultDate,
    claim_as_of: c.claim.asOfDate, principal_fen: c.claim.principalFen, interest_fen: c.claim.interestFen,
    penalty_fen: c.claim.penaltyFen, fees_fen: c.claim.feesFen,
    court_name: c.courtName, status: c.status,
  };
}

export type DocumentRow = {
  id: number; case_id: number; template_id: string; template_version: string; format: string;
  file_name: string; relative_path: string; size_bytes: number; sha256: string; data_hash: string; created_at: string;
};

/** documents row → GeneratedDocument; the stored path is relative to the data folder. */
export function documentFromRow(row: DocumentRow, absolutePath: (relative: string) => string): GeneratedDocument {
  return {
    id: row.id, caseId: row.case_id, templateId: row.template_id, templateVersion: row.template_version,
    format: row.format as DocumentFormat, fileName: row.file_name, path: absolutePath(row.relative_path),
    sizeBytes: row.size_bytes, sha256: row.sha256, dataHash: row.data_hash, createdAt: row.created_at,
  };
}
