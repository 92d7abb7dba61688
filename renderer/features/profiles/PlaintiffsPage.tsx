import type { Organisation, OrganisationInput } from '../../../core/case/case-model';
import { call } from '../../api';
import { ProfileManager } from './ProfileManager';
import type { ProfileField, ProfileTexts } from './ProfileManager';

const texts: ProfileTexts = {
  title: 'nav.plaintiffs', intro: 'profiles.plaintiffsIntro', empty: 'profiles.plaintiffsEmpty',
  create: 'profiles.newPlaintiff', edit: 'profiles.editPlaintiff',
  deleteTitle: 'profiles.deletePlaintiffTitle', deleteMessage: 'profiles.deletePlaintiffMessage',
};

const fields: ProfileField<OrganisationInput>[] = [
  { name: 'name', label: 'org.name', maxLength: 120 },
  // Certificates print the code in capitals without spaces; the check character is verified on save.
  { name: 'creditCode', label: 'org.creditCode', maxLength: 18, mono: true, normalise: (s) => s.replace(/[\s\u3000]/g, '').toUpperCase() },
  { name: 'address', label: 'org.address', maxLength: 200 },
  { name: 'responsiblePerson', label: 'org.responsiblePerson', maxLength: 60 },
  { name: 'responsibleTitle', label: 'org.responsibleTitle', maxLength: 30 },
  { name: 'phone', label: 'org.phone', maxLength: 40, optional: true },
  // The 类型 the complaints print and the standing they state (《民诉法解释》第五十二条第（六）项): a card centre is a branch.
  {
    name: 'organisationType', label: 'org.organisationType', maxLength: 20,
    options: [
      { value: '', label: 'org.type.unstated' },
      { value: 'branch', label: 'org.type.branch' },
      { value: 'joint-stock', label: 'org.type.joint-stock' },
      { value: 'limited-liability', label: 'org.type.limited-liability' },
      { value: 'listed', label: 'org.type.listed' },
      { value: 'other-enterprise', label: 'org.type.other-enterprise' },
    ],
  },
  { name: 'licenceNumber', label: 'org.licenceNumber', maxLength: 40, optional: true, mono: true },
];

const blank: OrganisationInput = { name: '', creditCode: '', address: '', responsiblePerson: '', responsibleTitle: '', phone: '', organisationType: '', licenceNumber: '' };

/** The plaintiffs page (原告): the card-issuing banks a case can name as plaintiff. */
export function PlaintiffsPage() {
  return (
    <ProfileManager<OrganisationInput, Organisation>
      texts={texts}
      fields={fields}
      columns={['name', 'creditCode', 'responsiblePerson']}
      blank={blank}
      list={() => call('organisation:list', {})}
      save={(id, values) => call('organisation:save', { id, values })}
      remove={(id) => call('organisation:delete', { id })}
    />
  );
}
