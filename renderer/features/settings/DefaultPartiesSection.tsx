import { useEffect, useState } from 'react';
import type { Agent, Organisation } from '../../../core/case/case-model';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { SettingsSectionProps } from './settings-section';

/** 默认当事人: the plaintiff and agent a new case starts with, chosen from the saved profiles. */
export function DefaultPartiesSection({ view, save }: SettingsSectionProps) {
  const { t, pick } = useText();
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [agents, setAgents] = useState<Agent[]>([]);
  const [plaintiffId, setPlaintiffId] = useState(view.defaultPlaintiffId === null ? '' : String(view.defaultPlaintiffId));
  const [agentId, setAgentId] = useState(view.defaultAgentId === null ? '' : String(view.defaultAgentId));
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'notice' | 'alert'; text: string } | null>(null);

  useEffect(() => {
    void Promise.all([call('organisation:list', {}), call('agent:list', {})]).then(([orgs, agentList]) => {
      if (orgs.ok) setOrganisations(orgs.value);
      if (agentList.ok) setAgents(agentList.value);
    });
  }, []);

  async function submit() {
    setSaving(true);
    const refused = await save({ defaultPlaintiffId: plaintiffId === '' ? null : Number(plaintiffId), defaultAgentId: agentId === '' ? null : Number(agentId) });
    setSaving(false);
    setMessage(refused ? { kind: 'alert', text: pick(refused.message) } : { kind: 'notice', text: t('prefs.saved') });
  }

  return (
    <section className="panel" aria-labelledby="prefs-defaults-title">
      <h2 id="prefs-defaults-title">{t('prefs.defaults.title')}</h2>
      <p className="section-note">{t('prefs.defaults.intro')}</p>
      {organisations.length === 0 && agents.length === 0 && <p className="muted">{t('prefs.defaults.noProfiles')}</p>}
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('prefs.defaults.plaintiff')}</span>
          <select className="input" name="defaultPlaintiff" value={plaintiffId} onChange={(e) => setPlaintiffId(e.target.value)}>
            <option value="">{t('prefs.defaults.none')}</option>
            {organisations.map((o) => <option key={o.id} value={String(o.id)}>{o.name}</option>)}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('prefs.defaults.agent')}</span>
          <select className="input" name="defaultAgent" value={agentId} onChange={(e) => setAgentId(e.target.value)}>
            <option value="">{t('prefs.defaults.none')}</option>
            {agents.map((a) => <option key={a.id} value={String(a.id)}>{`${a.name}（${a.employer}）`}</option>)}
          </select>
        </label>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void submit()}>{saving ? t('prefs.saving') : t('prefs.save')}</button>
        {message && <span className={message.kind === 'notice' ? 'notice-inline' : 'alert'} role={message.kind === 'notice' ? 'status' : 'alert'}>{message.text}</span>}
      </div>
    </section>
  );
}
