import { z } from 'zod';
import { exportPathInput, type ExportCancelled } from '../export-path';
import { operation } from '../operation';
import type { DerivedDate } from './decision-dates';
import type { DelayInterest } from './delay-interest';
import { deadlineKinds } from './derive-deadlines';
import { eventDetails, eventInput, eventTypes } from './event-types';
import { recoveryInput } from './recovery';
import { planInput } from './settlement-plan';
import { trackingStages } from './stages';
import type { CaseTracking, Dashboard, DeadlineList, DerivedStatus, EventResult, SettlementPlanView, TrackedCaseRow } from './tracking-views';

const id = z.number().int().positive();
const filterText = z.string().trim().max(120).default('');
const dateText = z.string().trim().max(10);

/** Filters shared by the deadlines page and its calendar export. */
export const deadlineFilter = z.object({
  /** Only dates up to this many days ahead (overdue ones are always included); null = all open dates. */
  withinDays: z.number().int().min(0).max(3660).nullable().default(null),
  owner: filterText,
  court: filterText,
  branch: filterText,
  kinds: z.array(z.enum(deadlineKinds)).max(deadlineKinds.length).default([]),
  limit: z.number().int().min(1).max(5000).default(500),
});
export type DeadlineFilter = z.input<typeof deadlineFilter>;

/** Operations of litigation and enforcement tracking (issue 7): lifecycle, deadlines, settlements, recovery, dashboard. */
export const trackingOperations = {
  'tracking:get': operation(z.object({ caseId: id })).returns<CaseTracking>(),
  'tracking:cases': operation(z.object({
    stage: z.enum(trackingStages).optional(),
    court: filterText,
    branch: filterText,
    owner: filterText,
    query: filterText,
    limit: z.number().int().min(1).max(5000).default(500),
  })).returns<{ total: number; rows: TrackedCaseRow[]; owners: string[]; courts: string[]; branches: string[] }>(),
  'tracking:set-owner': operation(z.object({ caseIds: z.array(id).min(1).max(5000), owner: z.string().trim().max(60) })).returns<{ updated: number }>(),

  'event:add': operation(z.object({ caseId: id, event: eventInput })).returns<EventResult>(),
  'event:add-batch': operation(z.object({
    type: z.enum(eventTypes),
    date: dateText,
    note: z.string().trim().max(2000).default(''),
    items: z.array(z.object({ caseId: id, details: eventDetails.default({}) })).min(1).max(5000),
  })).returns<{ recorded: { caseId: number; eventId: number; stageAfter: string }[]; warnings: { caseId: number; message: { zh: string; en: string } }[] }>(),
  'event:undo': operation(z.object({ caseId: id, eventId: id })).returns<CaseTracking>(),
  'event:reveal-attachment': operation(z.object({ eventId: id })).returns<{ folder: string; path: string }>(),

  'deadline:list': operation(deadlineFilter).returns<DeadlineList>(),
  'deadline:export-calendar': operation(deadlineFilter.extend({ path: exportPathInput })).returns<{ path: string; count: number } & ExportCancelled>(),

  'settlement:save': operation(z.object({ caseId: id, plan: planInput })).returns<SettlementPlanView>(),
  'settlement:get': operation(z.object({ planId: id })).returns<SettlementPlanView>(),
  'settlement:delete': operation(z.object({ planId: id })).returns<{ deleted: true }>(),

  'recovery:add': operation(z.object({ caseId: id, entry: recoveryInput })).returns<CaseTracking>(),
  'recovery:delete': operation(z.object({ entryId: id })).returns<CaseTracking>(),

  'dashboard:get': operation(z.object({}).strict()).returns<Dashboard>(),
  'dashboard:export': operation(z.object({ path: exportPathInput }).strict()).returns<{ path: string } & ExportCancelled>(),
  /** Progress of the background refresh of the statistics (derived tracking rows). */
  'derived:status': operation(z.object({}).strict()).returns<DerivedStatus>(),

  'calc:enforcement-deadline': operation(z.object({ lastPerformanceDay: dateText })).returns<DerivedDate>(),
  'calc:delay-interest': operation(z.object({
    base: z.string().trim().max(24),
    lastPerformanceDay: dateText,
    payments: z.array(z.object({ date: dateText, amount: z.string().trim().max(24) })).max(500).default([]),
    /** Up to this date when the debt is not fully paid; today when empty. */
    toDate: z.string().trim().max(10).default(''),
  })).returns<DelayInterest>(),
} as const;
