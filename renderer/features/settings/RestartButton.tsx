import { useState } from 'react';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';

/** 立即重启: restarts the app; where it cannot (a browser), says that a restart is needed. */
export function RestartButton() {
  const { t, pick } = useText();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function restart() {
    setBusy(true);
    const result = await call('app:relaunch', {});
    setBusy(false);
    setMessage(result.ok ? pick(result.value.message) : pick(result.error.message));
  }

  return (
    <span className="restart">
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void restart()}>
        {busy ? t('prefs.restarting') : t('prefs.restart')}
      </button>
      {message && <span className="notice-inline" role="status">{' '}{message}</span>}
    </span>
  );
}
