import { useText } from '../../../i18n/use-text';
import type { TextKey } from '../../../i18n/zh-CN';

/** The element id of a form section's anchor, from its title key ('caseForm.section.card' → 'case-section-card'). */
export function sectionAnchorId(title: TextKey): string {
  return `case-section-${title.split('.').pop() ?? title}`;
}

/** A bar of links over a long form: each scrolls its section to the top and moves the focus there. */
export function SectionAnchors({ titles }: { titles: TextKey[] }) {
  const { t } = useText();
  function go(title: TextKey) {
    const target = document.getElementById(sectionAnchorId(title));
    if (!target) return;
    target.scrollIntoView({ block: 'start', behavior: 'smooth' });
    target.focus({ preventScroll: true });
  }
  return (
    <nav className="section-anchors" aria-label={t('ws.anchors')}>
      {titles.map((title) => (
        <a key={title} href={`#${sectionAnchorId(title)}`} className="section-anchor"
          onClick={(event) => { event.preventDefault(); go(title); }}>
          {t(title)}
        </a>
      ))}
    </nav>
  );
}
