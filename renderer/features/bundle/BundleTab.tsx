import { useEffect, useState } from 'react';
import type { BundleBuild } from '../../../core/bundle/bundle-operations';
import type { BundlePlan } from '../../../core/bundle/bundle-order';
import type { ErrorPayload } from '../../../core/errors';
import type { ProgressEvent } from '../../../core/progress';
import { call, subscribeProgress } from '../../api';
import { formatBytes } from '../../components/format-time';
import { useText } from '../../i18n/use-text';
import { BundlePreview } from './BundlePreview';
import { BundleReportTable } from './BundleReportTable';
import { ExhibitOrderList } from './ExhibitOrderList';

/** Optional positive number from a form field: '' → null. */
function limit(text: string): number | null {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

/** The case's 证据材料 tab: order the exhibits, build a preview, look through it, save the bundle. */
export function BundleTab({ caseId }: { caseId: number }) {
  const { t, pick } = useText();
  const [plan, setPlan] = useState<BundlePlan | null>(null);
  const [order, setOrder] = useState<number[]>([]);
  const [removed, setRemoved] = useState<number[]>([]);
  const [maxPages, setMaxPages] = useState('');
  const [maxMegabytes, setMaxMegabytes] = useState('');
  const [dpi, setDpi] = useState('300');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [build, setBuild] = useState<BundleBuild | null>(null);
  const [buildKey, setBuildKey] = useState(0);
  const [jumpTo, setJumpTo] = useState<number | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);

  // Listen for the whole time the tab is open, so the stream is ready before a build's first exhibit.
  useEffect(() => subscribeProgress((event) => { if (event.operation === 'bundle:build') setProgress(event); }), []);

  useEffect(() => {
    let live = true;
    void call('bundle:plan', { caseId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setPlan(result.value);
        setOrder(result.value.defaultOrder);
      } else setError(result.error);
    });
    return () => { live = false; };
  }, [caseId]);

  async function run(save: boolean) {
    setBusy(true);
    setError(null);
    setProgress(null);
    const result = await call('bundle:build', {
      caseId, order, save, maxPagesPerVolume: limit(maxPages), maxMegabytesPerVolume: limit(maxMegabytes), maxImageDpi: Number(dpi),
    });
    setBusy(false);
    if (!result.ok) { setError(result.error); return; }
    setBuild(result.value);
    if (!result.value.saved) setBuildKey((k) => k + 1);
  }

  async function reveal(documentId: number) {
    const result = await call('document:reveal', { documentId });
    if (!result.ok) setError(result.error);
  }

  if (!plan) return error ? <p className="alert" role="alert">{pick(error.message)}</p> : <p className="muted">{t('common.loading')}</p>;
  const byId = new Map(plan.items.map((item) => [item.evidenceId, item]));
  const leftOut = plan.items.filter((item) => item.leftOut !== null);
  const fieldError = (name: string) => (error?.field === name ? <span className="field-error" role="alert">{pick(error.message)}</span> : null);
  return (
    <div className="bundle-tab">
      <section className="panel" aria-labelledby="bundle-title" aria-busy={busy}>
        <div className="panel-header">
          <h2 id="bundle-title">{t('bundle.title')}</h2>
          <button type="button" className="button" disabled={busy} onClick={() => { setOrder(plan.defaultOrder); setRemoved([]); }}>{t('bundle.resetOrder')}</button>
        </div>
        <p className="muted">{t('bundle.intro')}</p>
        {order.length === 0
          ? <p className="notice">{t('bundle.empty')}</p>
          : (
            <>
              <p className="muted bundle-hint">{t('bundle.dragHint')}</p>
              <ExhibitOrderList items={plan.items} order={order} busy={busy} onOrder={setOrder} onRemove={(id) => { setOrder(order.filter((x) => x !== id)); setRemoved([...removed, id]); }} />
            </>
          )}
        {removed.length > 0 && (
          <div className="bundle-removed">
            <h3>{t('bundle.notIncluded')}</h3>
            <ul>
              {removed.map((id) => (
                <li key={id}>
                  {byId.get(id)?.title}{' '}
                  <button type="button" className="button button-small" disabled={busy} onClick={() => { setRemoved(removed.filter((x) => x !== id)); setOrder([...order, id]); }}>{t('bundle.restore')}</button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {leftOut.length > 0 && (
          <div className="bundle-left-out">
            <h3>{t('bundle.leftOut')}</h3>
            <ul>{leftOut.map((item) => <li key={item.evidenceId}>{item.title}（{item.fileName}）：{item.leftOut ? pick(item.leftOut) : ''}</li>)}</ul>
          </div>
        )}
        <fieldset className="bundle-options" disabled={busy}>
          <legend>{t('bundle.options')}</legend>
          <label>{t('bundle.maxPages')}<input name="maxPagesPerVolume" type="number" min={10} step={1} value={maxPages} onChange={(e) => setMaxPages(e.target.value)} />{fieldError('maxPagesPerVolume')}</label>
          <label>{t('bundle.maxMegabytes')}<input name="maxMegabytesPerVolume" type="number" min={1} step={1} value={maxMegabytes} onChange={(e) => setMaxMegabytes(e.target.value)} />{fieldError('maxMegabytesPerVolume')}</label>
          <label>{t('bundle.imageDpi')}
            <select name="maxImageDpi" value={dpi} onChange={(e) => setDpi(e.target.value)}>
              {['150', '200', '300', '400'].map((v) => <option key={v} value={v}>{v}</option>)}
            </select>
          </label>
        </fieldset>
        <div className="toolbar">
          <button type="button" className="button button-primary" disabled={busy || order.length === 0} onClick={() => void run(false)}>{t('bundle.preview')}</button>
          <button type="button" className="button" disabled={busy || order.length === 0} onClick={() => void run(true)}>{t('bundle.save')}</button>
          {busy && (
            <span className="bundle-busy" role="status">
              {/* Indeterminate until the first exhibit is in, then done/total (house rule: show progress, never block). */}
              <progress className="bundle-progress" aria-label={t('bundle.progress')} {...(progress ? { max: progress.total, value: progress.done } : {})} />
              <span className="bundle-progress-message">{progress ? pick(progress.message) : t('bundle.building')}</span>
            </span>
          )}
        </div>
        {error && !error.field?.startsWith('max') && <p className="alert" role="alert">{pick(error.message)}</p>}
      </section>
      {build && (
        <section className="panel bundle-result" aria-labelledby="bundle-result-title">
          <div className="panel-header">
            <h3 id="bundle-result-title">{t('bundle.summary', { pages: build.report.pageCount, size: formatBytes(build.report.sizeBytes), volumes: build.report.volumes.length })}</h3>
          </div>
          {build.saved && (
            <p className="notice" role="status">
              {t('bundle.saved', { files: [...build.files.map((f) => f.fileName), ...(build.auditTrail ? [build.auditTrail.fileName] : [])].join('、') })}{' '}
              {build.files[0]?.documentId != null && <button type="button" className="button button-small" onClick={() => void reveal(build.files[0]!.documentId!)}>{t('bundle.reveal')}</button>}
            </p>
          )}
          {build.report.warnings.length > 0 && (
            <div className="notice"><p>{t('bundle.warnings')}</p><ul>{build.report.warnings.map((w, i) => <li key={i}>{pick(w)}</li>)}</ul></div>
          )}
          <BundleReportTable report={build.report} onPick={setJumpTo} />
        </section>
      )}
      {build && buildKey > 0 && <BundlePreview caseId={caseId} volumes={build.report.volumes} buildKey={buildKey} jumpTo={jumpTo} />}
    </div>
  );
}
