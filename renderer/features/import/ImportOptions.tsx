import { useEffect, useState } from 'react';
import type { Agent, Organisation } from '../../../core/case/case-model';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';

/** The choices of an import besides the mapping. */
export type ImportChoices = {
  plaintiffId: number | null;
  agentId: number | null;
  onDuplicate: 'update' | 'skip';
  validOnly: boolean;
};

type ImportOptionsProps = {
  choices: ImportChoices;
  onChange: (choices: ImportChoices) => void;
  /** The file has no plaintiff column mapped, so the plaintiff must be chosen here. */
  needsPlaintiff: boolean;
};

/** Plaintiff and agent for the rows, what to do with existing cases, and whether to import only the good rows. */
export function ImportOptions({ choices, onChange, needsPlaintiff }: ImportOptionsProps) {
  const { t } = useText();
  const [plaintiffs, setPlaintiffs] = useState<Organisation[]>([]);
  const [agents, setAgents] = useState<Agent[]>([]);
  const set = (patch: Partial<ImportChoices>) => onChange({ ...choices, ...patch });
  const plaintiffMissing = needsPlaintiff && choices.plaintiffId === null;

  useEffect(() => {
    let live = true;
    void Promise.all([call('organisation:list', {}), call('agent:list', {})]).then(([orgs, people]) => {
      if (!live) return;
      if (orgs.ok) setPlaintiffs(orgs.value);
      if (people.ok) setAgents(people.value);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="panel">
      <fieldset className="form-section import-options">
        <legend>{t('caseImport.options')}</legend>
        <div className="form-grid">
          <div className={`field${plaintiffMissing ? ' field-invalid' : ''}`}>
            <label className="field-label" htmlFor="import-plaintiff">{t('caseImport.plaintiff')}</label>
            <select id="import-plaintiff" name="import.plaintiffId" className="input" value={choices.plaintiffId ?? ''}
              aria-invalid={plaintiffMissing ? true : undefined}
              onChange={(e) => set({ plaintiffId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{needsPlaintiff ? t('common.choose') : t('caseImport.plaintiffNone')}</option>
              {plaintiffs.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            {plaintiffMissing
              ? <p className="field-error" data-error-for="import.plaintiffId">{t('caseImport.plaintiffMissing')}</p>
              : <p className="field-hint">{t('caseImport.plaintiffHint')}</p>}
          </div>
          <div className="field">
            <label className="field-label" htmlFor="import-agent">{t('caseImport.agent')}</label>
            <select id="import-agent" name="import.agentId" className="input" value={choices.agentId ?? ''}
              onChange={(e) => set({ agentId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{t('caseImport.agentNone')}</option>
              {agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </div>
          <fieldset className="field field-wide import-duplicates">
            <legend className="field-label">{t('caseImport.duplicates')}</legend>
            <label className="checkbox">
              <input type="radio" name="import.onDuplicate" value="skip" checked={choices.onDuplicate === 'skip'} onChange={() => set({ onDuplicate: 'skip' })} />
              {t('caseImport.duplicateSkip')}
            </label>
            <label className="checkbox">
              <input type="radio" name="import.onDuplicate" value="update" checked={choices.onDuplicate === 'update'} onChange={() => set({ onDuplicate: 'update' })} />
              {t('caseImport.duplicateUpdate')}
            </label>
          </fieldset>
          <div className="field field-wide">
            <label className="checkbox">
              <input type="checkbox" name="import.validOnly" checked={choices.validOnly} onChange={(e) => set({ validOnly: e.target.checked })} />
              {t('caseImport.validOnly')}
            </label>
            {!choices.validOnly && <p className="field-hint">{t('caseImport.validOnlyOff')}</p>}
          </div>
        </div>
      </fieldset>
    </section>
  );
}
