import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { BatchFilter, BatchJobView, BatchOutput } from '../../../core/batch/batch-operations';
import type { Organisation } from '../../../core/case/case-model';
import type { ErrorPayload } from '../../../core/errors';
import type { TrackingStage } from '../../../core/tracking/stages';
import { call } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useText } from '../../i18n/use-text';
import { stageKey, stageList } from '../tracking/labels';
import { batchOutputKey, batchOutputList, defaultBatchOutputs } from './batch-labels';

type BatchFormProps = {
  /** Cases of one import, when the page was opened from the import report. */
  importId?: number;
  /** Cases chosen elsewhere (the case list), when handed over. */
  caseIds?: number[];
  /** The papers ticked on arrival; the default set when not given. */
  outputs?: readonly BatchOutput[];
  onStarted: (job: BatchJobView) => void;
};

type Readiness = '' | 'ready' | 'not-ready';

/** Which cases (criteria, or a handed-over selection), which papers, which folder; 开始 starts the job. */
export function BatchForm({ importId: initialImportId, caseIds: initialCaseIds, outputs: initialOutputs, onStarted }: BatchFormProps) {
  const { t, lang } = useText();
  const [stage, setStage] = useState<TrackingStage | ''>('');
  const [plaintiffId, setPlaintiffId] = useState<number | null>(null);
  const [court, setCourt] = useState('');
  const [readiness, setReadiness] = useState<Readiness>('');
  const [owner, setOwner] = useState('');
  const [importId, setImportId] = useState<number | undefined>(initialImportId);
  const [caseIds, setCaseIds] = useState<number[] | undefined>(initialCaseIds);
  const [outputs, setOutputs] = useState<ReadonlySet<BatchOutput>>(new Set(initialOutputs ?? defaultBatchOutputs));
  const [outDir, setOutDir] = useState('');
  const [plaintiffs, setPlaintiffs] = useState<Organisation[]>([]);
  const [courts, setCourts] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([call('organisation:list', {}), call('tracking:cases', { limit: 1 })]).then(([orgs, tracked]) => {
      if (!live) return;
      if (orgs.ok) setPlaintiffs(orgs.value);
      if (tracked.ok) setCourts(tracked.value.courts);
    });
    return () => {
      live = false;
    };
  }, []);

  function toggleOutput(output: BatchOutput) {
    setOutputs((current) => {
      const next = new Set(current);
      if (next.has(output)) next.delete(output);
      else next.add(output);
      return next;
    });
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    const filter: BatchFilter = {
      ...(stage ? { stage } : {}),
      ...(plaintiffId !== null ? { plaintiffId } : {}),
      ...(court ? { courtName: court } : {}),
      ...(readiness ? { ready: readiness === 'ready' } : {}),
      ...(owner.trim() ? { owner: owner.trim() } : {}),
      ...(importId !== undefined ? { importId } : {}),
    };
    setBusy(true);
    const result = await call('batch:start', {
      filter,
      ...(caseIds ? { caseIds } : {}),
      outputs: batchOutputList.filter((o) => outputs.has(o)),
      ...(outDir.trim() ? { outDir: outDir.trim() } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onStarted(result.value);
  }

  return (
    <form className="panel batch-form-panel" onSubmit={(e) => void start(e)} noValidate aria-busy={busy}>
      <ErrorPanel title={t('batchRun.startFailed')} error={error} />
      <fieldset className="form-section">
        <legend>{t('batchRun.cases')}</legend>
        {caseIds && (
          <p className="notice batch-handed-over">
            {t('batchRun.caseIds', { count: caseIds.length })}
            <button type="button" className="link-button" onClick={() => setCaseIds(undefined)}>{t('batchRun.clearCaseIds')}</button>
          </p>
        )}
        <div className="toolbar filters">
          <span className="filter">
            <label htmlFor="batch-run-stage">{t('batchRun.stage')}</label>
            <select id="batch-run-stage" name="batch.stage" className="input" value={stage} onChange={(e) => setStage(e.target.value as TrackingStage | '')}>
              <option value="">{t('batchRun.anyStage')}</option>
              {stageList.map((s) => <option key={s} value={s}>{t(stageKey(s))}</option>)}
            </select>
          </span>
          <span className="filter">
            <label htmlFor="batch-run-plaintiff">{t('batchRun.plaintiff')}</label>
            <select id="batch-run-plaintiff" name="batch.plaintiffId" className="input" value={plaintiffId ?? ''}
              onChange={(e) => setPlaintiffId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('batchRun.any')}</option>
              {plaintiffs.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </span>
          <span className="filter">
            <label htmlFor="batch-run-court">{t('batchRun.court')}</label>
            <select id="batch-run-court" name="batch.court" className="input" value={court} onChange={(e) => setCourt(e.target.value)}>
              <option value="">{t('batchRun.any')}</option>
              {courts.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </span>
          <span className="filter">
            <label htmlFor="batch-run-readiness">{t('batchRun.readiness')}</label>
            <select id="batch-run-readiness" name="batch.readiness" className="input" value={readiness} onChange={(e) => setReadiness(e.target.value as Readiness)}>
              <option value="">{t('batchRun.any')}</option>
              <option value="ready">{t('batchRun.readyOnly')}</option>
              <option value="not-ready">{t('batchRun.notReadyOnly')}</option>
            </select>
          </span>
          <span className="filter">
            <label htmlFor="batch-run-owner">{t('batchRun.owner')}</label>
            <input id="batch-run-owner" name="batch.owner" className="input" value={owner} maxLength={60} onChange={(e) => setOwner(e.target.value)} />
          </span>
          {importId !== undefined && (
            <span className="filter batch-import-filter" data-import-id={importId}>
              <span className="field-label">{t('batchRun.import')}</span>
              <span>{t('batchRun.importChosen', { id: importId })}</span>
              <button type="button" className="link-button" onClick={() => setImportId(undefined)}>{t('batchRun.clearImport')}</button>
            </span>
          )}
        </div>
        <p className="field-hint">{t('batchRun.noFilterHint')}</p>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('batchRun.outputs')}</legend>
        <div className="batch-outputs">
          {batchOutputList.map((output) => (
            <label key={output} className="checkbox">
              <input type="checkbox" name={`batch.output.${output}`} checked={outputs.has(output)} onChange={() => toggleOutput(output)} />
              {t(batchOutputKey(output))}
            </label>
          ))}
        </div>
        {outputs.size === 0 && <p className="field-error">{t('batchRun.outputsNone')}</p>}
      </fieldset>
      <div className="field field-wide">
        <label className="field-label" htmlFor="batch-run-out-dir">{t('batchRun.outDir')}<span className="field-optional">{lang === 'en' ? ` (${t('common.optional')})` : `（${t('common.optional')}）`}</span></label>
        <input id="batch-run-out-dir" name="batch.outDir" className="input mono" value={outDir} maxLength={4096}
          placeholder={t('batchRun.outDirPlaceholder')} onChange={(e) => setOutDir(e.target.value)} />
        <p className="field-hint">{t('batchRun.outDirHint')}</p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || outputs.size === 0}>
          {busy && <span className="spinner" aria-hidden="true" />}{busy ? t('batchRun.starting') : t('batchRun.start')}
        </button>
      </div>
    </form>
  );
}
