import type { ContactRecord } from '../../core/evidence/contact-model';

/** contact_records row ⇄ ContactRecord. */
export type ContactRow = {
  id: number; case_id: number; occurred_at: string; channel: string; party: string; party_name: string; address: string;
  to_reserved_contact: number; outcome: string; notes: string; proof_evidence_id: number | null; delivery_proof: string;
  tracking_number: string; delivery_status: string; delivered_on: string; agency: string; agency_disclosed: number;
  time_consented: number; review_note: string;
};

/** contact_records row → ContactRecord. */
export function contactFromRow(row: ContactRow): ContactRecord {
  return {
    id: row.id, caseId: row.case_id, occurredAt: row.occurred_at, channel: row.channel as ContactRecord['channel'],
    party: row.party as ContactRecord['party'], partyName: row.party_name, address: row.address,
    toReservedContact: row.to_reserved_contact === 1, outcome: row.outcome as ContactRecord['outcome'], notes: row.notes,
    proofEvidenceId: row.proof_evidence_id, deliveryProof: row.delivery_proof as ContactRecord['deliveryProof'],
    trackingNumber: row.tracking_number, deliveryStatus: row.delivery_status as ContactRecord['deliveryStatus'],
    deliveredOn: row.delivered_on, agency: row.agency, agencyDisclosed: row.agency_disclosed === 1,
    timeConsented: row.time_consented === 1, reviewNote: row.review_note,
  };
}

/** ContactRecord values → named parameters for contact_records. */
export function contactToRow(caseId: number, r: Omit<ContactRecord, 'id' | 'caseId'>): Omit<ContactRow, 'id'> {
  return {
    case_id: caseId, occurred_at: r.occurredAt, channel: r.channel, party: r.party, party_name: r.partyName, address: r.address,
    to_reserved_contact: r.toReservedContact ? 1 : 0, outcome: r.outcome, notes: r.notes, proof_evidence_id: r.proofEvidenceId,
    delivery_proof: r.deliveryProof, tracking_number: r.trackingNumber, delivery_status: r.deliveryStatus, delivered_on: r.deliveredOn,
    agency: r.agency, agency_disclosed: r.agencyDisclosed ? 1 : 0, time_consented: r.timeConsented ? 1 : 0, review_note: r.reviewNote,
  };
}
