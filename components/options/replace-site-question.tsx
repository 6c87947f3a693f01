import { useEffect, useRef } from 'preact/hooks';
import { isolateText } from '../../utils/isolate-text';
import { useTranslate } from '../controls/translate-context';

/** Asked when the add-site form names a site that already has a different choice of its own. */
export function ReplaceSiteQuestion({
  site,
  current,
  next,
  onReplace,
  onKeep,
}: {
  site: string;
  /** The choices, already translated ("Every image", "Graphic images"). */
  current: string;
  next: string;
  onReplace: () => void;
  onKeep: () => void;
}) {
  const t = useTranslate();
  const replaceRef = useRef<HTMLButtonElement>(null);
  useEffect(() => replaceRef.current?.focus(), [site, next]);
  return (
    <div class="fw-notice fw-question" role="alert">
      <span>{t('sites_replace_question', [isolateText(site), current, next])}</span>
      <span class="fw-notice-actions">
        <button ref={replaceRef} type="button" class="fw-button fw-small fw-primary" onClick={onReplace}>
          {t('sites_replace')}
        </button>
        <button type="button" class="fw-button fw-small" onClick={onKeep}>
          {t('sites_keep')}
        </button>
      </span>
    </div>
  );
}
