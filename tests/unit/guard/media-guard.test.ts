// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountCover } from '../../../components/cover/mount-cover';
import { englishTranslate } from '../../../utils/cover-wording';
import { bundledLexicon, registerBundledLexicons } from '../../../utils/detection/bundled-lexicons';
import { CATEGORIES } from '../../../utils/detection/detection-types';
import { clearLexiconLibrary, hasLexicon, LEXICON_LANGUAGES, registerLexicon, registerTriggerWords } from '../../../utils/detection/lexicon-library';
import { fromStoredTriggers, toStoredTriggers } from '../../../utils/detection/trigger-words';
import type { CoverContent, MountCover } from '../../../utils/dom/cover-handle';
import { DecisionScheduler } from '../../../utils/dom/decision-scheduler';
import { MediaGuard } from '../../../utils/dom/media-guard';
import type { EffectiveSettings } from '../../../utils/settings/effective-settings';

// The guard's state machine on a live document (happy-dom): the page watcher, the scheduler,
// the decision and the cover keeper together, with the real cover. The reader's "Show image"
// and "Hide image" are the cover's own handlers, called here as a trusted click would (the
// e2e tests click for real); everything else is what a page does to its DOM.

const SETTINGS: EffectiveSettings = {
  mode: 'detect',
  sensitivity: 'balanced',
  categories: [...CATEGORIES],
  revealStyle: 'full',
  autoOpenReader: false,
};

const GRAPHIC_SRC = '/img/ledger-4401.jpg';
const FIGURES = `
  <h1>The prison ledger</h1>
  <figure><img id="grave" src="${GRAPHIC_SRC}" width="640" height="400" alt="Archive image 4401" aria-hidden="false">
    <figcaption>The bodies of detainees in the prison morgue, each marked with a number.</figcaption></figure>
  <figure><img id="court" src="/img/court.jpg" width="640" height="400" alt="A courtroom">
    <figcaption>Relatives wait outside the courthouse before the hearing.</figcaption></figure>`;

let guard: MediaGuard | undefined;
afterEach(() => {
  guard?.disconnect();
  guard = undefined;
  document.body.innerHTML = '';
});

/** Mutation callbacks, the scheduler's next task and a frame: everything the guard does next. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 20));
}

interface Started {
  guard: MediaGuard;
  /** The latest content of each picture's cover (its handlers are the reader's controls). */
  cover(el: Element): CoverContent;
  /** How many times each picture's cover was mounted or drawn again. */
  draws(el: Element): number;
  counts: number[];
}

