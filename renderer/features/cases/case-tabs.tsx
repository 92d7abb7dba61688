import type { ReactNode } from 'react';
import type { TextKey } from '../../i18n/zh-CN';
import { BundleTab } from '../bundle/BundleTab';
import { ClaimTab } from '../claim/ClaimTab';
import { ContactsTab } from '../contacts/ContactsTab';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { ReadinessTab } from '../readiness/ReadinessTab';
import { JurisdictionTab } from '../court/JurisdictionTab';
import { TrackingTab } from '../tracking/TrackingTab';

/**
 * The tabs of a saved case's page after 案件信息 (the intake form, always first). Each feature adds its
 * own tab here — evidence, claim, contacts, readiness, court, tracking — and owns what it renders.
 */
export type CaseTab = { id: string; label: TextKey; render: (caseId: number, openTab: OpenCaseTab) => ReactNode };

/** Switches the case page to another tab ('details' is the intake form), e.g. from a readiness finding. */
export type OpenCaseTab = (tabId: string) => void;

/** Feature tabs in the order they are shown. */
export const caseTabs: CaseTab[] = [
  { id: 'evidence', label: 'caseTabs.evidence', render: (caseId) => <EvidenceTab caseId={caseId} /> },
  { id: 'bundle', label: 'caseTabs.bundle', render: (caseId) => <BundleTab caseId={caseId} /> },
  { id: 'claim', label: 'caseTabs.claim', render: (caseId) => <ClaimTab caseId={caseId} /> },
  { id: 'contacts', label: 'caseTabs.contacts', render: (caseId) => <ContactsTab caseId={caseId} /> },
  { id: 'readiness', label: 'caseTabs.readiness', render: (caseId, openTab) => <ReadinessTab caseId={caseId} openTab={openTab} /> },
  { id: 'jurisdiction', label: 'caseTabs.jurisdiction', render: (caseId) => <JurisdictionTab caseId={caseId} /> },
  { id: 'tracking', label: 'caseTabs.tracking', render: (caseId) => <TrackingTab caseId={caseId} /> },
];
