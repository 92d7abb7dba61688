import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ProgressEvent } from '../../../core/progress';
import { call, subscribeProgress } from '../../api';
import { useText } from '../../i18n/use-text';
import './encryption.css';

/**
 * What an encrypted store shows at start instead of the app: the passphrase field and the unlock button, nothing
 * else (no navigation: every other operation answers "locked" until the passphrase is given).
 */
export function UnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const { t, pick } = useText();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => subscribeProgress((event) => { if (event.operation === 'encryption:unlock') setProgress(event); }), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase.length === 0) {
      setError(t('unlock.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await call('encryption:unlock', { passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onUnlocked();
      return;
    }
    // A wrong passphrase is said in the screen's own words; anything else (a damaged key file) as the service says it.
    setError(result.error.field === 'passphrase' ? t('unlock.wrong') : `${t('unlock.failed')} ${pick(result.error.message)}`);
    setPassphrase('');
    input.current?.focus();
  }

  return (
    <main className="unlock-screen">
      <form className="panel unlock-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="unlock-title">
        <p className="brand-name" aria-hidden="true">卷宗 <span className="brand-latin">Dossier</span></p>
        <h1 id="unlock-title">{t('unlock.title')}</h1>
        <p className="muted">{t('unlock.intro')}</p>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="unlock-passphrase">{t('unlock.passphrase')}</label>
          <input
            ref={input} id="unlock-passphrase" name="passphrase" className="input" type="password" autoComplete="current-password"
            value={passphrase} onChange={(event) => setPassphrase(event.target.value)} disabled={busy}
            aria-invalid={error ? true : undefined} aria-describedby={error ? 'unlock-error' : undefined}
          />
          {error && <p id="unlock-error" className="field-error" role="alert">{error}</p>}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>{busy ? t('unlock.busy') : t('unlock.submit')}</button>
          {busy && progress && progress.total > 0 && (
            <span className="progress" role="status">{pick(progress.message)}（{progress.done}/{progress.total}）</span>
          )}
        </div>
      </form>
    </main>
  );
}
