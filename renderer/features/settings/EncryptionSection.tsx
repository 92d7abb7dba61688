import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { EncryptionStatus } from '../../../core/encryption/encryption-operations';
import type { ErrorPayload } from '../../../core/errors';
import type { ProgressEvent } from '../../../core/progress';
import { call, subscribeProgress } from '../../api';
import { useConfirm } from '../../components/use-confirm';
import { useToast } from '../../components/Toast';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import '../encryption/encryption.css';

type Action = 'enable' | 'change' | 'disable';

/** The passphrase inputs of each action; the names are the operation's fields. */
const formFields: Record<Action, { name: 'passphrase' | 'confirm' | 'current'; label: TextKey }[]> = {
  enable: [{ name: 'passphrase', label: 'encryption.passphrase' }, { name: 'confirm', label: 'encryption.confirm' }],
  change: [{ name: 'current', label: 'encryption.current' }, { name: 'passphrase', label: 'encryption.new' }, { name: 'confirm', label: 'encryption.newConfirm' }],
  disable: [{ name: 'passphrase', label: 'encryption.passphrase' }],
};

const prompts: Record<Action, { button: TextKey; title: TextKey; message: TextKey; done: TextKey }> = {
  enable: { button: 'encryption.enable', title: 'encryption.enable.title', message: 'encryption.enable.message', done: 'encryption.enabled' },
  change: { button: 'encryption.change', title: 'encryption.change.title', message: 'encryption.change.message', done: 'encryption.changed' },
  disable: { button: 'encryption.disable', title: 'encryption.disable.title', message: 'encryption.disable.message', done: 'encryption.disabled' },
};

type Values = { passphrase: string; confirm: string; current: string };
const empty: Values = { passphrase: '', confirm: '', current: '' };

/** How an action ended: done, cancelled at the confirmation (the typed passphrases stay), or refused. */
type Outcome = 'done' | 'cancelled' | ErrorPayload;

/** One action's form: its passphrase fields, its error, its button (confirmed in the app's dialog before it runs). */
function ActionForm({ action, busy, onRun }: { action: Action; busy: boolean; onRun: (action: Action, values: Values) => Promise<Outcome> }) {
  const { t, pick } = useText();
  const [values, setValues] = useState<Values>(empty);
  const [error, setError] = useState<{ field?: string; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (action !== 'disable' && values.passphrase !== values.confirm) {
      setError({ field: 'confirm', text: t('encryption.mismatch') });
      return;
    }
    setError(null);
    const outcome = await onRun(action, values);
    if (outcome === 'done') setValues(empty);
    else if (outcome !== 'cancelled') setError({ ...(outcome.field ? { field: outcome.field } : {}), text: `${t('encryption.failed')} ${pick(outcome.message)}` });
  }

  return (
    <form className="encryption-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t(prompts[action].button)}>
      {formFields[action].map((field) => {
        const id = `encryption-${action}-${field.name}`;
        const invalid = error?.field === field.name;
        return (
          <div key={field.name} className={`field${invalid ? ' field-invalid' : ''}`}>
            <label className="field-label" htmlFor={id}>{t(field.label)}</label>
            <input
              id={id} name={field.name} className="input" type="password" autoComplete={field.name === 'current' || action === 'disable' ? 'current-password' : 'new-password'}
              value={values[field.name]} disabled={busy} aria-invalid={invalid ? true : undefined}
              onChange={(event) => setValues((v) => ({ ...v, [field.name]: event.target.value }))}
            />
          </div>
        );
      })}
      {error && <p className="field-error" role="alert">{error.text}</p>}
      <div className="form-actions">
        <button type="submit" className={`button ${action === 'disable' ? 'button-danger' : 'button-primary'}`} disabled={busy}>{t(prompts[action].button)}</button>
      </div>
    </form>
  );
}

/**
 * The settings page's encryption section: whether the store is encrypted; turning encryption on (the passphrase
 * twice, with the warning that a lost passphrase cannot be recovered), changing the passphrase, turning it off.
 * Each change is confirmed in the app's dialog and shows its progress while the stored files are re-written.
 */
export function EncryptionSection() {
  const { t, pick } = useText();
  const toast = useToast();
  const { ask, dialog } = useConfirm();
  const [status, setStatus] = useState<EncryptionStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);

  const load = useCallback(async () => {
    const result = await call('encryption:status', {});
    if (result.ok) setStatus(result.value);
    else setLoadError(pick(result.error.message));
  }, [pick]);

  useEffect(() => void load(), [load]);
  useEffect(() => subscribeProgress((event) => { if (event.operation.startsWith('encryption:')) setProgress(event); }), []);

  async function run(action: Action, values: Values): Promise<Outcome> {
    const prompt = prompts[action];
    if (!(await ask({ title: t(prompt.title), message: t(prompt.message), confirmLabel: t(prompt.button) }))) return 'cancelled';
    setBusy(true);
    setProgress(null);
    const result = action === 'enable' ? await call('encryption:enable', { passphrase: values.passphrase, confirm: values.confirm })
      : action === 'change' ? await call('encryption:change-passphrase', values)
        : await call('encryption:disable', { passphrase: values.passphrase });
    setBusy(false);
    setProgress(null);
    if (!result.ok) return result.error;
    toast.show({ text: t(prompt.done, { count: result.value.filesRewritten }), kind: 'success' });
    await load();
    return 'done';
  }

  return (
    <section className="panel encryption-section" aria-labelledby="encryption-title">
      <h2 id="encryption-title">{t('encryption.title')}</h2>
      <p className="section-note">{t('encryption.intro')}</p>
      {loadError && <p className="alert" role="alert">{loadError}</p>}
      {status && (
        <p role="status">
          <strong>{t(status.encrypted ? 'encryption.status.on' : 'encryption.status.off')}</strong>
          {status.plainFiles > 0 && <span className="muted">　{t('encryption.status.plainFiles', { count: status.plainFiles })}</span>}
        </p>
      )}
      {busy && <p className="progress" role="status">{progress ? `${pick(progress.message)}（${progress.done}/${progress.total}）` : t('encryption.working')}</p>}
      {status && !status.encrypted && (
        <>
          <p className="alert">{t('encryption.warning')}</p>
          <ActionForm action="enable" busy={busy} onRun={run} />
        </>
      )}
      {status?.encrypted && (
        <>
          <ActionForm action="change" busy={busy} onRun={run} />
          <ActionForm action="disable" busy={busy} onRun={run} />
        </>
      )}
      {dialog}
    </section>
  );
}
