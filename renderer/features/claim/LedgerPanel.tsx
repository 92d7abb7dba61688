import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { LedgerEntry, LedgerEntryType } from '../../../core/claim/ledger-model';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { formatFen } from '../../components/format-fen';
import { useText } from '../../i18n/use-text';
import type { TextKey } from '../../i18n/zh-CN';
import { LedgerImport } from './LedgerImport';
import { useToast } from '../../components/Toast';
import { useConfirm } from '../../components/use-confirm';

const entryTypes: LedgerEntryType[] = ['consumption', 'cash-advance', 'fee', 'interest', 'penalty', 'payment', 'adjustment'];
const typeKey = (type: LedgerEntryType): TextKey => `type.${type}`;
const sourceKey = (source: LedgerEntry['source']): TextKey => `claim.source.${source}`;

/** The card's transactions: import, balances entered directly, single entries, and the list. */
export function LedgerPanel({ caseId, onChanged }: { caseId: number; onChanged: () => void }) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [entries, setEntries] = useState<LedgerEntry[] | null>(null);
  const toast = useToast();
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [balances, setBalances] = useState({ date: '', principal: '', interest: '', penalty: '', fees: '' });
  const [entry, setEntry] = useState({ date: '', type: 'consumption' as LedgerEntryType, amount: '', description: '' });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void call('ledger:list', { caseId }).then((result) => {
      if (live && result.ok) setEntries(result.value);
    });
    return () => {
      live = false;
    };
  }, [caseId, reloads]);

  function changed(message: string) {
    if (message) toast.show({ text: message, kind: 'success' });
    setError(null);
    setReloads((n) => n + 1);
    onChanged();
  }
  async function saveBalances(event: FormEvent) {
    event.preventDefault();
    const result = await call('ledger:set-balances', { caseId, balances });
    if (!result.ok) return setError(result.error);
    changed(t('common.saved'));
  }
  async function addEntry(event: FormEvent) {
    event.preventDefault();
    const result = await call('ledger:add-entry', { caseId, entry });
    if (!result.ok) return setError(result.error);
    setEntry({ ...entry, amount: '', description: '' });
    changed(t('common.saved'));
  }
  async function remove(id: number) {
    const entry = entries?.find((e) => e.id === id);
    if (!entry) return;
    const sure = await ask({
      title: t('confirm.deleteTitle'),
      message: t('claim.deleteEntryMessage', { date: entry.date, type: t(typeKey(entry.type)), amount: formatFen(entry.amountFen) }),
      confirmLabel: t('confirm.delete'),
    });
    if (!sure) return;
    const result = await call('ledger:delete-entry', { id });
    if (!result.ok) return setError(result.error);
    changed(t('claim.entryDeleted'));
  }
  const input = (name: string, value: string, onChange: (value: string) => void, label: TextKey, type = 'text') => (
    <label className="field" key={name}>
      <span className="field-label">{t(label)}</span>
      <input className={`input${type === 'text' ? ' num' : ''}`} type={type} name={name} value={value} onChange={(e) => onChange(e.target.value)} />
      {error?.field === name && <p className="field-error" data-error-for={name}>{pick(error.message)}</p>}
    </label>
  );
  const balance = (key: keyof typeof balances, label: TextKey, type = 'text') =>
    input(`balances.${key}`, balances[key], (value) => setBalances({ ...balances, [key]: value }), label, type);

  return (
    <section className="panel" aria-labelledby="ledger-title" id="ledger">
      {dialog}
      <h2 id="ledger-title">{t('claim.ledger')}</h2>
      <LedgerImport caseId={caseId} onImported={changed} />
      <div className="ledger-forms">
        <form onSubmit={(e) => void saveBalances(e)} className="form-section">
          <h3>{t('claim.balances')}</h3>
          <div className="form-grid">
            {balance('date', 'claim.balanceDate', 'date')}
            {balance('principal', 'claim.principal')}
            {balance('interest', 'claim.interest')}
            {balance('penalty', 'claim.penalty')}
            {balance('fees', 'claim.fees')}
          </div>
          <button type="submit" className="button">{t('claim.saveBalances')}</button>
        </form>
        <form onSubmit={(e) => void addEntry(e)} className="form-section">
          <h3>{t('claim.addEntry')}</h3>
          <div className="form-grid">
            {input('entry.date', entry.date, (date) => setEntry({ ...entry, date }), 'claim.entryDate', 'date')}
            <label className="field">
              <span className="field-label">{t('claim.entryType')}</span>
              <select className="input" name="entry.type" value={entry.type} onChange={(e) => setEntry({ ...entry, type: e.target.value as LedgerEntryType })}>
                {entryTypes.map((type) => <option key={type} value={type}>{t(typeKey(type))}</option>)}
              </select>
            </label>
            {input('entry.amount', entry.amount, (amount) => setEntry({ ...entry, amount }), 'claim.entryAmount')}
            {input('entry.description', entry.description, (description) => setEntry({ ...entry, description }), 'claim.entryDescription')}
          </div>
          <button type="submit" className="button">{t('claim.addEntry')}</button>
        </form>
      </div>
      {error && !error.field?.match(/^(balances|entry)\./) && <p className="alert" role="alert">{pick(error.message)}</p>}
      {entries && entries.length === 0 && <p className="empty">{t('claim.noEntries')}</p>}
      {entries && entries.length > 0 && (
        <div className="table-wrap ledger-table">
          <table className="table">
            <thead><tr><th scope="col">{t('claim.entryDate')}</th><th scope="col">{t('claim.entryType')}</th><th scope="col" className="num">{t('claim.entryAmount')}</th><th scope="col">{t('claim.entryDescription')}</th><th scope="col">{t('common.actions')}</th></tr></thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-entry-type={e.type}>
                  <td className="nowrap">{e.date}</td>
                  <td>{t(typeKey(e.type))}</td>
                  <td className="num nowrap">{formatFen(e.amountFen)}</td>
                  <td>{e.description} <span className="muted small">{t(sourceKey(e.source))}</span></td>
                  <td><button type="button" className="button button-small" onClick={() => void remove(e.id)}>{t('common.delete')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
