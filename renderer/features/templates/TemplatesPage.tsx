import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../../core/contract';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { TemplateEditor } from './TemplateEditor';

/** 文书模板: every template of the filing set with its version and source; opens one in the editor. */
export function TemplatesPage() {
  const { t, pick } = useText();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    void call('template:list', {}).then((result) => {
      if (result.ok) setTemplates(result.value);
      else setError(result.error);
    });
  }, [reloads]);

  if (open) {
    return <TemplateEditor templateId={open} onBack={() => { setOpen(null); setReloads((n) => n + 1); }} />;
  }
  return (
    <section className="page templates-page" aria-labelledby="templates-title">
      <h1 id="templates-title">{t('tpl.title')}</h1>
      <p className="muted">{t('tpl.intro')}</p>
      {error && <div className="alert" role="alert"><p>{pick(error.message)}</p></div>}
      {templates === null && !error && <p className="muted">{t('common.loading')}</p>}
      {templates && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('tpl.col.title')}</th>
                <th scope="col">{t('tpl.col.edition')}</th>
                <th scope="col">{t('tpl.col.version')}</th>
                <th scope="col">{t('tpl.col.source')}</th>
                <th scope="col" className="num">{t('tpl.col.versions')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {templates.map((template) => (
                <tr key={template.id} data-template={template.id}>
                  <th scope="row">
                    {template.title}
                  </th>
                  <td>{template.edition || '—'}</td>
                  <td className="mono">{template.version}</td>
                  <td>{template.source === 'user' ? t('tpl.source.user') : t('tpl.source.bundled')}</td>
                  <td className="num">{template.versionCount}</td>
                  <td><button type="button" className="button button-small" onClick={() => setOpen(template.id)}>{t('tpl.open')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
