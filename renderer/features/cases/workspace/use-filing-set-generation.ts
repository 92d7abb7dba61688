import { useState } from 'react';
import { call } from '../../../api';
import { useToast } from '../../../components/Toast';
import { useText } from '../../../i18n/use-text';

/** Where 生成全套文书 stands: the document being generated and how many of the set are done. */
export type FilingSetProgress = { done: number; total: number; title: string };

/**
 * 生成全套文书: the set the case's stage and settlement call for, as document:set chooses it for
 * `dossier doc --template all` (core/documents/filing-set.ts), each document in Word and PDF, one after another
 * with progress; what could not be generated (e.g. inputs not yet entered) is named in the closing toast.
 */
export function useFilingSetGeneration(caseId: number, onGenerated: () => void) {
  const { t, pick } = useText();
  const toast = useToast();
  const [progress, setProgress] = useState<FilingSetProgress | null>(null);

  async function generateAll() {
    if (progress) return;
    const set = await call('document:set', { caseId });
    if (!set.ok) return toast.show({ kind: 'error', text: pick(set.error.message) });
    const templates = set.value.templates;
    if (templates.length === 0) return toast.show({ kind: 'info', text: t('docs.generateAllNone') });
    let files = 0;
    let generated = 0;
    const failed: string[] = [];
    for (const [index, template] of templates.entries()) {
      setProgress({ done: index + 1, total: templates.length, title: template.title });
      const result = await call('document:generate', { caseId, templateId: template.id, formats: ['docx', 'pdf'] });
      if (result.ok) {
        generated += 1;
        files += result.value.length;
      } else {
        failed.push(`《${template.title}》（${pick(result.error.message)}）`);
      }
      onGenerated();
    }
    setProgress(null);
    const notices = set.value.notices.map((notice) => pick(notice));
    toast.show(failed.length === 0
      ? { kind: 'success', text: [t('docs.generatedAll', { count: generated, files }), ...notices].join(' ') }
      : { kind: 'error', text: [t('docs.generatedSome', { count: generated, failed: failed.length, titles: failed.join('、') }), ...notices].join(' ') });
  }

  return { progress, generateAll };
}
