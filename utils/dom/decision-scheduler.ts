import { ownTaskPoster, type TaskPoster } from './own-task';
import { EAGER_PICTURES, ViewportGate } from './viewport-gate';

// What is decided when. Pictures are decided in the order they were queued (document order, as
// the parser inserts them), at most SLICE_MS of them per task: the rest stay held and follow in
// the next task, so the page parses and paints in between. Background candidates have their
// style read once per frame, before it paints. Pictures waiting for a caption a script is
// writing are looked at again when their wait ends.
//
// Queues are insertion-ordered sets consumed from the front: a slice costs what it decides, not
// the length of the queue.
//
// A slice is 8 ms; with a backlog of thousands of pictures, as long as the page's own work took
// between the previous slice and this one when that was longer. On a page of thousands of pictures every frame re-lays out and
// repaints the whole page (measured on 6,000 sibling pictures: 20 ms layout + 15 ms paint per
// frame), so 8 ms slices spent five times more on frames than on deciding, and the total grew
// with the square of the pictures. A slice no longer than the page's own last stretch never
// blocks longer than the page itself just did, and deciding keeps at least half the thread.
// Ordinary pages keep 8 ms slices: there the gap is mostly parsing, and a long slice (in the
// DOMContentLoaded handler, say) would hold back the first paint (measured: 40 ms handlers).

/** Shortest run of decisions in one task; the rest follow in the next (a long task blocks paint). */
const SLICE_MS = 8;
/**
 * The run after a wait (runAfterWait): a frame's worth of decisions after its first, which
 * paid the page's cold reading for every picture queued.
 */
const AFTER_WAIT_SLICE_MS = 16;
/** Longest run, however slow the page's frames are. */
const MAX_SLICE_MS = 200;
/** Pictures still queued from which slices follow the page's own pace. */
const LARGE_BACKLOG = 1_000;
/** Background candidates read per frame: bounded style work. */
const PROBES_PER_FRAME = 300;
/** Slack after a caption wait ends, so the timer never fires just before it. */
const DEADLINE_SLACK_MS = 20;
/** Longest wait for the page's load event before the pictures far from the viewport are decided in idle periods. */
const LOAD_WAIT_MAX_MS = 5_000;
/** Longest wait for an idle period before the pictures far from the viewport are decided anyway. */
const IDLE_TIMEOUT_MS = 1_000;
/** How long work waiting for the next paint waits at most: frames that do not render (a hidden tab, an offscreen frame) get no animation frame. */
const PAINT_WAIT_MAX_MS = 100;

export interface ScheduledWork {
  /** Whether deciding may happen now (settings known, site not off, guard not retired). */
  ready(): boolean;
  decide(el: HTMLElement): void;
  /** Reads the background pictures of these candidates and decides them. */
  probe(batch: HTMLElement[]): void;
  /** After each run of decisions or probes (mount covers, forget own writes, report counts). */
  done(): void;
}

export class DecisionScheduler {
  readonly #queue = new Set<HTMLElement>();
  readonly #backgrounds = new Set<HTMLElement>();
  /** Pictures held for a caption, with the time their wait ends. */
  readonly #deadlines = new Map<HTMLElement, number>();
  #deadlineTimer: number | undefined;
  #probeFrame = 0;
  #continuing = false;
  /** When the last slice that left pictures queued ended (performance.now()), or -1. */
  #sliceEnded = -1;
  /**
   * Whether slices follow the page's pace: from a backlog of LARGE_BACKLOG pictures until the
   * queue is empty. Dropping back to 8 ms slices at the threshold left a huge page's last
   * thousand pictures to a handful per frame (measured on 20,000 pictures: the last 800 took
   * 16 s, one full-page frame of ~100 ms per 8 ms slice).
   */
  #paced = false;
  #postContinuation: TaskPoster | undefined;
  /** Pictures far from the viewport wait there until they near it or the loaded page is idle. */
  readonly #gate: ViewportGate;
  #idleWork: 'none' | 'after-load' | 'requested' = 'none';
  /** Whether the wait for the load before deciding far pictures is over (load event or LOAD_WAIT_MAX_MS). */
  #loadWaited = false;
  readonly #win: Window & typeof globalThis;
  readonly #work: ScheduledWork;

