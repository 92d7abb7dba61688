import type { EventType } from '../../../core/tracking/event-types';
import type { CliCommand } from '../cli-command';

/**
 * The event types `--type` takes, for --help. Written out here because core's list comes with the event schemas,
 * whose validation library --help would otherwise load; the check below keeps the two lists equal.
 */
const eventTypeWords = [
  'marked-ready', 'filed', 'accepted', 'hearing', 'judgment', 'mediation', 'settlement', 'withdrawal', 'served', 'appealed', 'effective',
  'enforcement-applied', 'enforcement-accepted', 'property-frozen', 'dishonest-listed', 'enforcement-suspended', 'enforcement-resumed',
  'recovered', 'closed', 'note',
] as const satisfies readonly EventType[];
const listsAllEventTypes: [EventType] extends [(typeof eventTypeWords)[number]] ? true : false = true;
void listsAllEventTypes;

/** The event details `event add` takes as flags. */
const detailOptions = {
  type: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' }, attach: { type: 'string' },
  'case-number': { type: 'string' }, 'enforcement-number': { type: 'string' }, document: { type: 'string' }, final: { type: 'boolean' },
  'performance-days': { type: 'string' }, 'last-performance-day': { type: 'string' }, awarded: { type: 'string' },
  'award-principal': { type: 'string' }, 'award-interest': { type: 'string' }, 'award-penalty': { type: 'string' }, 'award-fees': { type: 'string' },
  'award-costs': { type: 'string' }, 'award-continuing-interest': { type: 'string' },
  party: { type: 'string' }, 'property-kind': { type: 'string' }, property: { type: 'string' }, 'renewal-of': { type: 'string' },
} as const;

/** The filters of the deadline list and the calendar. */
const filterOptions = { within: { type: 'string' }, owner: { type: 'string' }, court: { type: 'string' }, branch: { type: 'string' } } as const;

/** `dossier event add CASE_ID --type TYPE --date YYYY-MM-DD [...]`. */
export const eventAddCommand: CliCommand = {
  words: ['event', 'add'],
  usage: `dossier event add CASE_ID --type TYPE --date YYYY-MM-DD [--note TEXT] [--attach FILE] [--case-number 案号] [--enforcement-number 执行案号]
  [--document judgment|ruling] [--final] [--performance-days N] [--last-performance-day DATE] [--awarded AMOUNT] [--party defendant|plaintiff]
  [--award-principal AMOUNT] [--award-interest AMOUNT] [--award-penalty AMOUNT] [--award-fees AMOUNT] [--award-costs AMOUNT] [--award-continuing-interest TEXT]
  [--property-kind deposit|movable|immovable|other-right] [--property TEXT] [--renewal-of EVENT_ID] [--json]
    登记案件事件（TYPE：${eventTypeWords.join('、')}）/ Record a lifecycle event
    --performance-days：判决或生效事件上的履行期间（生效之日起 N 日）/ the performance period, with the judgment or the effective event
    --award-*：判决/调解确定的给付金额分项，强制执行申请书据此申请 / the award item by item, which the enforcement application enforces`,
  options: detailOptions,
  load: async () => (await import('../commands/tracking-commands')).runEventAdd,
};

/** `dossier event batch --type TYPE --date DATE --case ID[:案号] ...`. */
export const eventBatchCommand: CliCommand = {
  words: ['event', 'batch'],
  usage: 'dossier event batch --type TYPE --date YYYY-MM-DD --case CASE_ID[:案号或执行案号] [--case ...] [--note TEXT] [--json]\n    批量登记同一事件（全部成功或全部不登记）/ Record one event on many cases, all or nothing',
  options: { type: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' }, case: { type: 'string', multiple: true } },
  load: async () => (await import('../commands/tracking-commands')).runEventBatch,
};

/** `dossier tracking CASE_ID`. */
export const trackingShowCommand: CliCommand = {
  words: ['tracking'],
  usage: 'dossier tracking CASE_ID [--json]\n    显示案件阶段、事件与期限 / Show a case\'s stage, events and deadlines',
  load: async () => (await import('../commands/tracking-commands')).runTrackingShow,
};

/** `dossier deadlines [--within DAYS]`. */
export const deadlinesCommand: CliCommand = {
  words: ['deadlines'],
  usage: 'dossier deadlines [--within DAYS] [--owner NAME] [--court NAME] [--branch NAME] [--json]\n    按紧迫程度列出未完成的期限（含已逾期）/ Open deadlines by urgency, overdue first',
  options: filterOptions,
  load: async () => (await import('../commands/tracking-commands')).runDeadlines,
};

/** `dossier dashboard`. */
export const dashboardCommand: CliCommand = {
  words: ['dashboard'],
  usage: 'dossier dashboard [--xlsx FILE] [--json]\n    案件看板：阶段、金额、分行、法院、时长、期限 / The legal-ops dashboard (optionally as XLSX)',
  options: { xlsx: { type: 'string' } },
  load: async () => (await import('../commands/tracking-commands')).runDashboard,
};

/** `dossier calendar --out FILE.ics`. */
export const calendarCommand: CliCommand = {
  words: ['calendar'],
  usage: 'dossier calendar --out FILE.ics [--within DAYS] [--owner NAME] [--court NAME] [--branch NAME] [--json]\n    将期限导出为日历文件（iCalendar）/ Export deadlines for calendar programs',
  options: { ...filterOptions, out: { type: 'string' } },
  load: async () => (await import('../commands/tracking-commands')).runCalendar,
};

/** `dossier calc enforcement-deadline --last-performance-day DATE`. */
export const calcEnforcementCommand: CliCommand = {
  words: ['calc', 'enforcement-deadline'],
  usage: 'dossier calc enforcement-deadline --last-performance-day YYYY-MM-DD [--json]\n    申请执行期限（《民事诉讼法》第二百五十条）/ Enforcement application deadline (CPL 250)',
  options: { 'last-performance-day': { type: 'string' } },
  load: async () => (await import('../commands/tracking-commands')).runCalcEnforcement,
};

/** `dossier calc delay-interest --base AMOUNT --last-performance-day DATE --payment DATE:AMOUNT ...`. */
export const calcDelayInterestCommand: CliCommand = {
  words: ['calc', 'delay-interest'],
  usage: 'dossier calc delay-interest --base AMOUNT --last-performance-day YYYY-MM-DD [--payment YYYY-MM-DD:AMOUNT ...] [--to YYYY-MM-DD] [--json]\n    迟延履行期间的债务利息（加倍部分），逐段列出天数与利息 / Delayed-performance interest, each segment\'s days and interest',
  options: { base: { type: 'string' }, 'last-performance-day': { type: 'string' }, payment: { type: 'string', multiple: true }, to: { type: 'string' } },
  load: async () => (await import('../commands/tracking-commands')).runCalcDelayInterest,
};

/** Every tracking command, for the command table. */
export const trackingCommands: CliCommand[] = [eventAddCommand, eventBatchCommand, trackingShowCommand, deadlinesCommand, dashboardCommand, calendarCommand, calcEnforcementCommand, calcDelayInterestCommand];
