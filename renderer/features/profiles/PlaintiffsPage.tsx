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
];

const blank: OrganisationInput = { name: '', creditCode: '', address: '', responsiblePerson: '', responsibleTitle: '', phone: '' };

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