  /** `eagerPictures`: how many pictures of the document are decided before any waits for the viewport. */
  constructor(win: Window & typeof globalThis, work: ScheduledWork, eagerPictures = EAGER_PICTURES) {
    this.#win = win;
    this.#work = work;
    this.#gate = new ViewportGate(win, eagerPictures, (near) => {
      for (const el of near) this.#queue.add(el);
      this.#continueSoon();
    });
  }

  /** Decide `el` in the next run (where it was queued already, it keeps its place). */
  add(el: HTMLElement): void {
    this.#queue.add(el);
  }

  /** Read `el`'s background at the next frame. */
  addBackground(el: HTMLElement): void {
    this.#backgrounds.add(el);
    this.#scheduleProbe();
  }

  /** Decide `el` again once `until` (performance.now()) has passed, unless a wait is set already. */
  wakeAt(el: HTMLElement, until: number): void {
    if (this.#deadlines.has(el)) return;
    this.#deadlines.set(el, until);
    if (this.#deadlineTimer === undefined) this.#armDeadlines(until);
  }

  /** `el` no longer waits for its caption. */
  forgetWait(el: HTMLElement): void {
    this.#deadlines.delete(el);
  }

  /**
   * Decides what is queued, for at most one slice of SLICE_MS; a task of its own follows for the
   * rest. Callers run inside a task of the page's (a batch of mutation records is answered in
   * the task that made it, the parser's own), so this never takes a paced slice: on a huge
   * page that added up to MAX_SLICE_MS to the parser's longest task.
   */
  run(): void {
    this.#run(false);
  }

  /**
   * Like run(), once the pictures queued during a wait can be decided (the first settings came,
   * the lexicons landed). The first decision reads the page cold for all of them (tens of ms on
   * an article) and is not counted; a frame's worth follow in the same task. With an 8 ms slice
   * counted from the start, the first viewport's next pictures (an article's lead picture after
   * its logo) waited a frame for the next task, decided from the same reading.
   */
  runAfterWait(): void {
    this.#run(false, true);
  }

  /** Decides what is queued in a task of the scheduler's own, not in the caller's. */
  runSoon(): void {
    if (this.#queue.size) this.#continueSoon();
  }

  /**
   * `ownTask`: this run is a task of the scheduler's own, which may follow the page's pace.
   * `afterWait`: the slice starts after the first decision and is a frame long (runAfterWait).
   */
  #run(ownTask: boolean, afterWait = false): void {
    if (!this.#work.ready()) return;
    if (this.#backgrounds.size) this.#scheduleProbe();
    if (this.#queue.size === 0) return;
    let start = this.#win.performance.now();
    if (this.#queue.size >= LARGE_BACKLOG) this.#paced = true;
    const paced = ownTask && this.#paced && this.#sliceEnded >= 0;
    const slice = afterWait ? AFTER_WAIT_SLICE_MS : paced ? Math.min(MAX_SLICE_MS, Math.max(SLICE_MS, start - this.#sliceEnded)) : SLICE_MS;
    this.#sliceEnded = -1;
    let uncounted = afterWait;
    // Only what was queued when the run began: pictures queued meanwhile wait for the next one.
    let left = this.#queue.size;
    for (const el of this.#queue) {
      this.#queue.delete(el);
      if (el.isConnected && this.#gate.admits(el)) this.#work.decide(el);
      if (--left === 0) break;
      const now = this.#win.performance.now();
      if (uncounted) {
        uncounted = false;
        start = now;
      } else if (now - start > slice) {
        // Pictures still queued stay held; the page gets to parse and paint (the first ones
        // decided) before the rest are decided in the next task.
        this.#sliceEnded = now;
        this.#continueSoon();
        break;
      }
    }
    if (this.#queue.size === 0) this.#paced = false;
    if (this.#gate.waiting.size) this.#decideFarWhenIdle();
    this.#work.done();
  }

  /**
   * Decides at once every picture still waiting to near the viewport (the reading view asks for
   * every picture's verdict).
   */
  decideWaiting(): void {
    if (!this.#work.ready()) return;
    for (const el of this.#gate.waiting) this.#decideFarPicture(el);
    this.#work.done();
  }

  /** Lets a waiting picture through the gate, near the viewport or not, and decides it. */
  #decideFarPicture(el: HTMLElement): void {
    this.#gate.admit(el);
    if (el.isConnected) this.#work.decide(el);
  }

  /**
   * Runs `task` in a task of its own after the next paint (or after PAINT_WAIT_MAX_MS where
   * nothing is painted): what the page has shown so far paints before the work, which is not
   * added to the task that asked for it.
   */
  afterNextPaint(task: () => void): void {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      this.#win.clearTimeout(timer);
      task();
    };
    const timer = this.#win.setTimeout(once, PAINT_WAIT_MAX_MS);
    // An animation frame's callbacks run before its paint; a timer set from one runs after it.
    this.#win.requestAnimationFrame(() => this.#win.setTimeout(once, 0));
  }

  /** Forgets everything queued (the site was switched off, or the guard retired). */
  clear(): void {
    this.#paced = false;
    this.#queue.clear();
    this.#backgrounds.clear();
    this.#deadlines.clear();
  }

  stop(): void {
    this.clear();
    this.#gate.stop();
    if (this.#probeFrame) this.#win.cancelAnimationFrame(this.#probeFrame);
    this.#probeFrame = 0;
    if (this.#deadlineTimer !== undefined) this.#win.clearTimeout(this.#deadlineTimer);
    this.#deadlineTimer = undefined;
  }

  /**
   * The pictures far from the viewport are decided once the page has loaded, in idle periods,
   * so that they never compete with the page's own loading and still all get a verdict.
   */
  #decideFarWhenIdle(): void {
    if (this.#idleWork !== 'none') return;
    if (this.#win.document.readyState !== 'complete' && !this.#loadWaited) {
      // The load event, or LOAD_WAIT_MAX_MS, whichever comes first: a slow advert or a resource
      // that never answers can hold a page's load for minutes.
      this.#idleWork = 'after-load';
      const go = () => {
        if (this.#loadWaited) return;
        this.#loadWaited = true;
        this.#win.clearTimeout(timer);
        this.#idleWork = 'none';
        this.#decideFarWhenIdle();
      };
      const timer = this.#win.setTimeout(go, LOAD_WAIT_MAX_MS);
      this.#win.addEventListener('load', go, { once: true });
      return;
    }
    this.#idleWork = 'requested';
    const idle = this.#win.requestIdleCallback?.bind(this.#win);
    if (idle) idle((deadline) => this.#decideFar(deadline), { timeout: IDLE_TIMEOUT_MS });
    else this.#win.setTimeout(() => this.#decideFar(null), 0);
  }

  #decideFar(deadline: IdleDeadline | null): void {
    this.#idleWork = 'none';
    if (!this.#work.ready()) return;
    const start = this.#win.performance.now();
    for (const el of this.#gate.waiting) {
      const spent = this.#win.performance.now() - start;
      const left = deadline && !deadline.didTimeout ? deadline.timeRemaining() : SLICE_MS - spent;
      if (left <= 0) break;
      this.#decideFarPicture(el);
    }
    this.#work.done();
    if (this.#gate.waiting.size) this.#decideFarWhenIdle();
  }

  #continueSoon(): void {
    if (this.#continuing) return;
    this.#continuing = true;
    this.#postContinuation ??= ownTaskPoster(this.#win, () => {
      this.#continuing = false;
      this.#run(true);
    });
    this.#postContinuation();
  }

  #scheduleProbe(): void {
    if (this.#probeFrame || !this.#work.ready()) return;
    this.#probeFrame = this.#win.requestAnimationFrame(() => {
      this.#probeFrame = 0;
      this.#probe();
    });
  }

  #probe(): void {
    if (!this.#work.ready()) return;
    const batch: HTMLElement[] = [];
    for (const el of this.#backgrounds) {
      this.#backgrounds.delete(el);
      if (el.isConnected) batch.push(el);
      if (batch.length >= PROBES_PER_FRAME) break;
    }
    if (batch.length) this.#work.probe(batch);
    this.#work.done();
    if (this.#backgrounds.size) this.#scheduleProbe();
  }

  #armDeadlines(at: number): void {
    const delay = Math.max(0, at - this.#win.performance.now()) + DEADLINE_SLACK_MS;
    this.#deadlineTimer = this.#win.setTimeout(() => this.#onDeadline(), delay);
  }

  #onDeadline(): void {
    this.#deadlineTimer = undefined;
    const now = this.#win.performance.now();
    let next = Infinity;
    for (const [el, until] of this.#deadlines) {
      if (until <= now) {
        this.#deadlines.delete(el);
        this.#queue.add(el);
      } else {
        next = Math.min(next, until);
      }
    }
    if (next < Infinity) this.#armDeadlines(next);
    this.run();
  }
}
