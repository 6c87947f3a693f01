import type { JSX } from 'preact';
import type { Translate } from '../../utils/cover-wording';

export interface UnloadedPictureProps {
  /** The picture's own description, so the reader still knows what was there. */
  alt: string;
  /** not-loaded: the page never loaded it, so the reader does not either; failed: it was asked for and did not come. */
  reason: 'not-loaded' | 'failed';
  url: string;
  t: Translate;
}

/** A calm stand-in for a picture the reading view does not show, saying why. */
export function UnloadedPicture({ alt, reason, url, t }: UnloadedPictureProps): JSX.Element {
  return (
    <span class="reader-unloaded" data-image-url={url} data-reason={reason}>
      <span class="reader-unloaded-heading">{t('reader_picture_not_shown')}</span>
      <span>{reason === 'failed' ? t('reader_picture_failed') : t('reader_picture_not_loaded')}</span>
      {alt ? <span class="reader-unloaded-alt" dir="auto">{alt}</span> : null}
    </span>
  );
}
