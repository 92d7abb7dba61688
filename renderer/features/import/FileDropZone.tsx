import { useState } from 'react';
import type { DragEvent } from 'react';
import { useText } from '../../i18n/use-text';

type FileDropZoneProps = {
  /** Called with the one file dropped or chosen. */
  onFile: (file: File) => void;
  busy: boolean;
};

/** The spreadsheet drop zone with a styled "choose file" button (the native file input stays hidden behind it). */
export function FileDropZone({ onFile, busy }: FileDropZoneProps) {
  const { t } = useText();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <div className={`drop-zone import-drop-zone${dragging ? ' drop-zone-active' : ''}`} data-testid="import-drop-zone"
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <p className="import-drop-title">{t('caseImport.drop')}</p>
      <p className="muted">{t('caseImport.dropHint')}</p>
      <div className="drop-actions">
        <label className={`button button-primary${busy ? ' button-disabled' : ''}`}>
          {t('caseImport.choose')}
          <input className="visually-hidden" type="file" name="import.file" disabled={busy}
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => { const file = e.target.files?.[0]; if (file) onFile(file); e.target.value = ''; }} />
        </label>
      </div>
    </div>
  );
}
