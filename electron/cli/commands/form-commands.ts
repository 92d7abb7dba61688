import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { FillReport } from '../../../core/forms/form-model';
import { listFormFields } from '../../../core/forms/acroform-read';
import { DossierError } from '../../../core/errors';
import { writeFileAtomic } from '../../services/atomic-write';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';
import { required } from './document-commands';
import { caseIdArg } from './evidence-commands';

function readFile(path: string, flag: string): Buffer {
  // Before any read: a pipe would block for ever and a device never ends.
  const found = statSync(resolve(path), { throwIfNoEntry: false });
  if (found && !found.isFile()) {
    throw new DossierError('invalid-input', { zh: `${path} 不是普通文件（文件夹、管道或设备），无法读取`, en: `${path} is not a regular file (a folder, a pipe or a device) and cannot be read` }, { field: flag, file: path });
  }
  try {
    return readFileSync(resolve(path));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DossierError('invalid-input', { zh: `无法读取文件 ${path}：${reason}`, en: `Cannot read ${path}: ${reason}` }, { field: flag, file: path });
  }
}

function readJson(path: string, flag: string): unknown {
  try {
    return JSON.parse(readFile(path, flag).toString('utf8'));
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw new DossierError('invalid-input', { zh: `${path} 不是有效的 JSON`, en: `${path} is not valid JSON` }, { field: flag, file: path });
  }
}

/** `dossier form fill FORM.pdf CASE_ID --mapping FILE --out FILE [--flatten]`. */
export const runFormFill: CommandRun = async (input: CommandInput) => {
    const formPath = required(input.args[0], 'FORM.pdf');
    const caseId = caseIdArg(input.args[1]);
    const mappingPath = required(stringFlag(input, 'mapping'), '--mapping');
    const outPath = resolve(required(stringFlag(input, 'out'), '--out'));
    const form = readFile(formPath, 'FORM.pdf');
    const mapping = readJson(mappingPath, '--mapping');
    const services = openCliServices(input.flags);
    try {
      const result = unwrap(await dispatch(services.handlers, 'form:fill', {
        caseId, formBase64: form.toString('base64'), formName: basename(formPath), mapping, flatten: input.flags.flatten === true, store: false,
      })) as { report: FillReport; pdfBase64: string };
      writeFileAtomic(outPath, Buffer.from(result.pdfBase64, 'base64'));
      const { report } = result;
      printValue(input.printer, { out: outPath, flattened: report.flattened, filled: report.filled, skipped: report.skipped }, () => [
        outPath,
        `已填写 ${report.filled.length} 个字段 / ${report.filled.length} field(s) filled${report.flattened ? '，已固化 / flattened' : ''}`,
      ]);
      if (!input.printer.json && report.skipped.length > 0) {
        input.printer.err(`未填写 ${report.skipped.length} 个字段 / ${report.skipped.length} field(s) not filled:`);
        for (const s of report.skipped) input.printer.err(`  - ${s.name} [${s.reason}]: ${s.message.zh} / ${s.message.en}`);
      }
    } finally {
      services.close();
    }
  };

/** `dossier form fields FORM.pdf`: the fields of a form, to write a mapping for it. */
export const runFormFields: CommandRun = async (input: CommandInput) => {
    const formPath = required(input.args[0], 'FORM.pdf');
    const fields = await listFormFields(new Uint8Array(readFile(formPath, 'FORM.pdf')), basename(formPath));
    printValue(input.printer, fields, (list) => list.map((f) => `${f.name}\t${f.type}\t第${f.page}页${f.maxLength ? `\t≤${f.maxLength}` : ''}${f.options.length > 0 ? `\t${f.options.join('/')}` : ''}`));
  };