async function start(
  html: string,
  settings: Partial<EffectiveSettings> = {},
  loadLexicons?: (langs: string[]) => Promise<unknown>,
  loadTriggerWords?: () => Promise<boolean>,
  title = 'The prison ledger: names of the dead',
): Promise<Started> {
  document.head.innerHTML = `<title>${title}</title>`;
  document.body.innerHTML = `<main><article>${html}</article></main>`;
  const contents = new Map<Element, CoverContent>();
  const drawn = new Map<Element, number>();
  const mount: MountCover = (media, after, content, win) => {
    contents.set(media, content);
    drawn.set(media, (drawn.get(media) ?? 0) + 1);
    const handle = mountCover(media, after, content, win);
    return {
      ...handle,
      update(next, focus) {
        contents.set(media, { ...contents.get(media)!, ...next });
        drawn.set(media, (drawn.get(media) ?? 0) + 1);
        handle.update(next, focus);
      },
    };
  };
  const counts: number[] = [];
  guard = new MediaGuard({
    win: window as unknown as Window & typeof globalThis,
    t: englishTranslate,
    mountCover: mount,
    loadLexicons,
    loadTriggerWords,
    onCountsChange: () => counts.push(guard!.counts().covered),
  });
  guard.observe();
  guard.setSettings({ ...SETTINGS, ...settings });
  await settle();
  return {
    guard,
    cover: (el) => {
      const content = contents.get(el);
      if (!content) throw new Error(`no cover was drawn for #${el.id}`);
      return content;
    },
    draws: (el) => drawn.get(el) ?? 0,
    counts,
  };
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const hostOf = (img: Element) => (img.nextElementSibling?.localName === 'forewarn-cover' ? (img.nextElementSibling as HTMLElement) : null);

function expectCovered(img: HTMLElement): void {
  expect(img.getAttribute('data-forewarn')).toBe('covered');
  expect(img.getAttribute('aria-hidden')).toBe('true');
  expect(img.style.getPropertyValue('visibility')).toBe('hidden');
  expect(hostOf(img)?.getAttribute('data-forewarn-state')).toBe('covered');
}

function expectRevealed(img: HTMLElement, filter = ''): void {
  expect(img.getAttribute('data-forewarn')).toBe('revealed');
  expect(img.style.getPropertyValue('visibility')).toBe('');
  expect(img.style.getPropertyValue('filter')).toBe(filter);
  expect(hostOf(img)?.getAttribute('data-forewarn-state')).toBe('revealed');
}

describe('MediaGuard: deciding', () => {
  it('queued pictures are covered (marked, hidden inline and from screen readers, a cover beside) or released', async () => {
    const { guard } = await start(FIGURES);
    expectCovered($('#grave'));
    expect(hostOf($('#grave'))?.getAttribute('data-forewarn-categories')).toBe('dead-bodies');
    expect($('#court').getAttribute('data-forewarn')).toBe('safe');
    expect(hostOf($('#court'))).toBeNull();
    expect(guard.describe($('#grave'))).toMatchObject({ state: 'covered', categories: ['dead-bodies'] });
    expect(guard.counts()).toEqual({ covered: 1, revealed: 0 });
  });

  it('ends the wait for settings with a run that decides a frame beyond its first decision; a change of settings runs plain slices', async () => {
    const afterWait = vi.spyOn(DecisionScheduler.prototype, 'runAfterWait');
    document.body.innerHTML = FIGURES;
    guard = new MediaGuard({ win: window as unknown as Window & typeof globalThis, t: englishTranslate, mountCover });
    guard.observe();
    await settle();
    expect(afterWait).not.toHaveBeenCalled();
    guard.setSettings(SETTINGS);
    expect(afterWait).toHaveBeenCalledOnce();
    guard.setSettings({ ...SETTINGS, sensitivity: 'strict' });
    expect(afterWait).toHaveBeenCalledOnce();
    await settle();
    expectCovered($('#grave'));
    afterWait.mockRestore();
  });

  it('decides nothing before settings arrive: pictures stay queued, unmarked (held by the stylesheet)', async () => {
    document.body.innerHTML = FIGURES;
    guard = new MediaGuard({ win: window as unknown as Window & typeof globalThis, t: englishTranslate, mountCover });
    guard.observe();
    await settle();
    expect($('#grave').hasAttribute('data-forewarn')).toBe(false);
    expect(guard.describe($('#grave'))).toEqual({ state: 'pending', categories: [] });
    guard.setSettings(SETTINGS);
    await settle();
    expectCovered($('#grave'));
  });

  it('holds a picture for lexicons while they load, then decides it with them', async () => {
    clearLexiconLibrary();
    registerLexicon(bundledLexicon('en')!);
    try {
      let land!: () => void;
      const loaded = new Promise<void>((resolve) => (land = resolve));
      const asked: string[][] = [];
      const load = async (langs: string[]) => {
        asked.push(langs);
        await loaded;
        for (const lang of langs) if (bundledLexicon(lang)) registerLexicon(bundledLexicon(lang)!);
      };
      document.documentElement.lang = 'fr';
      const { guard } = await start(
        `<figure><img id="fr" src="/a.jpg" width="640" height="400"><figcaption>Les corps des détenus à la morgue de la prison.</figcaption></figure>`,
        {},
        load,
      );
      expect(asked.flat()).toContain('fr');
      expect($('#fr').hasAttribute('data-forewarn')).toBe(false);
      expect(guard.describe($('#fr'))?.state).toBe('pending');
      land();
      await settle();
      expectCovered($('#fr'));
    } finally {
      document.documentElement.lang = '';
      clearLexiconLibrary();
      registerBundledLexicons();
    }
  });

  it('holds a safe-looking picture whose caption is still empty, and covers it once the caption says so', async () => {
    await start(`<figure><img id="late" src="/b.jpg" width="640" height="400"><figcaption></figcaption></figure>`);
    expect($('#late').hasAttribute('data-forewarn')).toBe(false);
    $('#late').nextElementSibling!.textContent = 'The bodies of detainees in the prison morgue.';
    await settle();
    expectCovered($('#late'));
  });

  it('releases a picture whose empty caption is never written, once the wait is over', async () => {
    await start(`<figure><img id="late" src="/b.jpg" width="640" height="400"><figcaption></figcaption></figure>`);
    expect($('#late').hasAttribute('data-forewarn')).toBe(false);
    await new Promise((r) => setTimeout(r, 1_700));
    expect($('#late').getAttribute('data-forewarn')).toBe('safe');
  });

  it('decides again only when an input changed: the same words draw nothing again, new ones do', async () => {
    const { draws } = await start(FIGURES);
    const grave = $('#grave');
    const before = draws(grave);
    // The caption is written again with the same words (a framework re-rendering it).
    const caption = grave.parentElement!.querySelector('figcaption')!;
    caption.textContent = `${caption.textContent}`;
    guard!.setSettings({ ...SETTINGS, revealStyle: 'dimmed' });
    await settle();
    expect(draws(grave)).toBe(before);
    caption.textContent = 'Torture marks on a former detainee\'s back.';
    await settle();
    expect(draws(grave)).toBe(before + 1);
    expect(hostOf(grave)?.getAttribute('data-forewarn-categories')).toBe('torture');
  });

  it('a new picture in a covered element keeps the cover until it is decided; a safe one is released', async () => {
    await start(FIGURES);
    const grave = $('#grave');
    grave.setAttribute('alt', 'A courtroom');
    grave.parentElement!.querySelector('figcaption')!.textContent = 'Relatives wait outside the courthouse.';
    grave.setAttribute('src', '/img/court-2.jpg');
    await settle();
    expect(grave.getAttribute('data-forewarn')).toBe('safe');
    expect(hostOf(grave)).toBeNull();
    expect(grave.getAttribute('aria-hidden')).toBe('false');
  });

  it('the page removing a picture takes its cover down', async () => {
    const { guard } = await start(FIGURES);
    const host = hostOf($('#grave'))!;
    $('#grave').remove();
    await settle();
    expect(host.isConnected).toBe(false);
    expect(guard.counts()).toEqual({ covered: 0, revealed: 0 });
  });
});

describe('MediaGuard: the reader\'s reveal', () => {
  it('"Show image" reveals one picture, "Hide image" covers it again', async () => {
    const { guard, cover } = await start(FIGURES);
    const grave = $('#grave');
    cover(grave).onReveal();
    expectRevealed(grave);
    expect(grave.getAttribute('aria-hidden')).toBe('false'); // its own value, given back
    expect(guard.counts()).toEqual({ covered: 0, revealed: 1 });
    cover(grave).onHide();
    expectCovered(grave);
    expect(guard.counts()).toEqual({ covered: 1, revealed: 0 });
  });

  it('survives the page stripping its attributes and resetting its style', async () => {
    const { cover } = await start(FIGURES, { revealStyle: 'greyscale' });
    const grave = $('#grave');
    cover(grave).onReveal();
    expectRevealed(grave, 'grayscale(1)');
    for (let round = 0; round < 3; round++) {
      grave.removeAttribute('data-forewarn');
      grave.removeAttribute('style');
      hostOf(grave)!.removeAttribute('style');
      hostOf(grave)!.removeAttribute('data-forewarn-state');
      await settle();
      expectRevealed(grave, 'grayscale(1)');
    }
  });

  it('survives the page replacing the element with a fresh one of the same source; "Hide image" ends it', async () => {
    const { cover, guard } = await start(FIGURES);
    const old = $('#grave');
    const oldHost = hostOf(old)!;
    cover(old).onReveal();
    const fresh = old.cloneNode() as HTMLElement;
    for (const name of ['data-forewarn', 'style', 'aria-hidden']) fresh.removeAttribute(name);
    old.replaceWith(fresh);
    await settle();
    expectRevealed(fresh);
    expect(oldHost.isConnected).toBe(false);
    expect(guard.counts()).toEqual({ covered: 0, revealed: 1 });
    // Hidden again: the next fresh element is covered.
    cover(fresh).onHide();
    const third = fresh.cloneNode() as HTMLElement;
    third.removeAttribute('data-forewarn');
    fresh.replaceWith(third);
    await settle();
    expectCovered(third);
  });

  it('opens one picture per click: a copy of the same source elsewhere stays covered, even once the first leaves', async () => {
    const { cover } = await start(`${FIGURES}<figure><img id="copy" src="${GRAPHIC_SRC}" width="640" height="400">
      <figcaption>The bodies of detainees in the prison morgue.</figcaption></figure>`);
    cover($('#grave')).onReveal();
    await settle();
    expectRevealed($('#grave'));
    expectCovered($('#copy'));
    $('#grave').parentElement!.remove();
    await settle();
    expectCovered($('#copy'));
  });

  it('follows a replacement put in before the old element leaves (a transition between the two)', async () => {
    const { cover } = await start(FIGURES);
    const old = $('#grave');
    cover(old).onReveal();
    const fresh = old.cloneNode() as HTMLElement;
    for (const name of ['data-forewarn', 'style', 'aria-hidden', 'id']) fresh.removeAttribute(name);
    old.before(fresh);
    await settle();
    expectCovered(fresh);
    old.remove();
    await settle();
    expectRevealed(fresh);
  });

  it('does not follow the element to another picture: a new source is covered again', async () => {
    const { cover } = await start(FIGURES);
    const grave = $('#grave');
    cover(grave).onReveal();
    grave.setAttribute('src', '/img/ledger-4402.jpg');
    await settle();
    expectCovered(grave);
  });

  it('puts a cover the page moved away back beside its picture', async () => {
    await start(FIGURES);
    const grave = $('#grave');
    const host = hostOf(grave)!;
    document.body.append(host);
    await settle();
    expect(hostOf(grave)).toBe(host);
    expectCovered(grave);
  });

  it('is never made by the page: forged marks are put back, a removed cover comes back', async () => {
    await start(FIGURES);
    const grave = $('#grave');
    grave.setAttribute('data-forewarn', 'revealed');
    grave.style.removeProperty('visibility');
    await settle();
    expectCovered(grave);
    const host = hostOf(grave)!;
    host.remove();
    await settle();
    expect(host.isConnected).toBe(true);
    expectCovered(grave);
    // A forged mark on a picture not decided yet is taken away (it would release it).
    const late = document.createElement('img');
    late.src = '/img/late.jpg';
    guard!.setSettings({ ...SETTINGS, mode: 'off' });
    guard!.setSettings(SETTINGS);
    $('article').append(late);
    await settle();
    expect(['covered', 'safe', null]).toContain(late.getAttribute('data-forewarn'));
  });
});

describe('MediaGuard: settings reach every picture', () => {
  it('covering every image covers safe pictures, keeps revealed ones open, and goes back', async () => {
    const { cover } = await start(FIGURES);
    cover($('#grave')).onReveal();
    guard!.setSettings({ ...SETTINGS, mode: 'cover-all' });
    await settle();
    expectCovered($('#court'));
    expect(cover($('#court')).coverAll).toBe(true);
    expectRevealed($('#grave'));
    // Detection still reads each picture: the graphic one's cover names what it hides (issue 15.2).
    expect(cover($('#grave'))).toMatchObject({ coverAll: false, labels: expect.arrayContaining([expect.any(String)]) });
    guard!.setSettings(SETTINGS);
    await settle();
    expect($('#court').getAttribute('data-forewarn')).toBe('safe');
    expect(hostOf($('#court'))).toBeNull();
    expectRevealed($('#grave'));
  });

  it('a lower sensitivity releases what it no longer covers, covered or revealed', async () => {
    const wounded = `<figure><img id="wounded" src="/w.jpg" width="640" height="400">
      <figcaption>A wounded man is carried to an ambulance after the shelling.</figcaption></figure>`;
    const { cover } = await start(`${FIGURES}${wounded}`, { sensitivity: 'strict' });
    expectCovered($('#wounded'));
    cover($('#grave')).onReveal();
    guard!.setSettings({ ...SETTINGS, sensitivity: 'minimal', categories: ['torture'] });
    await settle();
    expect($('#wounded').getAttribute('data-forewarn')).toBe('safe');
    expect($('#grave').getAttribute('data-forewarn')).toBe('safe');
    // Back up: the reveal was the reader's, so the picture comes back open.
    guard!.setSettings({ ...SETTINGS, sensitivity: 'strict' });
    await settle();
    expectRevealed($('#grave'));
    expectCovered($('#wounded'));
  });

  it('how revealed pictures are shown reaches those already revealed, at once', async () => {
    const { cover } = await start(FIGURES);
    cover($('#grave')).onReveal();
    guard!.setSettings({ ...SETTINGS, revealStyle: 'greyscale' });
    expect($('#grave').style.getPropertyValue('filter')).toBe('grayscale(1)');
    guard!.setSettings({ ...SETTINGS, revealStyle: 'dimmed' });
    expect($('#grave').style.getPropertyValue('filter')).toBe('grayscale(0.4) brightness(0.6)');
    guard!.setSettings({ ...SETTINGS, revealStyle: 'full' });
    expect($('#grave').style.getPropertyValue('filter')).toBe('');
    // A covered picture is never filtered: the filter is for what the reader opened.
    expect($('#court').style.getPropertyValue('filter')).toBe('');
  });

  it('switching the site off hands every picture back and forgets the reveals; on again covers afresh', async () => {
    const { cover } = await start(FIGURES);
    cover($('#grave')).onReveal();
    guard!.setSettings({ ...SETTINGS, mode: 'off' });
    await settle();
    expect(document.documentElement.hasAttribute('data-forewarn-off')).toBe(true);
    expect(document.querySelector('[data-forewarn], forewarn-cover')).toBeNull();
    guard!.setSettings(SETTINGS);
    await settle();
    expectCovered($('#grave'));
  });
});

describe('the first pass in the guard (trigger words first, lexicons only when a picture needs them)', () => {
  const triggers = fromStoredTriggers(toStoredTriggers(LEXICON_LANGUAGES.map((lang) => bundledLexicon(lang)!)))!;
  const asked: string[][] = [];
  /** As the content script's loaders: the trigger words and English were read ahead, so each registers before it returns. */
  const loadTriggerWords = () => {
    registerTriggerWords(triggers);
    return Promise.resolve(true);
  };
  const loadReadAhead = (langs: string[]) => {
    asked.push(langs);
    for (const lang of langs) registerLexicon(bundledLexicon(lang)!);
    return Promise.resolve(langs);
  };
  afterEach(() => {
    asked.length = 0;
    clearLexiconLibrary();
    registerBundledLexicons();
  });

  it('releases the pictures of a page without trigger words and loads no lexicon', async () => {
    clearLexiconLibrary();
    const quiet = `<p>The new trams run every ten minutes from Monday, the council said.</p>
      <figure><img id="tram" src="/img/tram.jpg" width="640" height="400" alt="A tram at the station"><figcaption>A test tram at the central station.</figcaption></figure>`;
    await start(quiet, {}, loadReadAhead, loadTriggerWords, 'Trams return to the old town');
    expect($('#tram').getAttribute('data-forewarn')).toBe('safe');
    expect(asked).toEqual([]);
    expect(LEXICON_LANGUAGES.some(hasLexicon)).toBe(false);
  });

  it('loads the language of a page that holds one, and covers its graphic picture', async () => {
    clearLexiconLibrary();
    await start(FIGURES, {}, loadReadAhead, loadTriggerWords);
    expectCovered($('#grave'));
    expect($('#court').getAttribute('data-forewarn')).toBe('safe');
    // One load, of the languages its words may be in (the page declares none).
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('en');
  });

  it('in every-image mode, names what a graphic picture shows once its lexicon came, even read ahead', async () => {
    clearLexiconLibrary();
    const { cover } = await start(FIGURES, { mode: 'cover-all' }, loadReadAhead, loadTriggerWords);
    expectCovered($('#grave'));
    expect(cover($('#grave'))).toMatchObject({ coverAll: false, labels: ['Dead bodies'] });
    expect(cover($('#court')).coverAll).toBe(true);
  });
});
