import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Bilingual } from '../../../core/bilingual';
import type { Agent, CaseStatus, Organisation } from '../../../core/case/case-model';
import type { ErrorPayload, FieldIssue } from '../../../core/errors';
import type { Navigate } from '../../App';
import { call } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { SummaryItem } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { useGuardedLeave, useLeaveGuard } from '../../components/LeaveGuard';
import { useToast } from '../../components/Toast';
import { useText } from '../../i18n/use-text';
import { caseTabs } from './case-tabs';
import { CaseFieldControl, caseFieldHint } from './workspace/CaseFieldControl';
import { CaseHeader } from './workspace/CaseHeader';
import { revealFirstError } from './workspace/reveal-first-error';
import { SectionAnchors, sectionAnchorId } from './workspace/SectionAnchors';
import { useSaveShortcut } from './workspace/use-save-shortcut';
import { caseSections, caseToForm, emptyCaseForm, fieldLabelKey, formFieldOf, formToInput, residentIdHints } from './case-form-values';
import type { CaseFieldPath, CaseFormValues } from './case-form-values';

type CaseFormPageProps = { caseId?: number; initialTab?: string | undefined; navigate: Navigate };

type FieldErrors = Partial<Record<string, Bilingual>>;

/** Every problem of each field, joined into one message per field. */
function byField(issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = formFieldOf(issue.field);
    if (!field) continue;
    const before = errors[field];
    errors[field] = before ? { zh: `${before.zh}；${issue.message.zh}`, en: `${before.en}; ${issue.message.en}` } : issue.message;
  }
  return errors;
}

/** The field errors of a failed save, from error.details or, for a malformed input, error.field. */
function errorsOf(error: ErrorPayload): FieldErrors {
  if (error.details.length > 0) return byField(error.details);
  return error.field ? byField([{ field: error.field, message: error.message }]) : {};
}

/** Every field path in the order the form shows them, for focusing the first bad one. */
const fieldOrder = caseSections.flatMap((section) => section.fields.map((spec) => spec.path));

/** Whether the form holds input that differs from what was loaded or last saved. */
function differs(values: CaseFormValues, saved: CaseFormValues): boolean {
  return fieldOrder.some((path) => values[path] !== saved[path]);
}

/**
 * A case's workspace: the header over every case, its tabs, and on 案件信息 the intake form (new or edit) in
 * anchored sections, validated field by field on blur and in full on save (the button or Ctrl+S). Unsaved input
 * is guarded: leaving the page or the tab asks first.
 */
