/**
 * The batch filter written as text, as `dossier batch --filter` takes it: comma-separated terms
 * `stage=…,court=…,branch=ID,ready=yes|no,owner=…,import=N`. A bad term is an error naming it, in both languages.
 */
import { DossierError } from '../errors';
import { stageLabels, trackingStages, type TrackingStage } from '../tracking/stages';
import type { BatchFilter } from './batch-operations';

/** A stage given by its name or its Chinese or English label; invalid-input naming it otherwise. */
export function stageOf(text: string): TrackingStage {
  const wanted = text.trim().toLowerCase();
  const found = trackingStages.find((stage) => stage === wanted || stageLabels[stage].zh === text.trim() || stageLabels[stage].en.toLowerCase() === wanted);
  if (!found) {
    throw new DossierError('invalid-input', {
      zh: `没有“${text}”这一阶段；可选：${trackingStages.map((s) => stageLabels[s].zh).join('、')}`,
      en: `There is no stage "${text}"; choose one of: ${trackingStages.map((s) => stageLabels[s].en).join(', ')}`,
    }, { field: 'stage' });
  }
  return found;
}

const yes = ['yes', 'y', 'true', '是'];
const no = ['no', 'n', 'false', '否'];

function badTerm(term: string, why: { zh: string; en: string }): DossierError {
  return new DossierError('invalid-input', { zh: `筛选条件“${term}”无效：${why.zh}`, en: `Invalid filter term "${term}": ${why.en}` }, { field: '--filter' });
}

function idOf(term: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) throw badTerm(term, { zh: '应为正整数编号', en: 'expected a whole-number id' });
  return n;
}

/** Parses a filter expression; the empty text is no filter. */
export function parseBatchFilter(text: string): BatchFilter {
  const filter: BatchFilter = {};
  for (const raw of text.split(/[,，]/)) {
    const term = raw.trim();
    if (term === '') continue;
    const at = term.search(/[=＝]/);
    if (at <= 0) throw badTerm(term, { zh: '应写成 名称=值', en: 'expected name=value' });
    const key = term.slice(0, at).trim().toLowerCase();
    const value = term.slice(at + 1).trim();
    if (value === '') throw badTerm(term, { zh: '缺少值', en: 'the value is missing' });
    if (key === 'stage') {
      try {
        filter.stage = stageOf(value);
      } catch (error) {
        throw badTerm(term, error instanceof DossierError ? error.text : { zh: '阶段不存在', en: 'no such stage' });
      }
    } else if (key === 'court') filter.courtName = value;
    else if (key === 'owner') filter.owner = value;
    else if (key === 'branch' || key === 'plaintiff') filter.plaintiffId = idOf(term, value);
    else if (key === 'import') filter.importId = idOf(term, value);
    else if (key === 'ready') {
      if (yes.includes(value.toLowerCase())) filter.ready = true;
      else if (no.includes(value.toLowerCase())) filter.ready = false;
      else throw badTerm(term, { zh: '应为 yes 或 no（是 或 否）', en: 'expected yes or no' });
    } else {
      throw badTerm(term, { zh: '可用的名称：stage、court、branch、ready、owner、import', en: 'the names are stage, court, branch, ready, owner, import' });
    }
  }
  return filter;
}
