import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { categoryLabels, coverHeadingKey, coverLabels, type Translate } from '../../utils/cover-wording';
import type { ReaderImageVerdict } from '../../utils/reader/image-verdict';
import { FetchedPicture } from './fetched-picture';
import { UnloadedPicture } from './unloaded-picture';

export interface ReaderImageProps {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  verdict: ReaderImageVerdict;
  /** False when the page had not loaded the picture: then it is never fetched here. */
  loaded?: boolean;
  t: Translate;
}

/**
 * A picture in the reading view. Anything not known to be safe is drawn as a cover with the same
 * labels as on the page; the picture is not even requested until a real click or key press. A
 * picture the page never loaded is never requested at all: a placeholder says so.
 */
export function ReaderImage(props: ReaderImageProps): JSX.Element {
  const { src, alt, verdict, t } = props;
  const [revealed, setRevealed] = useState(false);
  const [moveFocus, setMoveFocus] = useState(false);
  const showRef = useRef<HTMLButtonElement>(null);
  const hideRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (moveFocus) (revealed ? hideRef : showRef).current?.focus();
  }, [revealed, moveFocus]);

  const picture = (eager: boolean) =>
    props.loaded === false ? (
      <UnloadedPicture alt={alt} reason="not-loaded" url={src} t={t} />
    ) : (
      <FetchedPicture url={src} alt={alt} width={props.width} height={props.height} eager={eager} t={t} />
    );
  if (verdict.state === 'safe') return picture(false);

  const trusted = (next: boolean) => (event: MouseEvent) => {
    // Only the reader's own hand reveals: script-dispatched clicks are not trusted.
    if (!event.isTrusted) return;
    setMoveFocus(true);
    setRevealed(next);
  };

  if (revealed) {
    return (
      <span class="reader-revealed">
        {picture(true)}
        <button ref={hideRef} type="button" class="reader-hide" aria-label={t('cover_hide_named')} onClick={trusted(false)}>
          {t('cover_hide')}
        </button>
      </span>
    );
  }

  const unchecked = verdict.state === 'unchecked';
  // As on the page's covers: "graphic" only where the words named a graphic category.
  const labels = unchecked ? categoryLabels(verdict.categories, t) : coverLabels(verdict.categories, false, t);
  const heading = t(unchecked ? 'reader_view_unchecked_heading' : coverHeadingKey(verdict.categories.length > 0, false));
  const reason = unchecked ? t('reader_view_unchecked_reason') : verdict.reason;
  const ratio = props.width && props.height ? `${props.width} / ${props.height}` : undefined;
  return (
    <span class="reader-cover" data-image-url={src} role="group" aria-label={t('cover_group')} style={ratio ? { aspectRatio: ratio } : undefined}>
      <span class="reader-cover-inner">
        <span class="reader-cover-heading">{heading}</span>
        {labels.length > 0 ? <span class="reader-cover-labels">{labels.join(' · ')}</span> : null}
        {reason ? <span class="reader-cover-reason" dir="auto">{reason}</span> : null}
        <button
          ref={showRef}
          type="button"
          class="reader-show"
          aria-label={labels.length > 0 ? t('cover_show_named', [labels.join(', ')]) : t('cover_show')}
          onClick={trusted(true)}
        >
          {t('cover_show')}
        </button>
      </span>
    </span>
  );
}
