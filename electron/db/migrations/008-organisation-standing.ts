/**
 * 008: what the plaintiff profile says about the plaintiff's standing — its 类型 (a legal person's company form, or a
 * branch such as a card centre, 《民诉法解释》第五十二条第（六）项) and its financial licence number. Existing profiles
 * start with both empty, so documents leave the 类型 item unanswered until the profile says.
 */
export const organisationStandingSchema = `
ALTER TABLE organisations ADD COLUMN organisation_type TEXT NOT NULL DEFAULT ''
  CHECK (organisation_type IN ('', 'limited-liability', 'joint-stock', 'listed', 'other-enterprise', 'branch'));
ALTER TABLE organisations ADD COLUMN licence_number TEXT NOT NULL DEFAULT '';
`;
