import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Handlers, ParsedInput } from '../../core/contract';
import { DossierError } from '../../core/errors';
import type { DatabaseSettings, InstallationSettings, SettingsView } from '../../core/settings/settings-operations';
import { defaultBackupFolder } from '../backup/backup-names';
import { createAgentRepository } from '../db/agent-repository';
import { writeAudit } from '../db/audit-log';
import { createOrganisationRepository } from '../db/organisation-repository';
import { createSettingsRepository } from '../db/settings-repository';
import { readAppSettings, writeAppSettings } from './app-settings-file';
import { checkDataFolder } from './data-folder-check';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

const databaseKeys = ['defaultPlaintiffId', 'defaultAgentId', 'backupSchedule', 'backupFolder', 'backupsKept'] as const;
const installationKeys = ['dataFolder', 'language'] as const;

/** The database settings with the given ones replaced. */
function mergedDatabase(stored: DatabaseSettings, patch: ParsedInput<'settings:save'>): DatabaseSettings {
  const next = { ...stored };
  for (const key of databaseKeys) if (patch[key] !== undefined) (next as Record<string, unknown>)[key] = patch[key];
  if (next.backupFolder !== null) next.backupFolder = resolve(next.backupFolder);
  return next;
}

/** A backup folder may not exist yet (it is made at the first backup), but it cannot be a file. */
function checkBackupFolder(folder: string): void {
  const found = statSync(folder, { throwIfNoEntry: false });
  if (found && !found.isDirectory()) {
    throw new DossierError('invalid-input', { zh: `备份位置不是文件夹：${folder}`, en: `The backup location is not a folder: ${folder}` }, { field: 'backupFolder', file: folder });
  }
}

/** The installation settings can be changed only where the services were given their file (the app, the bridge). */
function installationFile(context: ServiceContext): string {
  if (context.appSettingsPath) return context.appSettingsPath;
  throw new DossierError('forbidden', {
    zh: '此处不能更改本机设置（数据文件夹、界面语言），请在卷宗程序的“设置”页中更改',
    en: "This computer's settings (data folder, language) cannot be changed here; change them on the app's Settings page",
  });
}

/** Handlers of the settings page: the database's settings (audited) and this installation's (a file). */
export function createSettingsHandlers(context: ServiceContext): Pick<Handlers, 'settings:get' | 'settings:save' | 'settings:choose-data-folder' | 'app:relaunch'> {
  const { db, actor } = context;
  const settings = createSettingsRepository(db);
  const organisations = createOrganisationRepository(db);
  const agents = createAgentRepository(db);
  const clock = clockOf(context);

  function view(): SettingsView {
    const stored = settings.get();
    const installation = context.appSettingsPath ? readAppSettings(context.appSettingsPath) : { settings: { dataFolder: null, language: 'zh-CN' as const }, notice: null };
    return {
      ...stored,
      installation: installation.settings,
      openDataFolder: context.dataDir,
      effectiveBackupFolder: stored.backupFolder ?? defaultBackupFolder(context.dataDir),
      installationWritable: context.appSettingsPath !== undefined,
      installationNotice: installation.notice,
    };
  }

  function saveDatabase(patch: ParsedInput<'settings:save'>): void {
    db.transaction(() => {
      const before = settings.get();
      const after = mergedDatabase(before, patch);
      if (after.defaultPlaintiffId !== null && !organisations.find(after.defaultPlaintiffId)) {
        throw new DossierError('not-found', { zh: '所选默认原告不存在，可能已被删除', en: 'The chosen default plaintiff does not exist; it may have been deleted' }, { field: 'defaultPlaintiffId' });
      }
      if (after.defaultAgentId !== null && !agents.find(after.defaultAgentId)) {
        throw new DossierError('not-found', { zh: '所选默认代理人不存在，可能已被删除', en: 'The chosen default agent does not exist; it may have been deleted' }, { field: 'defaultAgentId' });
      }
      if (after.backupFolder !== null) checkBackupFolder(after.backupFolder);
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      settings.save(after);
      writeAudit(db, { at: clock.timestamp(), actor, entity: 'settings', entityId: 1, action: 'update', before, after });
    }).immediate();
  }

  function saveInstallation(patch: ParsedInput<'settings:save'>): void {
    const file = installationFile(context);
    const next: InstallationSettings = { ...readAppSettings(file).settings };
    if (patch.language !== undefined) next.language = patch.language;
    if (patch.dataFolder !== undefined) next.dataFolder = patch.dataFolder === null ? null : checkDataFolder(patch.dataFolder).path;
    writeAppSettings(file, next);
  }

  return {
    'settings:get': () => view(),
    'settings:save': (patch) => {
      // Everything is checked before anything is written: a refused data folder leaves the database settings as they were.
      if (patch.dataFolder) checkDataFolder(patch.dataFolder);
      const wantsInstallation = installationKeys.some((key) => patch[key] !== undefined);
      if (wantsInstallation) installationFile(context);
      if (databaseKeys.some((key) => patch[key] !== undefined)) saveDatabase(patch);
      if (wantsInstallation) saveInstallation(patch);
      return view();
    },
    'settings:choose-data-folder': async ({ path }) => {
      if (path !== undefined) return { chosen: checkDataFolder(path), dialogAvailable: context.chooseFolder !== undefined };
      if (!context.chooseFolder) return { chosen: null, dialogAvailable: false };
      const picked = await context.chooseFolder();
      return { chosen: picked === null ? null : checkDataFolder(picked), dialogAvailable: true };
    },
    'app:relaunch': () => {
      if (!context.relaunch) {
        return { relaunched: false, message: { zh: '需要重新启动卷宗后，更改才会生效，请关闭后再打开', en: 'Dossier must be restarted for the change to take effect; please close it and open it again' } };
      }
      context.relaunch();
      return { relaunched: true, message: { zh: '正在重新启动卷宗', en: 'Restarting Dossier' } };
    },
  };
}
