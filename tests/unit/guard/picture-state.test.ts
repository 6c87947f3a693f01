import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../utils/guard/decide-picture';
import { COVER_ALL_VERDICT } from '../../../utils/guard/decide-picture';
import { isDecided, isHidden, nextPictureState, type PictureEvent, type PictureState } from '../../../utils/guard/picture-state';

// Every state against every event: the whole table is written out, so a changed transition
// fails here by name.

const verdict = COVER_ALL_VERDICT;
const SAFE_VERDICT = { categories: [], coverAt: null, reason: null };
const decided = (decision: Decision, paintingOld = false): PictureEvent => ({ type: 'decided', decision, paintingOld });

const EVENTS: Record<string, PictureEvent> = {
  'hold lexicons': decided({ action: 'hold', reason: 'lexicons', lacking: ['fr'] }),
  'hold parsing': decided({ action: 'hold', reason: 'parsing', lacking: [] }),
  'hold caption': decided({ action: 'hold', reason: 'caption', lacking: [] }),
  cover: decided({ action: 'cover', verdict, revealed: false, lacking: [], readsArticle: true }),
  'cover revealed': decided({ action: 'cover', verdict, revealed: true, lacking: [], readsArticle: true }),
  release: decided({ action: 'release', verdict: SAFE_VERDICT, lacking: [], readsArticle: true }),
  'release, old bitmap painting': decided({ action: 'release', verdict: SAFE_VERDICT, lacking: [], readsArticle: true }, true),
  reveal: { type: 'reveal' },
  hide: { type: 'hide' },
  'new picture': { type: 'new-picture' },
};

const STATES: PictureState[] = ['queued', 'held-for-lexicons', 'held-for-parsing', 'held-for-caption', 'covered', 'safe', 'revealed'];

// Rows: from-state; columns in EVENTS order.
const TABLE: Record<PictureState, PictureState[]> = {
  //                  hold lex             hold parsing         hold caption         cover      cover rev   release release-old reveal      hide       new picture
  queued: ['held-for-lexicons', 'held-for-parsing', 'held-for-caption', 'covered', 'revealed', 'safe', 'safe', 'queued', 'queued', 'queued'],
  'held-for-lexicons': ['held-for-lexicons', 'held-for-parsing', 'held-for-caption', 'covered', 'revealed', 'safe', 'safe', 'held-for-lexicons', 'held-for-lexicons', 'queued'],
  'held-for-parsing': ['held-for-lexicons', 'held-for-parsing', 'held-for-caption', 'covered', 'revealed', 'safe', 'safe', 'held-for-parsing', 'held-for-parsing', 'queued'],
  'held-for-caption': ['held-for-lexicons', 'held-for-parsing', 'held-for-caption', 'covered', 'revealed', 'safe', 'safe', 'held-for-caption', 'held-for-caption', 'queued'],
  covered: ['covered', 'covered', 'covered', 'covered', 'revealed', 'safe', 'covered', 'revealed', 'covered', 'covered'],
  safe: ['safe', 'safe', 'safe', 'covered', 'revealed', 'safe', 'safe', 'safe', 'safe', 'queued'],
  revealed: ['revealed', 'revealed', 'revealed', 'covered', 'revealed', 'safe', 'safe', 'revealed', 'covered', 'queued'],
};

describe('nextPictureState', () => {
  for (const from of STATES) {
    Object.entries(EVENTS).forEach(([name, event], i) => {
      const to = TABLE[from][i]!;
      it(`${from} --${name}--> ${to}`, () => {
        expect(nextPictureState(from, event)).toBe(to);
      });
    });
  }

  it('only the reader opens a picture: nothing but a reveal (or a decision carrying one) leads to revealed', () => {
    for (const from of STATES.filter((s) => s !== 'revealed')) {
      for (const [name, event] of Object.entries(EVENTS)) {
        if (name === 'reveal' || name === 'cover revealed') continue;
        expect(nextPictureState(from, event), `${from} --${name}`).not.toBe('revealed');
      }
    }
  });

  it('a covered picture is never shown by anything but the reader or a decision that it is safe', () => {
    for (const [name, event] of Object.entries(EVENTS)) {
      const to = nextPictureState('covered', event);
      if (name !== 'reveal' && name !== 'cover revealed' && name !== 'release') expect(isHidden(to), name).toBe(true);
    }
  });
});

describe('state kinds', () => {
  it('decided: covered, safe and revealed; hidden: all but safe and revealed', () => {
    expect(STATES.filter(isDecided)).toEqual(['covered', 'safe', 'revealed']);
    expect(STATES.filter(isHidden)).toEqual(['queued', 'held-for-lexicons', 'held-for-parsing', 'held-for-caption', 'covered']);
  });
});
