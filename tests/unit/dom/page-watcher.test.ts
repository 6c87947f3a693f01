// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher, type PageChanges } from '../../../utils/dom/page-watcher';
import { COVER_TAG } from '../../../utils/dom/cover-handle';
import { ownTasksByHand } from './own-tasks-by-hand';

// What the watcher reports for a batch of mutation records. A parser (or a script) that adds an
// element and then its children in the same task produces one record per insertion; the
// watcher reads only the outermost one and finds the rest by its scan, so each picture is
// reported once however deep it sits, and nothing inside a fresh subtree is read twice.

interface Seen {
  media: string[];
  marks: string[];
  batches: number;
  /** Per batch end, whether deciding was sent to a task of its own. */
  ownTask: boolean[];
  parsed: number;
}

let watcher: PageWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  watcher = undefined;
  document.body.innerHTML = '';
});

function watch(coverOwner: (host: Element) => HTMLElement | undefined = () => undefined): Seen {
  const seen: Seen = { media: [], marks: [], batches: 0, ownTask: [], parsed: 0 };
  const changes: PageChanges = {
    media: (el) => seen.media.push(el.id),
    background: () => {},
    attributes: () => {},
    words: () => {},
    marks: (el) => seen.marks.push(el.id),
    foreignCover: () => {},
    removed: () => {},
    pageChanged: () => {},
    parsed: () => seen.parsed++,
    batchEnd: (inOwnTask) => {
      seen.batches++;
      seen.ownTask.push(inOwnTask);
    },
  };
  watcher = new PageWatcher(window as unknown as Window & typeof globalThis, changes, coverOwner);
  watcher.start();
  return seen;
}

const batch = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PageWatcher batches', () => {
  it('reports a picture nested in a subtree added element by element once', async () => {
    const seen = watch();
    // As a parser does: each element is inserted before its children, all in one task.
    const figure = document.createElement('figure');
    document.body.append(figure);
    const frame = document.createElement('div');
    figure.append(frame);
    const link = document.createElement('a');
    frame.append(link);
    const img = document.createElement('img');
    img.id = 'deep';
    link.append(img);
    const caption = document.createElement('figcaption');
    figure.append(caption);
    caption.append('Rescuers at the site');
    await batch();
    expect(seen.media).toEqual(['deep']);
  });

  it('reports a picture added later into an element of an earlier batch', async () => {
    const seen = watch();
    const list = document.createElement('ul');
    document.body.append(list);
    await batch();
    const item = document.createElement('li');
    list.append(item);
    const img = document.createElement('img');
    img.id = 'late';
    item.append(img);
    await batch();
    expect(seen.media).toEqual(['late']);
  });

  it('reports every picture of a batch that adds to several existing elements', async () => {
    const seen = watch();
    document.body.innerHTML = '<section id="a"></section><section id="b"></section>';
    await batch();
    for (const id of ['a', 'b']) {
      const img = document.createElement('img');
      img.id = `in-${id}`;
      document.getElementById(id)!.append(img);
    }
    await batch();
    expect(seen.media.sort()).toEqual(['in-a', 'in-b']);
  });

  it('notices a cover taken out of a subtree the same batch moved', async () => {
    document.body.innerHTML = `<div id="from"><figure><img id="pic"><${COVER_TAG}></${COVER_TAG}></figure></div><div id="to"></div>`;
    const pic = document.getElementById('pic')!;
    const host = document.querySelector(COVER_TAG)!;
    const seen = watch((el) => (el === host ? pic : undefined));
    await batch();
    seen.marks.length = 0;
    const figure = document.querySelector('figure')!;
    document.getElementById('to')!.append(figure);
    host.remove();
    await batch();
    expect(seen.marks).toContain('pic');
  });
});

