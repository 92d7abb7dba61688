import { useCallback, useEffect, useState } from 'react';
import { call } from './api';
import { CaseFormPage } from './features/cases/CaseFormPage';
import { CaseListPage } from './features/cases/CaseListPage';
import { CourtDirectoryPage } from './features/court/CourtDirectoryPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { DeadlinesPage } from './features/deadlines/DeadlinesPage';
import { AgentsPage } from './features/profiles/AgentsPage';
import { PlaintiffsPage } from './features/profiles/PlaintiffsPage';
import { ReadinessOverviewPage } from './features/readiness/ReadinessOverviewPage';
import { TemplatesPage } from './features/templates/TemplatesPage';
import { BatchEventsPage } from './features/tracking/BatchEventsPage';
import { ImportPage } from './features/import/ImportPage';
import { BatchRunPage } from './features/batch/BatchRunPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { useLanguageChoice, useStoredLanguage } from './features/settings/use-persisted-language';
import { languageChoices } from './features/settings/LanguageSection';
import { UnlockScreen } from './features/encryption/UnlockScreen';
import { useGuardedLeave } from './components/LeaveGuard';
import { useText } from './i18n/use-text';
import type { TextKey } from './i18n/zh-CN';
import type { BatchOutput } from '../core/batch/batch-operations';

/** Which page is showing; `notice` is a one-off message for the page (e.g. "case created"). */
export type Route =
  /** The case list; `preset` narrows it on arrival (e.g. a click on a dashboard bar). */
  | { name: 'cases'; notice?: string; preset?: CaseListPreset }
  | { name: 'case-new' }
  | { name: 'case-edit'; id: number; tab?: string }
  | { name: 'plaintiffs' }
  | { name: 'agents' }
  | { name: 'courts' }
  | { name: 'deadlines' }
  | { name: 'dashboard' }
  | { name: 'batch' }
  | { name: 'import' }
  /** Batch filing packages, for one import's cases or cases handed over from elsewhere (e.g. the case list's selection). */
  | { name: 'batch-run'; importId?: number; caseIds?: number[]; outputs?: BatchOutput[] }
  | { name: 'readiness' }
  | { name: 'templates' }
  | { name: 'settings' };

/** Filters the case list starts with when another page sends the user there. */
export type CaseListPreset = { stage?: string; court?: string; branch?: string; owner?: string };

/** Moves to another page (after asking, when a form on the current page holds unsaved input). */
export type Navigate = (route: Route) => void;

/** The left navigation's sections; every page belongs to one. */
type Section = 'cases' | 'plaintiffs' | 'agents' | 'courts' | 'deadlines' | 'dashboard' | 'batch' | 'readiness' | 'templates'
  | 'import' | 'batch-run' | 'settings';

const navItems: { name: Section; label: TextKey; route: Route }[] = [
  { name: 'cases', label: 'nav.cases', route: { name: 'cases' } },
  { name: 'readiness', label: 'nav.readiness', route: { name: 'readiness' } },
  { name: 'deadlines', label: 'nav.deadlines', route: { name: 'deadlines' } },
  { name: 'dashboard', label: 'nav.dashboard', route: { name: 'dashboard' } },
  { name: 'import', label: 'nav.import', route: { name: 'import' } },
  { name: 'batch-run', label: 'nav.batchRun', route: { name: 'batch-run' } },
  { name: 'batch', label: 'nav.batch', route: { name: 'batch' } },
  { name: 'plaintiffs', label: 'nav.plaintiffs', route: { name: 'plaintiffs' } },
  { name: 'agents', label: 'nav.agents', route: { name: 'agents' } },
  { name: 'courts', label: 'nav.courts', route: { name: 'courts' } },
  { name: 'templates', label: 'nav.templates', route: { name: 'templates' } },
  { name: 'settings', label: 'nav.settings', route: { name: 'settings' } },
];


function section(route: Route): Section {
  return route.name === 'case-new' || route.name === 'case-edit' ? 'cases' : route.name;
}

function Page({ route, navigate }: { route: Route; navigate: Navigate }) {
  switch (route.name) {
    case 'cases':
      return <CaseListPage notice={route.notice} preset={route.preset} navigate={navigate} />;
    case 'case-new':
      return <CaseFormPage navigate={navigate} />;
    case 'case-edit':
      return <CaseFormPage key={`${route.id}-${route.tab ?? ''}`} caseId={route.id} initialTab={route.tab} navigate={navigate} />;
    case 'plaintiffs':
      return <PlaintiffsPage />;
    case 'agents':
      return <AgentsPage />;
    case 'courts':
      return <CourtDirectoryPage />;
    case 'deadlines':
      return <DeadlinesPage navigate={navigate} />;
    case 'dashboard':
      return <DashboardPage navigate={navigate} />;
    case 'batch':
      return <BatchEventsPage />;
    case 'import':
      return <ImportPage navigate={navigate} />;
    case 'batch-run':
      return <BatchRunPage key={`${route.importId ?? ''}-${route.caseIds?.join(',') ?? ''}`} importId={route.importId} caseIds={route.caseIds} outputs={route.outputs} />;
    case 'readiness':
      return <ReadinessOverviewPage navigate={navigate} />;
    case 'templates':
      return <TemplatesPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** The window: header with the product name and language switch, navigation on the left, the page on the right. */
export function App() {
  const { t, lang } = useText();
  // The header's switch and the settings page write the same installation setting.
  useStoredLanguage();
  const setLang = useLanguageChoice();
  const [route, setRouteNow] = useState<Route>({ name: 'cases' });
  const guardedLeave = useGuardedLeave();
  const setRoute: Navigate = useCallback((next) => guardedLeave(() => setRouteNow(next)), [guardedLeave]);
  const [dataDir, setDataDir] = useState('');
  // An encrypted store starts locked: nothing but the unlock screen until the passphrase is given.
  const [locked, setLocked] = useState<boolean | null>(null);

  useEffect(() => {
    void call('app:info', {}).then((result) => {
      if (result.ok) setDataDir(result.value.dataDir);
      setLocked(result.ok && result.value.locked);
    });
  }, []);

  if (locked === null) return null;
  if (locked) return <UnlockScreen onUnlocked={() => setLocked(false)} />;

  const current = section(route);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">卷</span>
          <span className="brand-name">卷宗 <span className="brand-latin">Dossier</span></span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="lang-switch" role="group" aria-label={t('app.language')}>
          {languageChoices.map((item) => (
            <button
              key={item.lang}
              type="button"
              className="lang-option"
              aria-pressed={lang === item.lang}
              lang={item.lang}
              onClick={() => setLang(item.lang)}
            >
              {item.label}
            </button>
          ))}
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {navItems.map((item) => (
            <li key={item.name}>
              <button
                type="button"
                className="nav-item"
                aria-current={current === item.name ? 'page' : undefined}
                onClick={() => setRoute(item.route)}
              >
                {t(item.label)}
              </button>
            </li>
          ))}
        </ul>
        {dataDir && (
          <p className="nav-footer" title={dataDir}>
            {t('app.dataDir')}
            <br />
            <span className="nav-path">{dataDir}</span>
          </p>
        )}
      </nav>
      <main className="app-main">
        <Page route={route} navigate={setRoute} />
      </main>
    </div>
  );
}
