import { z } from 'zod';
import { operation } from '../operation';
import type { HolidayCalendar, RolledDate } from '../calendar/holiday-calendar';
import { base64Content } from '../evidence/evidence-model';
import type { CardTerms } from './card-terms';
import { cardTermsInput } from './card-terms';
import type { ClaimBreakdown } from './claim-breakdown';
import type { HolidayEdits } from './holiday-edits';
import { holidayDayKinds } from './holiday-edits';
import { ledgerMapping } from './ledger-import';
import type { LedgerMapping } from './ledger-import';
import type { LedgerEntry } from './ledger-model';
import { ledgerBalancesInput, ledgerEntryInput } from './ledger-model';
import type { LimitationResult } from './limitation';
import { limitationEventKinds } from './limitation';
import { textEncodings } from './text-table';
import type { SkippedRow } from './text-table';

const id = z.number().int().positive();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const file = { fileName: z.string().trim().min(1).max(255), contentBase64: base64Content, encoding: z.enum(textEncodings).default('auto') };

/** What a ledger file looks like before import: its columns, a few rows and a suggested mapping. */
export type LedgerPreview = { encoding: string; headers: string[]; sampleRows: string[][]; rowCount: number; suggested: LedgerMapping };

/** A limitation event entered by hand (repayment plan, acknowledgement, police report…). */
export type ManualLimitationEvent = { id: number; caseId: number; date: string; kind: (typeof limitationEventKinds)[number]; note: string; evidenceId: number | null };

/** The holiday calendar in force (bundled file + user edits), the edits, and which years came bundled. */
export type HolidayCalendarView = { calendar: HolidayCalendar; edits: HolidayEdits; bundledYears: number[] };

/** Operations on the ledger, the card terms, the claim, limitation and the holiday calendar. */
export const claimOperations = {
  'ledger:list': operation(z.object({ caseId: id })).returns<LedgerEntry[]>(),
  'ledger:preview': operation(z.object(file)).returns<LedgerPreview>(),
  'ledger:import': operation(z.object({ caseId: id, ...file, mapping: ledgerMapping, replace: z.boolean().default(true) })).returns<{ imported: number; skipped: SkippedRow[] }>(),
  'ledger:add-entry': operation(z.object({ caseId: id, entry: ledgerEntryInput })).returns<LedgerEntry>(),
  'ledger:delete-entry': operation(z.object({ id })).returns<{ deleted: true }>(),
  'ledger:set-balances': operation(z.object({ caseId: id, balances: ledgerBalancesInput })).returns<LedgerEntry[]>(),

  'claim:get-terms': operation(z.object({ caseId: id })).returns<CardTerms>(),
  'claim:save-terms': operation(z.object({ caseId: id, terms: cardTermsInput })).returns<CardTerms>(),
  'claim:compute': operation(z.object({ caseId: id, asOf: date.optional() })).returns<ClaimBreakdown>(),

  'limitation:compute': operation(z.object({ caseId: id, filingDate: date.optional() })).returns<LimitationResult>(),
  'limitation:calc': operation(z.object({ from: date })).returns<RolledDate>(),
  'limitation:list-events': operation(z.object({ caseId: id })).returns<ManualLimitationEvent[]>(),
  'limitation:save-event': operation(z.object({
    caseId: id, id: id.optional(),
    values: z.object({ date, kind: z.enum(limitationEventKinds), note: z.string().trim().max(500).default(''), evidenceId: id.nullable().default(null) }),
  })).returns<ManualLimitationEvent>(),
  'limitation:delete-event': operation(z.object({ id })).returns<{ deleted: true }>(),

  'holiday:get': operation(z.object({}).strict()).returns<HolidayCalendarView>(),
  'holiday:add-year': operation(z.object({ year: z.number().int().min(2000).max(2100), source: z.string().trim().min(1).max(200) })).returns<HolidayCalendarView>(),
  'holiday:set-day': operation(z.object({ date, kind: z.enum(holidayDayKinds), note: z.string().trim().max(200).default('') })).returns<HolidayCalendarView>(),
  'holiday:clear-day': operation(z.object({ date })).returns<HolidayCalendarView>(),
  'holiday:set-weekends': operation(z.object({ weekendsAreRestDays: z.boolean() })).returns<HolidayCalendarView>(),
} as const;
