import type { SettingsView } from '../../../core/settings/settings-operations';
import type { OperationInput } from '../../../core/contract';
import type { ErrorPayload } from '../../../core/errors';

/** What every section of the settings page receives: the settings as loaded and a way to save part of them. */
export type SettingsSectionProps = {
  view: SettingsView;
  /** Saves the given settings; resolves to the error when they were refused (nothing is then changed). */
  save: (patch: OperationInput<'settings:save'>) => Promise<ErrorPayload | null>;
  /** Reads the settings again (after something outside the page changed them). */
  reload: () => void;
};
