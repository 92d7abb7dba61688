import { useState } from 'react';
import type { BundlePlanItem } from '../../../core/bundle/bundle-order';
import { useText } from '../../i18n/use-text';
import { exhibitLabelText, moveItem } from './order-state';

type Props = {
  items: BundlePlanItem[];
  order: number[];
  busy: boolean;
  onOrder: (order: number[]) => void;
  onRemove: (id: number) => void;
};

/**
 * The exhibits in bundle order, numbered as they will be (证据一 …). Rows are dragged to reorder (HTML
 * drag and drop); the Move up / Move down buttons do the same from the keyboard.
 */
export function ExhibitOrderList({ items, order, busy, onOrder, onRemove }: Props) {
  const { t } = useText();
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const byId = new Map(items.map((item) => [item.evidenceId, item]));

  function drop(target: number) {
    if (dragged !== null && dragged !== target) onOrder(moveItem(order, dragged, target));
    setDragged(null);
    setOver(null);
  }

  return (
    <ol className="bundle-order" aria-label={t('bundle.order')}>
      {order.map((id, index) => {
        const item = byId.get(id);
        if (!item) return null;
        return (
          <li
            key={id}
            className={`bundle-row${dragged === index ? ' bundle-row-dragged' : ''}${over === index && dragged !== index ? ' bundle-row-over' : ''}`}
            draggable={!busy}
            data-evidence-id={id}
            onDragStart={(event) => { setDragged(index); event.dataTransfer.effectAllowed = 'move'; event.dataTransfer.setData('text/plain', String(id)); }}
            onDragOver={(event) => { event.preventDefault(); setOver(index); }}
            onDragLeave={() => setOver((current) => (current === index ? null : current))}
            onDrop={(event) => { event.preventDefault(); drop(index); }}
            onDragEnd={() => { setDragged(null); setOver(null); }}
          >
            <span className="bundle-grip" aria-hidden="true">⋮⋮</span>
            <span className="bundle-label">{exhibitLabelText(index + 1)}</span>
            <span className="bundle-item">
              <strong className="bundle-item-title">{item.title}</strong>
              <span className="muted bundle-item-meta">
                {item.fileName} · {item.pageCount === null ? t('bundle.pagesUnknown') : t('bundle.pages', { count: item.pageCount })} · {item.sha256.slice(0, 8)}
              </span>
              {item.proves && <span className="bundle-item-proves">{item.proves}</span>}
            </span>
            <span className="bundle-row-actions">
              <button type="button" className="button button-small" disabled={busy || index === 0} onClick={() => onOrder(moveItem(order, index, index - 1))} aria-label={`${t('bundle.moveUp')} ${item.title}`}>↑</button>
              <button type="button" className="button button-small" disabled={busy || index === order.length - 1} onClick={() => onOrder(moveItem(order, index, index + 1))} aria-label={`${t('bundle.moveDown')} ${item.title}`}>↓</button>
              <button type="button" className="button button-small button-danger-quiet" disabled={busy || order.length === 1} onClick={() => onRemove(id)}>{t('bundle.remove')}</button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
