import type { Agent, AgentInput } from '../../../core/case/case-model';
import { call } from '../../api';
import { ProfileManager } from './ProfileManager';
import type { ProfileField, ProfileTexts } from './ProfileManager';

const texts: ProfileTexts = {
  title: 'nav.agents', intro: 'profiles.agentsIntro', empty: 'profiles.agentsEmpty',
  create: 'profiles.newAgent', edit: 'profiles.editAgent',
  deleteTitle: 'profiles.deleteAgentTitle', deleteMessage: 'profiles.deleteAgentMessage',
};

const fields: ProfileField<AgentInput>[] = [
  { name: 'name', label: 'agent.name', maxLength: 60 },
  { name: 'employer', label: 'agent.employer', maxLength: 120 },
  { name: 'licenceNumber', label: 'agent.licenceNumber', maxLength: 40, optional: true, mono: true },
  { name: 'phone', label: 'agent.phone', maxLength: 40 },
];

const blank: AgentInput = { name: '', employer: '', licenceNumber: '', phone: '' };

/** The agents page (代理人): the lawyers or bank staff who act for the plaintiff (委托诉讼代理人). */
export function AgentsPage() {
  return (
    <ProfileManager<AgentInput, Agent>
      texts={texts}
      fields={fields}
      columns={['name', 'employer', 'phone']}
      blank={blank}
      list={() => call('agent:list', {})}
      save={(id, values) => call('agent:save', { id, values })}
      remove={(id) => call('agent:delete', { id })}
    />
  );
}
