/**
 * `dossier batch`: assembles the filing packages of many cases in one resumable run in the foreground
 * (progress lines on stderr), `dossier batch --resume JOB_ID` continues a paused or interrupted job, and
 * `dossier batch status [JOB_ID]` shows one job (or lists them all).
 */
import type { BatchCaseView, BatchJobView, BatchOutput } from '../../../core/batch/batch-operations';
import { batchOutputs } from '../../../core/batch/batch-operations';
import { parseBatchFilter } from '../../../core/batch/batch-filter-expr';
import { DossierError } from '../../../core/errors';
import { batchRunnerOf } from '../../services/batch-service';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag, stringFlags } from '../cli-command';
import type { CliCommand, CommandInput } from '../cli-command';
import { unwrap } from '../cli-output';
import type { Printer } from '../cli-output';

function documentsFlag(input: CommandInput): BatchOutput[] {
  const text = stringFlag(input, 'documents') ?? 'complaint,evidence-list,bundle';
  const names = text.split(/[,，]/).map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((name) => !(batchOutputs as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new DossierError('invalid-input', {
      zh: `参数 --documents 无效：${unknown.join('、') || text}（可选：${batchOutputs.join('、')}）`,
      en: `Invalid --documents: ${unknown.join(', ') || text} (choose from: ${batchOutputs.join(', ')})`,
    }, { field: '--documents' });
  }
  return names as BatchOutput[];
}

function caseIdsFlag(input: CommandInput): number[] | undefined {
  const texts = stringFlags(input, 'case').flatMap((t) => t.split(/[,，]/)).map((t) => t.trim()).filter((t) => t !== '');
  if (texts.length === 0) return undefined;
  return texts.map((text) => {
    const id = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(id) || id <= 0) {
      throw new DossierError('invalid-input', { zh: `参数 --case 无效：${text}（案件编号）`, en: `Invalid --case: ${text} (a case id)` }, { field: '--case' });
    }
    return id;
  });
}

function threadsFlag(input: CommandInput): number | undefined {
  const text = stringFlag(input, 'threads');
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 256) {
    throw new DossierError('invalid-input', { zh: `参数 --threads 无效：${text}（1–256）`, en: `Invalid --threads: ${text} (1–256)` }, { field: '--threads' });
  }
  return n;
}

const stateWords: Record<BatchJobView['state'], string> = {
  queued: '排队中 queued', running: '进行中 running', paused: '已暂停 paused', interrupted: '已中断 interrupted', cancelled: '已取消 cancelled', finished: '已完成 finished',
};

function printView(printer: Printer, view: BatchJobView, cases: BatchCaseView[] = []): void {
  printer.out(`批量任务 Batch job ${view.id}  ${stateWords[view.state]}`);
  printer.out(`  已处理 Processed ${view.done}/${view.total}  已生成 Assembled ${view.assembled}  未通过立案检查 Not ready ${view.notReady}  失败 Failed ${view.failed}  未纳入 Left out ${view.skipped}`);
  printer.out(`  输出文件夹 Output folder: ${view.outDir}`);
  if (view.manifest) printer.out(`  清单 Manifest: ${view.manifest.csv}, ${view.manifest.xlsx}`);
  for (const c of cases.filter((c) => c.state === 'not-ready' || c.state === 'failed')) {
    printer.out(`  ${c.caseId}\t${c.defendantName}\t${c.stateLabel.zh} ${c.stateLabel.en}`);
    for (const f of c.error ? [c.error] : c.findings.slice(0, 3)) printer.out(`      ${f.zh}`);
  }
}

/** Every case line of a job (paged through batch:cases). */
async function allCases(handlers: ReturnType<typeof openCliServices>['handlers'], jobId: string): Promise<BatchCaseView[]> {
  const cases: BatchCaseView[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = unwrap(await dispatch(handlers, 'batch:cases', { jobId, offset, limit: 500 })) as { total: number; cases: BatchCaseView[] };
    cases.push(...page.cases);
    if (cases.length >= page.total || page.cases.length === 0) return cases;
  }
}

