import type { EvidenceKind } from '../../../core/evidence/evidence-kinds';
import type { TextKey } from '../../i18n/zh-CN';

/** The evidence kinds in the order of domain.md §8 (the renderer cannot import core's list, only its types). */
export const evidenceKindList: EvidenceKind[] = [
  'application-form', 'card-agreement', 'identity', 'statement', 'contact-record',
  'arrears-calculation', 'licence', 'power-of-attorney', 'installment-agreement', 'other',
];

/** The standard set every credit-card case needs (templates/rules/credit-card.json). */
export const standardKinds: EvidenceKind[] = ['application-form', 'card-agreement', 'identity', 'statement', 'arrears-calculation', 'contact-record', 'licence', 'power-of-attorney'];

/** The text key of a kind's label. */
export const kindKey = (kind: EvidenceKind): TextKey => `kind.${kind}`;
