import type { ReactNode } from 'react';
import type { TextKey } from '../../i18n/zh-CN';
import { BundleTab } from '../bundle/BundleTab';
import { ClaimTab } from '../claim/ClaimTab';
import { ContactsTab } from '../contacts/ContactsTab';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { ReadinessTab } from '../readiness/ReadinessTab';
import { JurisdictionTab } from '../court/JurisdictionTab';
import { TrackingTab } from '../tracking/TrackingTab';
import { CaseDocumentsPanel } from './CaseDocumentsPanel';

/**
 * The tabs of a saved case's page after 案件信息 (the intake form, always first). Each feature adds its
 * own tab here — evidence, claim, contacts, readiness, court, documents, tracking — and owns what it renders.
 */
export type CaseTab = { id: string; label: TextKey; render: (caseId: number, openTab: OpenCaseTab, changed: CaseChanged) => ReactNode };

/** Tells the case page that a tab changed where the case stands (an event recorded), so the header reloads. */
export type CaseChanged = () => void;

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
  { id: 'documents', label: 'caseTabs.documents', render: (caseId) => <CaseDocumentsPanel caseId={caseId} /> },
  { id: 'tracking', label: 'caseTabs.tracking', render: (caseId, _openTab, changed) => <TrackingTab caseId={caseId} onChanged={changed} /> },
];
