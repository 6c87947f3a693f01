// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionScheduler } from '../../../utils/dom/decision-scheduler';
import { ownTasksByHand } from './own-tasks-by-hand';

// How many pictures one task decides. The clock is the window's own performance.now(), moved by
// hand: each decision "takes" 1 ms, and the page's own work between two slices takes `gap`.

afterEach(() => vi.restoreAllMocks());

/** The scheduler's own next task, run by hand: fails when none was asked for. */
function ownTasks() {
  const tasks = ownTasksByHand();
  return {
    nextTask() {
      expect(tasks.pending(), 'a task of its own was asked for').toBe(true);
      tasks.runNext();
    },
  };
}

/** `firstCost`: how long the first decision takes (one that reads the page cold). */
function setUp(pictures = 2_000, firstCost = 1) {
  let clock = 0;
  vi.spyOn(window.performance, 'now').mockImplementation(() => clock);
  const tasks = ownTasks();
  const decided: HTMLElement[] = [];
  const scheduler = new DecisionScheduler(
    window as Window & typeof globalThis,
    {
    ready: () => true,
    decide: (el) => {
      decided.push(el);
      clock += decided.length === 1 ? firstCost : 1;
    },
    probe: () => {},
    done: () => {},
  },
    // Every picture is decided as if near the viewport: these tests are about slices.
    Infinity,
  );
  for (let i = 0; i < pictures; i++) {
    const img = document.createElement('img');
    document.body.append(img);
    scheduler.add(img);
  }
  return { scheduler, decided, pass: (ms: number) => (clock += ms), nextTask: tasks.nextTask };
}

describe('DecisionScheduler slices', () => {
  it('decides for about 8 ms per task while the page between slices is quick', () => {
    const { scheduler, decided, pass } = setUp();
    scheduler.run();
    expect(decided.length).toBe(9);
    pass(2);
    scheduler.run();
    expect(decided.length).toBe(18);
    scheduler.stop();
  });

  it('after a wait, decides a frame (16 ms) beyond its first decision, however long that one took, in the same task', () => {
    // The first decision reads the page cold: 40 ms.
    const { scheduler, decided, pass } = setUp(300, 40);
    scheduler.runAfterWait();
    expect(decided.length).toBe(1 + 17);
    // Later runs keep 8 ms slices from their start.
    pass(2);
    scheduler.run();
    expect(decided.length).toBe(18 + 9);
    document.body.innerHTML = '';
    scheduler.stop();
  });

  it('keeps 8 ms slices after a slow stretch of the page when fewer than 1,000 pictures wait', () => {
    const { scheduler, decided, pass, nextTask } = setUp(300);
    scheduler.run();
    pass(60);
    nextTask();
    expect(decided.length).toBe(18);
    document.body.innerHTML = '';
    scheduler.stop();
  });

  it('decides in its own tasks as long as the page itself just took, up to 200 ms, when its frames are slow', () => {
    const { scheduler, decided, pass, nextTask } = setUp();
    scheduler.run();
    expect(decided.length).toBe(9);
    // The page re-laid out and painted thousands of pictures: 60 ms since the last slice.
    pass(60);
    nextTask();
    expect(decided.length).toBe(9 + 61);
    pass(1_000);
    nextTask();
    expect(decided.length).toBe(9 + 61 + 201);
    document.body.innerHTML = '';
    scheduler.stop();
  });

  it('never takes more than 8 ms inside a task of the page (a batch of records), however slow its frames', () => {
    const { scheduler, decided, pass } = setUp();
    scheduler.run();
    pass(60);
    scheduler.run();
    expect(decided.length).toBe(9 + 9);
    pass(1_000);
    scheduler.run();
    expect(decided.length).toBe(9 + 9 + 9);
    document.body.innerHTML = '';
    scheduler.stop();
  });

  it('decides nothing in the caller\'s task when asked to run soon, and a slice in its own', () => {
    const { scheduler, decided, nextTask } = setUp(100);
    scheduler.runSoon();
    expect(decided.length).toBe(0);
    nextTask();
    expect(decided.length).toBe(9);
    document.body.innerHTML = '';
    scheduler.stop();
  });

  it('keeps to the page pace once a backlog was large, until the queue is empty', () => {
    const { scheduler, decided, pass, nextTask } = setUp(1_100);
    scheduler.run();
    pass(60);
    nextTask();
    pass(60);
    nextTask();
    expect(decided.length).toBe(9 + 61 + 61);
    // Fewer than 1,000 wait now, but the page's frames are as slow as before.
    pass(60);
    nextTask();
    expect(decided.length).toBe(9 + 61 + 61 + 61);
    document.body.innerHTML = '';
    scheduler.stop();
  });
});

