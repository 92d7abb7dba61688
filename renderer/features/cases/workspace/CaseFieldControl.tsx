import type { ReactNode } from 'react';
import type { Agent, Organisation } from '../../../../core/case/case-model';
import { DateField } from '../../../components/DateField';
import type { ControlProps } from '../../../components/Field';
import { useText } from '../../../i18n/use-text';
import type { FieldSpec } from '../case-form-values';

type CaseFieldControlProps = {
  spec: FieldSpec;
  props: ControlProps;
  value: string;
  onValue: (value: string) => void;
  onBlur: () => void;
  organisations: Organisation[] | null;
  agents: Agent[] | null;
};

/** The input of one intake-form field, by the field's kind (text, date, amount in 元, sex, plaintiff, agent). */
export function CaseFieldControl({ spec, props, value, onValue, onBlur, organisations, agents }: CaseFieldControlProps) {
  const { t } = useText();
  const common = { ...props, onBlur };
    const onChange = (event: { target: { value: string } }) => onValue(event.target.value);
  switch (spec.kind) {
    case 'plaintiff':
    case 'agent': {
      const options = spec.kind === 'plaintiff' ? organisations : agents;
      return (
        <select {...common} className="input" value={value} onChange={onChange}>
          <option value="">{spec.kind === 'plaintiff' ? t('common.choose') : t('caseForm.noAgent')}</option>
          {(options ?? []).map((option) => (
            <option key={option.id} value={String(option.id)}>
              {'employer' in option ? `${option.name}（${option.employer}）` : option.name}
            </option>
          ))}
        </select>
      );
    }
    case 'sex':
      return (
        <select {...common} className="input" value={value} onChange={onChange}>
          <option value="male">{t('sex.male')}</option>
          <option value="female">{t('sex.female')}</option>
        </select>
      );
    case 'date':
      // yyyy-mm-dd whatever the system's locale; the form's own check runs when focus leaves the field (blur bubbles here).
      return (
        <span className="date-control" onBlur={onBlur}>
          <DateField {...props} value={value} onChange={onValue} min="1900-01-01" max="2099-12-31" />
        </span>
      );
    case 'amount':
      return (
        <span className="input-with-unit">
          <input {...common} className="input num" type="text" inputMode="decimal" autoComplete="off" placeholder="0.00"
            value={value} onChange={onChange} maxLength={spec.maxLength} />
          <span className="input-unit" aria-hidden="true">{t('caseForm.unitYuan')}</span>
        </span>
      );
    case 'text':
      return (
        <input {...common} className={`input${spec.path === 'defendant.residentId' || spec.path === 'card.cardNumber' ? ' mono' : ''}`}
          type="text" autoComplete="off" value={value} onChange={onChange} maxLength={spec.maxLength}
          placeholder={spec.placeholder ? t(spec.placeholder) : undefined} />
      );
  }
}

type CaseFieldHintInput = {
  spec: FieldSpec; organisations: Organisation[] | null; agents: Agent[] | null;
  onGoTo: (page: 'plaintiffs' | 'agents') => void; t: ReturnType<typeof useText>['t'];
};

/** Under the plaintiff or agent choice when none is saved yet: where to add one; nothing for other fields. */
export function caseFieldHint({ spec, organisations, agents, onGoTo, t }: CaseFieldHintInput): ReactNode {

  const empty = spec.kind === 'plaintiff' ? organisations?.length === 0 : spec.kind === 'agent' ? agents?.length === 0 : false;
  if (!empty) return undefined;
  const target = spec.kind === 'plaintiff' ? 'plaintiffs' : 'agents';
  return (
    <>
      {t(spec.kind === 'plaintiff' ? 'caseForm.noPlaintiffs' : 'caseForm.noAgents')}{' '}
      <button type="button" className="link-button" onClick={() => onGoTo(target)}>
        {t(spec.kind === 'plaintiff' ? 'caseForm.goPlaintiffs' : 'caseForm.goAgents')}
      </button>
    </>
  );
}
