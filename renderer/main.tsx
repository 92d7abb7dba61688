import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LeaveGuardProvider } from './components/LeaveGuard';
import { ToastProvider } from './components/Toast';
import { watchErrors } from './components/reveal-alerts';
import { TextProvider } from './i18n/use-text';
import './styles.css';

// Mounts the app into index.html's #root, inside the language, toast and unsaved-input providers.
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
watchErrors(root);
createRoot(root).render(
  <StrictMode>
    <TextProvider>
      <ToastProvider>
        <LeaveGuardProvider>
          <App />
        </LeaveGuardProvider>
      </ToastProvider>
    </TextProvider>
  </StrictMode>,
);
