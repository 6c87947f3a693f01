import type { Decision, HoldReason } from './decide-picture';

// The one state of each picture the guard watches, and every way it changes. Pure: the guard
// records the state (media-guard.ts) and the cover keeper makes the page show it
// (cover-keeper.ts).
//
//   queued ──decided──▶ held-for-lexicons | held-for-parsing | held-for-caption
//     │                   │ (decided again once what it waits for arrives)
//     └───────────────────┴──decided──▶ covered ◀──hide/reveal──▶ revealed
//                                          │  ▲
//                                 release  ▼  │ cover
//                                          safe
//
// A decided picture (covered, revealed, safe) is never held again: it stays as the reader sees
// it until a decision can be made. A new picture in the same element (another source) starts
// over as queued, except a covered one, which keeps its cover until the new one is decided.

/** A held picture's state names what it waits for: held-for-lexicons, -parsing or -caption. */
export type HeldState = `held-for-${HoldReason}`;

export type PictureState = 'queued' | HeldState | 'covered' | 'safe' | 'revealed';

export type PictureEvent =
  /** A decision was made; `paintingOld`: the element still paints its previous (covered) bitmap. */
  | { type: 'decided'; decision: Decision; paintingOld?: boolean }
  /** The reader's own "Show image" (a trusted click or key, or "Show all" in the popup). */
  | { type: 'reveal' }
  /** The reader's own "Hide image". */
  | { type: 'hide' }
  /** The element now shows another picture (its source changed). */
  | { type: 'new-picture' };

export function isDecided(state: PictureState): boolean {
  return state === 'covered' || state === 'safe' || state === 'revealed';
}

/** States in which the page must not paint the picture (the stylesheet or the cover hides it). */
export function isHidden(state: PictureState): boolean {
  return state !== 'safe' && state !== 'revealed';
}

export function nextPictureState(state: PictureState, event: PictureEvent): PictureState {
  switch (event.type) {
    case 'decided': {
      const { decision } = event;
      if (decision.action === 'hold') return isDecided(state) ? state : `held-for-${decision.reason}`;
      if (decision.action === 'cover') return decision.revealed ? 'revealed' : 'covered';
      // A covered picture whose new source is safe: the browser keeps painting the old (graphic)
      // bitmap until the new one has loaded, so the cover stays until then.
      if (state === 'covered' && event.paintingOld) return 'covered';
      return 'safe';
    }
    case 'reveal':
      return state === 'covered' ? 'revealed' : state;
    case 'hide':
      return state === 'revealed' ? 'covered' : state;
    case 'new-picture':
      return state === 'covered' ? 'covered' : 'queued';
  }
}