export function CaseFormPage({ caseId, initialTab, navigate }: CaseFormPageProps) {
  const { t, pick } = useText();
  const toast = useToast();
  const guardedLeave = useGuardedLeave();
  const [values, setValues] = useState<CaseFormValues>(emptyCaseForm);
  // What the store holds (as loaded or last saved): the form is dirty while it differs from this.
  const [saved, setSaved] = useState<CaseFormValues>(emptyCaseForm);
  const [headerVersion, setHeaderVersion] = useState(0);
  const [leaveTo, setLeaveTo] = useState<Parameters<Navigate>[0] | null>(null);
  const [tab, setTab] = useState(initialTab ?? 'details');
  const [status, setStatus] = useState<CaseStatus>('draft');
  const [savedName, setSavedName] = useState('');
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  const [agents, setAgents] = useState<Agent[] | null>(null);
  const [loading, setLoading] = useState(caseId !== undefined);
  const [loadError, setLoadError] = useState<ErrorPayload | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const touched = useRef(new Set<string>());
  const blurSeq = useRef(new Map<string, number>());

  useEffect(() => {
    let live = true;
    void Promise.all([call('organisation:list', {}), call('agent:list', {}), call('settings:get', {})]).then(([orgs, agentList, settings]) => {
      if (!live) return;
      if (orgs.ok) setOrganisations(orgs.value);
      if (agentList.ok) setAgents(agentList.value);
      if (caseId !== undefined) return;
      // A new case preselects the default plaintiff and agent of the settings page, else the plaintiff when only one is saved.
      const stored = settings.ok ? settings.value : null;
      const plaintiff = orgs.ok ? (orgs.value.find((o) => o.id === stored?.defaultPlaintiffId) ?? (orgs.value.length === 1 ? orgs.value[0] : undefined)) : undefined;
      const agent = agentList.ok ? agentList.value.find((a) => a.id === stored?.defaultAgentId) : undefined;
      const preselect = (v: CaseFormValues) => ({
        ...v,
        plaintiffId: v.plaintiffId || (plaintiff ? String(plaintiff.id) : ''),
        agentId: v.agentId || (agent ? String(agent.id) : ''),
      });
      setValues(preselect);
      // A choice made for the user is not unsaved input of theirs.
      setSaved(preselect);
    });
    if (caseId !== undefined) {
      void call('case:get', { id: caseId }).then((result) => {
        if (!live) return;
        setLoading(false);
        if (!result.ok) return setLoadError(result.error);
        setValues(caseToForm(result.value));
        setSaved(caseToForm(result.value));
        setStatus(result.value.status);
        setSavedName(result.value.defendant.name);
      });
    }
    return () => {
      live = false;
    };
  }, [caseId]);

  // Other tabs change the stored case (the court chosen on the jurisdiction tab, for one): on coming back,
  // take the stored value of every field not edited here, so saving the form cannot undo them.
  useEffect(() => {
    if (caseId === undefined || tab !== 'details' || loading) return;
    let live = true;
    void call('case:get', { id: caseId }).then((result) => {
      if (!live || !result.ok) return;
      const stored = caseToForm(result.value);
      const untouched = (v: CaseFormValues) => {
        const merged = { ...v };
        for (const key of Object.keys(stored) as (keyof CaseFormValues)[]) {
          if (!touched.current.has(key)) merged[key] = stored[key];
        }
        return merged;
      };
      setValues(untouched);
      setSaved(stored);
      setStatus(result.value.status);
    });
    return () => {
      live = false;
    };
  }, [tab]);

  const dirty = !loading && differs(values, saved);
  useLeaveGuard(dirty);

  // After a new case is created, leave once the guard knows nothing is unsaved any more.
  useEffect(() => {
    if (leaveTo && !dirty) navigate(leaveTo);
  }, [leaveTo, dirty]);

  /** Switches tab; leaving 案件信息 with unsaved input asks first, and discarding puts the stored values back. */
  function openTab(next: string) {
    if (next === tab) return;
    const leave = () => {
      if (tab === 'details') {
        setValues(saved);
        touched.current.clear();
        setErrors({});
        setFailure(null);
      }
      setTab(next);
      setHeaderVersion((n) => n + 1);
    };
    if (tab === 'details' && dirty) guardedLeave(leave);
    else leave();
  }

  function change(path: CaseFieldPath, value: string) {
    touched.current.add(path);
    setValues((v) => ({ ...v, [path]: value }));
  }

  /** Checks the whole form and updates the blurred field's error; errors elsewhere are only cleared once fixed. */
  async function validateOnBlur(path: CaseFieldPath) {
    let current = values;
    if (path === 'defendant.residentId') {
      // People paste ID numbers with spaces or a lowercase x; the number is written without spaces and with a capital X.
      const typed = values[path];
      const normalised = typed.replace(/[\s\u3000]/g, '').toUpperCase();
      if (normalised !== typed) {
        current = { ...values, [path]: normalised };
        setValues((v) => (v[path] === typed ? { ...v, [path]: normalised } : v));
      }
    }
    const seq = (blurSeq.current.get(path) ?? 0) + 1;
    blurSeq.current.set(path, seq);
    const result = await call('case:validate', { values: formToInput(current, status) });
    if (blurSeq.current.get(path) !== seq) return;
    if (!result.ok) {
      const failed = result.error;
      if (formFieldOf(failed.field) === path) setErrors((e) => ({ ...e, [path]: failed.message }));
      return;
    }
    const found = byField(result.value);
    const issueFor = (field: string) => found[field];
    setErrors((previous) => {
      const next: FieldErrors = {};
      for (const field of Object.keys(previous)) {
        const still = issueFor(field);
        if (still) next[field] = still;
      }
      const own = issueFor(path);
      if (own) next[path] = own;
      else delete next[path];
      return next;
    });
    const hints = path === 'defendant.residentId' && !issueFor(path) ? residentIdHints(current[path]) : null;
    if (hints) {
      // A valid ID number fills in the birth date if empty and, unless chosen by hand, the sex it encodes.
      setValues((v) => ({
        ...v,
        'defendant.birthDate': v['defendant.birthDate'] || hints.birthDate,
        'defendant.sex': touched.current.has('defendant.sex') ? v['defendant.sex'] : hints.sex,
      }));
    }
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = formToInput(values, status);
    const result = caseId === undefined ? await call('case:create', { values: input }) : await call('case:update', { id: caseId, values: input });
    setSaving(false);
    if (!result.ok) {
      const found = errorsOf(result.error);
      setErrors(found);
      setFailure(result.error);
      const count = result.error.details.length;
      toast.show({ kind: 'error', text: count > 0 ? t('ws.saveFailed', { count }) : t('ws.saveFailedPlain', { message: pick(result.error.message) }) });
      window.setTimeout(() => revealFirstError(fieldOrder.filter((path) => found[path]), summaryRef.current), 0);
      return;
    }
    setErrors({});
    setFailure(null);
    // Saved: nothing on the form differs from the store any more (amounts come back normalised).
    const stored = caseToForm(result.value);
    setSaved(stored);
    setValues(stored);
    touched.current.clear();
    toast.show({ kind: 'success', text: t('ws.saved', { name: result.value.defendant.name }) });
    if (caseId === undefined) {
      setLeaveTo({ name: 'cases', notice: t('cases.created', { name: result.value.defendant.name }) });
      return;
    }
    setSavedName(result.value.defendant.name);
    setHeaderVersion((n) => n + 1);
  }

  useSaveShortcut(() => void save(), tab === 'details' && !loading && !loadError);
  const trackingChanged = useCallback(() => setHeaderVersion((n) => n + 1), []);

  const label = (field: string) => {
    const key = fieldLabelKey(field);
    return key ? t(key) : undefined;
  };
  const summaryItems: SummaryItem[] = failure
    ? failure.details.map((detail) => ({ field: formFieldOf(detail.field), label: label(formFieldOf(detail.field) ?? ''), message: detail.message }))
    : [];

  return (
    <section className="page case-workspace" aria-labelledby="case-form-title">
      <div className="page-header">
        <h1 id="case-form-title">{caseId === undefined ? t('caseForm.newTitle') : t('caseForm.editTitle', { name: savedName })}</h1>
        <button type="button" className="button" onClick={() => navigate({ name: 'cases' })}>{t('caseForm.back')}</button>
      </div>
      {loading && <p className="muted">{t('common.loading')}</p>}
      {loadError && <p className="alert" role="alert">{pick(loadError.message)}</p>}
      {caseId !== undefined && !loadError && <CaseHeader caseId={caseId} version={headerVersion} onOpenReadiness={() => openTab('readiness')} />}
      {caseId !== undefined && caseTabs.length > 0 && (
        <div className="tab-bar" role="tablist" aria-label={t('caseTabs.label')}>
          {[{ id: 'details', label: 'caseTabs.details' as const }, ...caseTabs].map((item) => (
            <button key={item.id} type="button" role="tab" id={`case-tab-${item.id}`} aria-selected={tab === item.id}
              className={tab === item.id ? 'tab tab-active' : 'tab'} onClick={() => openTab(item.id)}>
              {t(item.label)}
            </button>
          ))}
        </div>
      )}
      {caseId !== undefined && tab !== 'details' && (
        <div role="tabpanel" aria-labelledby={`case-tab-${tab}`}>{caseTabs.find((item) => item.id === tab)?.render(caseId, openTab, trackingChanged)}</div>
      )}
      {!loading && !loadError && tab === 'details' && (
        <>
          <SectionAnchors titles={caseSections.map((section) => section.title)} />
          <form className="case-form" onSubmit={(event) => void save(event)} noValidate>
            {failure && (
              <div ref={summaryRef} tabIndex={-1}>
                <ErrorSummary title={summaryItems.length > 0 ? t('caseForm.saveFailed') : `${t('caseForm.saveFailed')} ${pick(failure.message)}`} items={summaryItems} />
              </div>
            )}
            <div className="case-form-sections">
            {caseSections.map((section) => (
              <fieldset key={section.title} className="form-section" id={sectionAnchorId(section.title)} tabIndex={-1}>
                <legend>{t(section.title)}</legend>
                {section.note && <p className="section-note">{t(section.note)}</p>}
                <div className="form-grid">
                  {section.fields.map((spec) => {
                    const error = errors[spec.path];
                    return (
                      <Field key={spec.path} name={spec.path} label={t(fieldLabelKey(spec.path)!)} error={error ? pick(error) : null}
                        hint={caseFieldHint({ spec, organisations, agents, onGoTo: (name) => navigate({ name }), t })}
                        optional={spec.optional} wide={spec.wide}>
                        {(props) => (
                          <CaseFieldControl spec={spec} props={props} value={values[spec.path]} onValue={(value) => change(spec.path, value)}
                            onBlur={() => void validateOnBlur(spec.path)} organisations={organisations} agents={agents} />
                        )}
                      </Field>
                    );
                  })}
                </div>
              </fieldset>
            ))}
            </div>
            <div className="form-actions case-form-actions">
              <button type="submit" className="button button-primary" disabled={saving} title={t('ws.shortcut')}>
                {saving ? t('common.saving') : t('common.save')}
              </button>
              <span className="muted small">{t('ws.shortcut')}</span>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