describe('DecisionScheduler.afterNextPaint', () => {
  function fakeWindow() {
    const frames: FrameRequestCallback[] = [];
    const timers = new Map<number, { fn: () => void; at: number }>();
    let now = 0;
    let id = 0;
    const win = {
      requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(fn),
      setTimeout: (fn: () => void, ms = 0) => {
        timers.set(++id, { fn, at: now + ms });
        return id;
      },
      clearTimeout: (t: number) => timers.delete(t),
    };
    const advance = (ms: number) => {
      now += ms;
      for (const [t, { fn, at }] of [...timers]) {
        if (at <= now) {
          timers.delete(t);
          fn();
        }
      }
    };
    const paint = () => {
      for (const fn of frames.splice(0)) fn(now);
    };
    return { win: win as unknown as Window & typeof globalThis, advance, paint };
  }

  const noWork = { ready: () => true, decide: () => {}, probe: () => {}, done: () => {} };

  it('runs the task in a task after the next frame, not in the frame’s callbacks', () => {
    const { win, advance, paint } = fakeWindow();
    const ran: string[] = [];
    new DecisionScheduler(win, noWork).afterNextPaint(() => ran.push('task'));
    advance(0);
    expect(ran).toEqual([]);
    paint();
    expect(ran).toEqual([]);
    advance(0);
    expect(ran).toEqual(['task']);
    advance(200);
    expect(ran).toEqual(['task']);
  });

  it('runs the task once after 100 ms where no frame is painted (a hidden tab)', () => {
    const { win, advance, paint } = fakeWindow();
    const ran: string[] = [];
    new DecisionScheduler(win, noWork).afterNextPaint(() => ran.push('task'));
    advance(99);
    expect(ran).toEqual([]);
    advance(1);
    expect(ran).toEqual(['task']);
    paint();
    advance(0);
    expect(ran).toEqual(['task']);
  });
});

describe('DecisionScheduler: pictures far from the viewport', () => {
  // A window whose observer, idle periods, load event and own tasks are all driven by hand.
  function setUpFar(readyState: DocumentReadyState) {
    const doc = { readyState };
    let onLoad: (() => void) | undefined;
    let observerCallback: ((entries: IntersectionObserverEntry[]) => void) | undefined;
    let idle: ((deadline: IdleDeadline) => void) | undefined;
    const tasks: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const win = {
      document: doc,
      setTimeout: (fn: () => void) => timers.push(fn),
      clearTimeout: () => {},
      performance: { now: () => 0 },
      scheduler: { postTask: (task: () => void) => (tasks.push(task), Promise.resolve()) },
      addEventListener: (type: string, fn: () => void) => type === 'load' && (onLoad = fn),
      requestIdleCallback: (fn: (deadline: IdleDeadline) => void) => (idle = fn),
      IntersectionObserver: class {
        constructor(cb: (entries: IntersectionObserverEntry[]) => void) {
          observerCallback = cb;
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    } as unknown as Window & typeof globalThis;
    const decided: string[] = [];
    const scheduler = new DecisionScheduler(
      win,
      { ready: () => true, decide: (el) => decided.push(el.id), probe: () => {}, done: () => {} },
      2,
    );
    const pictures = ['a', 'b', 'c', 'd', 'e'].map((id) => Object.assign(document.createElement('img'), { id }));
    for (const el of pictures) document.body.append(el);
    return {
      scheduler,
      decided,
      pictures,
      load: () => {
        doc.readyState = 'complete';
        onLoad?.();
      },
      near: (el: Element) => observerCallback?.([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry]),
      idle: (timeRemaining: number) => idle?.({ didTimeout: false, timeRemaining: () => timeRemaining } as IdleDeadline),
      idleAsked: () => idle !== undefined,
      runTasks: () => tasks.splice(0).forEach((task) => task()),
      runTimers: () => timers.splice(0).forEach((timer) => timer()),
    };
  }

  it('decides the first pictures at once, one that nears the viewport in a task of its own, the rest once the loaded page is idle', () => {
    const { scheduler, decided, pictures, load, near, idle, idleAsked, runTasks } = setUpFar('loading');
    for (const el of pictures) scheduler.add(el);
    scheduler.run();
    expect(decided).toEqual(['a', 'b']);
    near(pictures.find((el) => el.id === 'd') as HTMLElement);
    expect(decided).toEqual(['a', 'b']);
    runTasks();
    expect(decided).toEqual(['a', 'b', 'd']);
    // Not before the page has loaded.
    expect(idleAsked()).toBe(false);
    load();
    idle(0);
    expect(decided).toEqual(['a', 'b', 'd']);
    idle(10);
    expect(decided).toEqual(['a', 'b', 'd', 'c', 'e']);
    document.body.innerHTML = '';
  });

  it('decides them in idle periods after five seconds where the load event does not come', () => {
    const { scheduler, decided, pictures, idle, idleAsked, runTimers } = setUpFar('loading');
    for (const el of pictures) scheduler.add(el);
    scheduler.run();
    expect(idleAsked()).toBe(false);
    runTimers();
    idle(10);
    expect(decided).toEqual(['a', 'b', 'c', 'd', 'e']);
    document.body.innerHTML = '';
  });

  it('decides every waiting picture at once when asked (the reading view)', () => {
    const { scheduler, decided, pictures } = setUpFar('complete');
    for (const el of pictures) scheduler.add(el);
    scheduler.run();
    scheduler.decideWaiting();
    expect(decided).toEqual(['a', 'b', 'c', 'd', 'e']);
    document.body.innerHTML = '';
  });
});
