import { useRef, useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { useText } from '../i18n/use-text';
import './file-drop-zone.css';

type FileDropZoneProps = {
  /** Called with the files dropped or chosen (one file unless `multiple`). */
  onFiles: (files: File[]) => void;
  /** The hidden input's name, so a form and a test can find it. */
  name: string;
  /** What the input accepts, as for <input accept> (e.g. ".csv,.xlsx"); also checked on drop. */
  accept?: string;
  multiple?: boolean;
  /** While true the zone takes no files (an import is running). */
  busy?: boolean;
  /** The heading inside the zone; "拖入文件，或" unless given. */
  title?: string;
  /** A line under the heading naming the accepted files. */
  hint?: string;
  /** The button's label; 选择文件 unless given. */
  chooseLabel?: string;
  /** The name shown as chosen; by default the last file taken by the zone. */
  fileName?: string | null;
  /** A smaller zone for a panel or a form row. */
  compact?: boolean;
  testId?: string;
  /** Further controls shown beside the button (a kind selector, a folder button). */
  children?: ReactNode;
};

/** True when `file` matches one entry of an accept list (".pdf", "application/pdf", "image/*"); an empty list takes all. */
export function acceptsFile(accept: string | undefined, file: { name: string; type: string }): boolean {
  const entries = (accept ?? '').split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  if (entries.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return entries.some((entry) => {
    if (entry.startsWith('.')) return name.endsWith(entry);
    if (entry.endsWith('/*')) return type.startsWith(entry.slice(0, -1));
    return type === entry;
  });
}

/** The app's file input: a dashed drop area with a styled button; the native input stays hidden behind it. */
export function FileDropZone({ onFiles, name, accept, multiple = false, busy = false, title, hint, chooseLabel, fileName, compact = false, testId, children }: FileDropZoneProps) {
  const { t } = useText();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  function take(files: File[]) {
    if (busy || files.length === 0) return;
    const taken = multiple ? files : files.slice(0, 1);
    const wrong = taken.filter((file) => !acceptsFile(accept, file));
    const right = taken.filter((file) => acceptsFile(accept, file));
    // A dropped file of the wrong kind is named, never dropped silently; the others still go through.
    setRefused(wrong.length > 0 ? t('dropZone.refused', { name: wrong.map((file) => file.name).join('、') }) : null);
    if (right.length === 0) return;
    setChosen(right.length === 1 ? right[0]!.name : t('dropZone.chosenMany', { count: right.length }));
    onFiles(right);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    take([...event.dataTransfer.files]);
  }

  const shown = fileName === undefined ? chosen : fileName;
  return (
    <div className={`drop-zone${compact ? ' drop-zone-compact' : ''}${dragging ? ' drop-zone-active' : ''}${busy ? ' drop-zone-busy' : ''}`}
      data-testid={testId} aria-busy={busy}
      onDragOver={(e) => { e.preventDefault(); if (!busy) setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <p className="drop-zone-title">{title ?? t('dropZone.drop')}</p>
      {hint && <p className="muted drop-zone-hint">{hint}</p>}
      <div className="drop-actions">
        {children}
        <button type="button" className="button button-primary" disabled={busy} onClick={() => input.current?.click()}>
          {chooseLabel ?? t('dropZone.choose')}
        </button>
        <input ref={input} className="visually-hidden" type="file" name={name} accept={accept} multiple={multiple} disabled={busy}
          tabIndex={-1} aria-hidden="true"
          onChange={(e) => { take([...(e.target.files ?? [])]); e.target.value = ''; }} />
      </div>
      <p className="drop-zone-chosen" aria-live="polite">
        {refused ? <span className="field-error">{refused}</span> : shown ? t('dropZone.chosen', { name: shown }) : null}
      </p>
    </div>
  );
}
