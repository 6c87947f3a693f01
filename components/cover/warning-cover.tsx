import type { JSX } from 'preact';
import type { CoverContent } from '../../utils/dom/cover-handle';

/** What the cover says and does (focus after a reveal or hide is moved by mount-cover.ts). */
export type WarningCoverProps = CoverContent & {
  /** Why the last "Show image" did nothing (something of the page was over the button). */
  notice?: string;
};

/**
 * The warning drawn over a hidden image, and the small "Hide image" control over a revealed one.
 * Only trusted input (a real click or key press) acts: a page script calling click() does not.
 */
export function WarningCover(props: WarningCoverProps): JSX.Element {
  const { state, labels, reason, coverAll, t } = props;
  const named = labels.join(', ');
  // The warning is written in the browser's language, whatever the page's direction: an English
  // warning on an Arabic page must not be laid out right to left (the host's `all: initial`
  // does not reset direction). @@bidi_dir is the browser's own predefined message.
  const dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';

  const trusted = (action: () => void) => (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.isTrusted) action();
  };

  if (state === 'revealed') {
    return (
      <div class="revealed" dir={dir}>
        <button
          type="button"
          class="hide"
          aria-label={t('cover_hide_named')}
          onClick={trusted(props.onHide)}
        >
          <EyeOffIcon />
          <span>{t('cover_hide')}</span>
        </button>
      </div>
    );
  }

  const heading = coverAll ? t('cover_heading_all') : t('cover_heading');
  // A screen reader moving from button to button must tell the photo of bodies from the map:
  // each name says what its picture may show, or that it is hidden only because every image is.
  const showName = coverAll ? t('cover_show_all_mode') : named ? t('cover_show_named', [named]) : t('cover_show');
  // The whole warning in one line, as a thumbnail's tooltip (its text is too small to hold it).
  const full = [heading, labels.join(' · '), reason].filter(Boolean).join(' — ');
  return (
    <div
      class="cover"
      dir={dir}
      role="group"
      aria-label={coverAll ? heading : t('cover_group')}
    >
      {/* Nothing of the picture is drawn: a plain surface, sized like it. */}
      <div class="content" title={full}>
        <WarningIcon />
        {/* Always in the accessibility tree; thumbnails hide them from view (container queries)
            and show the short form instead, which screen readers skip (they have the above). */}
        <p class="heading">{heading}</p>
        {labels.length > 0 ? <p class="labels">{labels.join(' · ')}</p> : null}
        {reason ? <p class="reason">{reason}</p> : null}
        <p class="short" aria-hidden="true">{props.short}</p>
        <button
          type="button"
          class="show"
          aria-label={showName}
          onClick={trusted(props.onReveal)}
        >
          {t('cover_show')}
        </button>
        {/* Always there, so the refusal is announced when its text arrives. */}
        <p class="notice" role="status">
          {props.notice ?? ''}
        </p>
      </div>
    </div>
  );
}

function WarningIcon(): JSX.Element {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linecap="round"
        stroke-linejoin="round"
        d="M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12zM4 20 20 4"
      />
    </svg>
  );
}

function EyeOffIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        d="M3 3l18 18M10.6 6.1A9.8 9.8 0 0 1 12 6c6 0 10 6 10 6a17 17 0 0 1-3.2 3.7M6.6 6.6C3.9 8.3 2 12 2 12s4 6 10 6a9.7 9.7 0 0 0 4.4-1"
      />
    </svg>
  );
}