/** `dossier batch …` and `dossier batch --resume JOB_ID`. */
export const batchCommand: CliCommand = {
  words: ['batch'],
  usage: [
    'dossier batch [--filter EXPR] [--case ID …] [--documents complaint,evidence-list,bundle] --out DIR [--threads N] [--db FILE] [--json]',
    '    批量生成立案材料：按条件（stage=阶段,court=法院,branch=原告编号,ready=yes|no,owner=经办人,import=导入批次）或案件编号选取案件；',
    '    不加条件时选取全部已通过立案检查的案件。每个法院一个文件夹，附清单 manifest.csv / manifest.xlsx',
    '    Assemble filing packages for many cases, chosen by filter or by id (without either: every case ready to file);',
    '    one folder per court, with manifest.csv / manifest.xlsx',
    'dossier batch --resume JOB_ID [--threads N] [--db FILE] [--json]',
    '    继续已暂停或中断的批量任务 / Continue a paused or interrupted batch job',
  ].join('\n'),
  options: { filter: { type: 'string' }, case: { type: 'string', multiple: true }, documents: { type: 'string' }, out: { type: 'string' }, resume: { type: 'string' }, threads: { type: 'string' } },
  run: async (input) => {
    const resume = stringFlag(input, 'resume');
    const threads = threadsFlag(input);
    const request = resume === undefined
      ? {
        filter: parseBatchFilter(stringFlag(input, 'filter') ?? ''), outputs: documentsFlag(input),
        outDir: stringFlag(input, 'out') ?? (() => {
          throw new DossierError('invalid-input', { zh: '缺少参数 --out（输出文件夹）', en: 'Missing --out (the output folder)' }, { field: '--out' });
        })(),
        ...(caseIdsFlag(input) ? { caseIds: caseIdsFlag(input) } : {}),
      }
      : null;
    const services = openCliServices(input.flags, {
      reportProgress: (event) => input.printer.err(`[${event.done}/${event.total}] ${event.message.zh} / ${event.message.en}`),
    });
    const runner = batchRunnerOf(services.context)!;
    try {
      if (threads !== undefined) runner.setThreads(threads);
      const started = request
        ? unwrap(await dispatch(services.handlers, 'batch:start', request)) as BatchJobView
        : unwrap(await dispatch(services.handlers, 'batch:resume', { jobId: resume })) as BatchJobView;
      await runner.finished(started.id);
      const view = unwrap(await dispatch(services.handlers, 'batch:status', { jobId: started.id })) as BatchJobView;
      const cases = await allCases(services.handlers, started.id);
      if (input.printer.json) input.printer.out(JSON.stringify({ ok: true, value: { job: view, cases } }, null, 2));
      else printView(input.printer, view, cases);
    } finally {
      await runner.close();
      services.close();
    }
  },
};

/** `dossier batch status [JOB_ID]`. */
export const batchStatusCommand: CliCommand = {
  words: ['batch', 'status'],
  usage: 'dossier batch status [JOB_ID] [--db FILE] [--json]\n    查看批量任务的进度 / Show a batch job\'s progress (without an id: every job)',
  run: async (input) => {
    const services = openCliServices(input.flags);
    try {
      const jobId = input.args[0];
      const views = jobId === undefined
        ? unwrap(await dispatch(services.handlers, 'batch:list', {})) as BatchJobView[]
        : [unwrap(await dispatch(services.handlers, 'batch:status', { jobId })) as BatchJobView];
      if (input.printer.json) input.printer.out(JSON.stringify({ ok: true, value: jobId === undefined ? views : views[0] }, null, 2));
      else if (views.length === 0) input.printer.out('没有批量任务 / No batch jobs');
      else for (const view of views) printView(input.printer, view, jobId === undefined ? [] : await allCases(services.handlers, view.id));
    } finally {
      services.close();
    }
  },
};

/** The batch commands, in --help order. */
export const batchCommands: CliCommand[] = [batchCommand, batchStatusCommand];
