import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countedMessage } from '../../utils/counted-message';
import type { Translate } from '../../utils/cover-wording';
import type { ReaderArticle } from '../../utils/reader/extract-reader-article';
import type { ReaderPreferences } from '../../utils/settings/reader-preferences';
import { ArticleBody } from './article-body';
import { ReadAloudControls } from './read-aloud-controls';
import { ReaderSettingsPanel } from './reader-settings-panel';

export interface ReaderViewProps {
  article: ReaderArticle;
  prefs: ReaderPreferences;
  onPrefsChange(next: ReaderPreferences): void;
  /** One calm sentence, or null when the article is not about graphic violence. */
  contentNote: string | null;
  isGraphicPassage(text: string): boolean;
  /** Language and direction of Forewarn's own words (the browser's UI language). */
  uiLang: string;
  uiDir: 'ltr' | 'rtl';
  /** Forewarn is off for the article's site: no covers here either. */
  siteOff: boolean;
  synth: SpeechSynthesis | undefined;
  t: Translate;
  onPrint(): void;
  /** Brings the original tab back if it is still open; returns false to follow the link instead. */
  onBackToPage(): boolean;
}

/** Blocks read aloud, in reading order; folded passages and covers are skipped. */
const SPOKEN = 'h1, .reader-byline, .reader-body :is(p, h2, h3, h4, h5, h6, li, figcaption, blockquote:not(:has(p)))';

export function ReaderView(props: ReaderViewProps): JSX.Element {
  const { article, prefs } = props;
  const [panelOpen, setPanelOpen] = useState(false);
  const articleRef = useRef<HTMLElement>(null);
  const panelToggleRef = useRef<HTMLButtonElement>(null);
  // Escape closes the display settings and gives focus back to their button, wherever focus is
  // (still on that button after opening them, in the panel, or nowhere).
  useEffect(() => {
    if (!panelOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setPanelOpen(false);
      panelToggleRef.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [panelOpen]);
  // What "Fold" would fold (the paragraphs ArticleBody folds): the button says how many, and
  // is not offered when there is nothing to fold.
  const foldable = useMemo(
    () => Array.from(article.content.querySelectorAll('p')).filter((p) => props.isGraphicPassage(p.textContent ?? '')).length,
    [article.content, props.isGraphicPassage],
  );
  const host = hostOf(article.url);
  const date = formatDate(article.publishedTime, article.lang);

  const back = (event: MouseEvent) => {
    if (props.onBackToPage()) event.preventDefault();
  };

  return (
    <div class="reader-app">
      <header class="reader-toolbar">
        <a class="reader-back" href={article.url} onClick={back}>
          <span aria-hidden="true" class="reader-back-arrow">←</span> {props.t('reader_view_original')}
          {host ? <span class="reader-host"> · <bdi>{host}</bdi></span> : null}
        </a>
        <div class="reader-tools">
          <ReadAloudControls
            synth={props.synth}
            lang={article.lang}
            t={props.t}
            blocks={() =>
              Array.from(articleRef.current?.querySelectorAll<HTMLElement>(SPOKEN) ?? []).filter(
                (el) => !el.closest('.reader-folded, .reader-cover'),
              )
            }
          />
          <button type="button" class="reader-tool" onClick={props.onPrint}>{props.t('reader_view_print')}</button>
          <button
            ref={panelToggleRef}
            type="button"
            class="reader-tool"
            aria-expanded={panelOpen}
            aria-controls="reader-panel"
            onClick={() => setPanelOpen(!panelOpen)}
          >
            {props.t('reader_view_display')}
          </button>
        </div>
      </header>
      {panelOpen ? (
        <ReaderSettingsPanel id="reader-panel" prefs={prefs} onChange={props.onPrefsChange} t={props.t} />
      ) : null}
      <main class="reader-main">
        <article ref={articleRef} class="reader-article" lang={article.lang || undefined} dir={article.dir}>
          <header class="reader-article-header">
            {props.contentNote ? (
              <div class="reader-content-note" role="note" lang={props.uiLang} dir={props.uiDir}>
                <p>{props.contentNote}</p>
                {foldable > 0 ? (
                  <button
                    type="button"
                    class="reader-text-button"
                    onClick={() => props.onPrefsChange({ ...prefs, foldGraphicPassages: !prefs.foldGraphicPassages })}
                  >
                    {countedMessage(props.t, prefs.foldGraphicPassages ? 'reader_view_unfold_count' : 'reader_view_fold_count', foldable)}
                  </button>
                ) : null}
              </div>
            ) : null}
            {article.siteName ? (
              <p class="reader-site"><bdi>{article.siteName}</bdi></p>
            ) : null}
            <h1 dir="auto">{article.title}</h1>
            {article.byline || date ? (
              <p class="reader-byline">
                {article.byline ? <bdi>{article.byline}</bdi> : null}
                {article.byline && date ? <span aria-hidden="true"> · </span> : null}
                {date ? <time dateTime={article.publishedTime}>{date}</time> : null}
              </p>
            ) : null}
          </header>
          <ArticleBody
            content={article.content}
            foldPassage={prefs.foldGraphicPassages ? props.isGraphicPassage : undefined}
            siteOff={props.siteOff}
            t={props.t}
          />
          <footer class="reader-article-footer" lang={props.uiLang} dir={props.uiDir}>
            <a href={article.url} onClick={back}>{props.t('reader_view_read_on', [host || article.url])}</a>
          </footer>
        </article>
      </main>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function formatDate(value: string, lang: string): string {
  const time = Date.parse(value);
  if (!value || Number.isNaN(time)) return '';
  try {
    return new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'long' }).format(time);
  } catch {
    return new Date(time).toDateString();
  }
}
