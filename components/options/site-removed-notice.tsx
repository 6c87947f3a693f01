import { useEffect, useRef } from 'preact/hooks';
import { isolateText } from '../../utils/isolate-text';
import { useTranslate } from '../controls/translate-context';

/**
 * "Removed news.example.com. Undo": shown after a site is removed, and where keyboard focus goes
 * then (the removed row's own button is gone); stays until the next change, never on a timer.
 */
export function SiteRemovedNotice({ site, onUndo }: { site: string; onUndo: () => void }) {
  const t = useTranslate();
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => undoRef.current?.focus(), [site]);
  return (
    <div class="fw-notice" role="status">
      <span>{t('sites_removed', [isolateText(site)])}</span>
      <button ref={undoRef} type="button" class="fw-button fw-small" aria-label={t('sites_undo_named', [isolateText(site)])} onClick={onUndo}>
        {t('sites_undo')}
      </button>
    </div>
  );
}
