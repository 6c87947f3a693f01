import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/atkinson-hyperlegible/400-italic.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './reader.css';
import '../../components/reader/reader-pictures.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Translate } from '../../utils/cover-wording';
import { readerEnglish } from '../../utils/reader/reader-wording';
import { applyDocumentLocale, isRightToLeft } from '../../components/controls/document-locale';
import { registerBundledLexicons } from '../../utils/detection/bundled-lexicons';
import { measureArticleViolence } from '../../utils/detection/measure-article-violence';
import { contentNote } from '../../utils/reader/content-note';
import { extractReaderArticle } from '../../utils/reader/extract-reader-article';
import { isGraphicPassage } from '../../utils/reader/is-graphic-passage';
import type { ReaderHandoff } from '../../utils/reader/open-reader-for-tab';
import type { Category } from '../../utils/detection/detection-types';
import { DEFAULT_READER_PREFERENCES, type ReaderPreferences } from '../../utils/settings/reader-preferences';
import { loadEffectiveSettings, loadGlobalSettings, updateGlobalSettings } from '../../utils/settings/settings-store';
import { revealFilter } from '../../utils/settings/reveal-filter';
import { ReaderView } from '../../components/reader/reader-view';
import { ReaderMessage, type ReaderProblem } from '../../components/reader/reader-message';

// Wiring only: fetch the handoff, run the pipeline, render, remember preferences.
// The reader page bundles every lexicon (it is its own chunk) and compiles a language when an
// article first needs it; the content script loads them from storage instead.
registerBundledLexicons();
const root = document.documentElement;
const app = document.getElementById('app')!;
const t: Translate = (key, subs) => {
  try {
    return browser.i18n.getMessage(key as never, subs) || readerEnglish(key, subs);
  } catch {
    return readerEnglish(key, subs);
  }
};
// Forewarn's own words follow the browser's language; the article keeps its own lang and dir.
const uiLang = browser.i18n.getUILanguage() || 'en';
applyDocumentLocale(document, uiLang);

function applyPreferences(prefs: ReaderPreferences): void {
  root.dataset.theme = prefs.theme;
  root.dataset.font = prefs.font;
  root.style.setProperty('--reader-font-size', `${prefs.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(prefs.lineHeight));
  root.style.setProperty('--reader-width', `${prefs.contentWidth}ch`);
}

function finish(state: 'ready' | ReaderProblem): void {
  app.removeAttribute('aria-busy');
  root.dataset.readerState = state;
}

async function start(): Promise<void> {
  const key = new URLSearchParams(location.search).get('s') ?? '';
  // Both reads at once: the preferences and the page's snapshot do not depend on each other.
  const [storedPrefs, stored] = await Promise.all([
    loadGlobalSettings()
      .then((g) => g.reader)
      .catch(() => DEFAULT_READER_PREFERENCES),
    key ? browser.storage.session.get(key) : Promise.resolve({} as Record<string, unknown>),
  ]);
  let prefs = storedPrefs;
  applyPreferences(prefs);
  const handoff = stored[key] as ReaderHandoff | undefined;
  if (!handoff?.snapshot) {
    const problem: ReaderProblem = !handoff ? 'missing' : handoff.failure ?? 'unreachable';
    render(<ReaderMessage problem={problem} url={handoff?.sourceUrl} t={t} />, app);
    finish(problem);
    return;
  }

  // On a site the reader switched off, the page shows every picture: so does the reader. A
  // revealed picture looks as on the page (as it is, greyscale or dimmed).
  const siteSettings = loadEffectiveSettings(handoff.sourceUrl || handoff.snapshot.url).catch(() => null);
  const extractStart = performance.now();
  const article = extractReaderArticle(handoff.snapshot);
  const extractMs = performance.now() - extractStart;
  if (article.kind === 'no-article') {
    document.title = `${article.title || 'Reading view'} · Forewarn`;
    render(<ReaderMessage problem="no-article" url={article.url} t={t} />, app);
    finish('no-article');
    return;
  }
  document.title = `${article.title} · Forewarn`;

  const measure = (text: string) => measureArticleViolence(text, article.lang);
  const coveredCategories = Array.from(article.content.querySelectorAll('img[data-fw-verdict="covered"]')).flatMap(
    (img) => (img.getAttribute('data-fw-categories') ?? '').split(' ').filter(Boolean) as Category[],
  );
  const note = contentNote(measure(article.text), coveredCategories, t, uiLang);
  const graphicPassage = (text: string) => isGraphicPassage(text, article.lang);
  const settings = await siteSettings;
  const siteOff = settings?.mode === 'off';
  root.dataset.revealStyle = settings?.revealStyle ?? 'full';
  root.style.setProperty('--fw-reveal-filter', revealFilter(settings?.revealStyle ?? 'full'));

  const draw = () =>
    render(
      <ReaderView
        article={article}
        prefs={prefs}
        onPrefsChange={(next) => {
          prefs = next;
          applyPreferences(next);
          draw();
          void updateGlobalSettings({ reader: next });
        }}
        contentNote={note}
        isGraphicPassage={graphicPassage}
        siteOff={siteOff}
        uiLang={uiLang}
        uiDir={isRightToLeft(uiLang) ? 'rtl' : 'ltr'}
        synth={globalThis.speechSynthesis}
        t={t}
        onPrint={() => window.print()}
        onBackToPage={() => {
          // The original tab is usually still open next to this one, on the same page: go back
          // to it. Closed, or moved on to another page: open the article here instead.
          void browser.tabs
            .get(handoff.sourceTabId)
            .then((tab) => {
              if (tab.url !== article.url) throw new Error('the tab shows another page now');
              return browser.tabs.update(handoff.sourceTabId, { active: true });
            })
            .catch(() => {
              location.href = article.url;
            });
          return true;
        }}
      />,
      app,
    );
  const renderStart = performance.now();
  draw();
  // Timing for the benchmark: from the request (popup, shortcut, menu) to the article painted.
  requestAnimationFrame(() => {
    root.dataset.renderMs = String(Date.now() - handoff.requestedAt);
    root.dataset.snapshotMs = String(handoff.snapshotMs);
    root.dataset.snapshotChars = String(handoff.snapshot?.html.length ?? 0);
    root.dataset.pageStartMs = (performance.timeOrigin - handoff.requestedAt).toFixed(0);
    root.dataset.extractMs = extractMs.toFixed(2);
    // Reader page start → pipeline start (scripts, storage reads), and pipeline end → painted.
    root.dataset.bootMs = extractStart.toFixed(0);
    root.dataset.paintMs = (performance.now() - renderStart).toFixed(0);
    root.dataset.readabilityMs = article.readabilityMs.toFixed(2);
    finish('ready');
  });
}

void start().catch((error: unknown) => {
  console.error(error);
  render(<ReaderMessage problem="invalid" t={t} />, app);
  finish('invalid');
});
