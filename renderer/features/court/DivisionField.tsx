import { useState } from 'react';
import type { DivisionChoice } from '../../../core/court/court-operations';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { useText } from '../../i18n/use-text';

type DivisionFieldProps = {
  name: string;
  label: string;
  value: string;
  /** What the address gave when the field is empty (path text), shown as a hint. */
  derived?: string;
  error?: string | null;
  onChange: (code: string) => void;
};

/** A 6-digit division code field with a name search (输入名称查找) that fills the code in. */
export function DivisionField({ name, label, value, derived, error, onChange }: DivisionFieldProps) {
  const { t } = useText();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<DivisionChoice[] | null>(null);

  async function find() {
    if (!query.trim()) return;
    const result = await call('division:search', { query: query.trim() });
    setResults(result.ok ? result.value : []);
  }

  return (
    <Field name={name} label={label} optional error={error ?? null}
      hint={value === '' ? (derived ? t('jur.derived', { path: derived }) : t('jur.derivedNone')) : undefined}>
      {(props) => (
        <div className="division-field">
          <input {...props} className="input mono division-code" inputMode="numeric" maxLength={6} value={value} placeholder="530102"
            onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))} />
          <input className="input division-query" aria-label={`${label} ${t('jur.findDivision')}`} value={query} placeholder={t('jur.findDivision')}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); void find(); } }} />
          <button type="button" className="button button-small" onClick={() => void find()}>{t('jur.findDivision')}</button>
          {results && results.length > 0 && (
            <ul className="division-results">
              {results.map((d) => (
                <li key={d.code}>
                  <button type="button" className="link-button" onClick={() => { onChange(d.code); setResults(null); setQuery(''); }}>
                    <span className="mono">{d.code}</span> {d.path}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