describe('PageWatcher and the end of parsing', () => {
  let readyState: DocumentReadyState = 'loading';
  function parsing() {
    readyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    return vi.spyOn(document, 'addEventListener');
  }
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('sees it at the end of the next batch of records, without listening to DOMContentLoaded', async () => {
    const listen = parsing();
    const seen = watch();
    document.body.append(document.createElement('p'));
    await batch();
    expect(seen.parsed).toBe(0);
    readyState = 'interactive';
    document.body.append(document.createElement('p'));
    await batch();
    expect(seen.parsed).toBe(1);
    document.body.append(document.createElement('p'));
    await batch();
    expect(seen.parsed).toBe(1);
    const events = listen.mock.calls.map(([type]) => type);
    expect(events).not.toContain('DOMContentLoaded');
    expect(events).not.toContain('readystatechange');
  });

  it('sees it within a poll where no batch follows the parser', () => {
    vi.useFakeTimers();
    parsing();
    const seen = watch();
    vi.advanceTimersByTime(200);
    expect(seen.parsed).toBe(0);
    readyState = 'interactive';
    vi.advanceTimersByTime(50);
    expect(seen.parsed).toBe(1);
    vi.advanceTimersByTime(500);
    expect(seen.parsed).toBe(1);
  });
});

describe('PageWatcher and a huge batch', () => {
  // The clock moves 0.1 ms per picture reported; the watcher's own tasks (a MessageChannel,
  // which happy-dom does not deliver) are run by hand.
  function setUp() {
    let clock = 0;
    vi.spyOn(window.performance, 'now').mockImplementation(() => clock);
    const tasks = ownTasksByHand();
    const seen = watch();
    const report = seen.media.push.bind(seen.media);
    seen.media.push = (...ids: string[]) => {
      clock += 0.1 * ids.length;
      return report(...ids);
    };
    const ownTasks = () => {
      let count = 0;
      for (; tasks.pending(); count++) tasks.runNext();
      return count;
    };
    return { seen, ownTasks };
  }
  afterEach(() => vi.restoreAllMocks());

  const addPictures = (parent: Element, from: number, count: number) => {
    for (let i = from; i < from + count; i++) {
      const img = document.createElement('img');
      img.id = `p${i}`;
      parent.append(img);
    }
  };
  const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => `p${from + i}`);

  it('answers about 8 ms of it in the page\'s task and the rest, in order, in tasks of its own', async () => {
    const { seen, ownTasks } = setUp();
    addPictures(document.body, 0, 1_000);
    await batch();
    expect(seen.media.length).toBeGreaterThan(0);
    expect(seen.media.length).toBeLessThan(200);
    expect(seen.batches).toBe(1);
    // The page's task had its share: deciding goes to a task of its own as well.
    expect(seen.ownTask).toEqual([true]);
    expect(ownTasks()).toBeGreaterThan(5);
    expect([...seen.media]).toEqual(ids(0, 1_000));
    // In the watcher's own tasks the guard decides as each ends.
    expect(seen.ownTask.slice(1).every((own) => !own)).toBe(true);
  });

  it('answers a later batch after the older records, and still finds what it put into an element scanned before', async () => {
    const { seen, ownTasks } = setUp();
    const grid = document.createElement('div');
    document.body.append(grid);
    addPictures(grid, 0, 1_000);
    await batch();
    // The page adds more while the first batch is still being answered; one picture goes into
    // an element that was scanned already (it was added by the first batch).
    addPictures(document.body, 1_000, 10);
    const late = document.createElement('img');
    late.id = 'late';
    grid.append(late);
    await batch();
    ownTasks();
    expect([...seen.media]).toEqual([...ids(0, 1_000), ...ids(1_000, 10), 'late']);
  });
});

describe('PageWatcher and the hold sheet', () => {
  // Building and adopting the sheet costs every frame ~2 ms; a document gets it with its first
  // picture or background candidate, never for text alone.
  afterEach(() => vi.restoreAllMocks());

  it('adopts nothing into a document of text, and the sheet with its first picture', async () => {
    // While parsing (a document already there when the script starts gets the sheet at once).
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const before = document.adoptedStyleSheets.length;
    watch();
    document.body.innerHTML = '<header><h1>Brief</h1></header><main><p>Text only.</p><ul><li>One</li></ul></main>';
    await batch();
    expect(document.adoptedStyleSheets.length).toBe(before);
    document.querySelector('main')!.append(document.createElement('img'));
    await batch();
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
  });
});
