import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { byDefault, captionCoverAt } from './test-pages';

// Round 134: German bones worked on, in the passive. "Knochen" alone is also an animal's, a
// kitchen's, a patient's; a bone as the subject of a present passive of examining ("Ein Knochen
// wird vermessen") is a remain being worked on, the picture's own scene: one `[injury dead-bodies]`
// hit, covered from balanced, as round 127 reads "Die Überreste werden verpackt". The passive's
// bracket stands in three orders: the subject first, the auxiliary second and the participle last
// ("Ein Knochen wird im Labor vermessen"); an adverbial first and the subject after the auxiliary
// ("Im Labor wird ein Knochen vermessen"); a subordinate clause with the auxiliary last ("während
// ein Knochen vermessen wird"). Ukrainian and Russian need no entry: their bone words ("кістку",
// "кость") are graphic remains already. Sentences written for these tests, on a neutral page.

const WORKED_ON = [
  'Ein Knochen wird vermessen.',
  'Die Knochen werden im Labor untersucht.',
  'Im Labor wird ein Oberschenkelknochen vermessen.',
  'Eine Anthropologin arbeitet, während ein Knochen vermessen wird.',
  'Der Oberschenkelknochen wird für die Identifizierung katalogisiert.',
];

// A genitive names whose bone (an animal's), a preterite tells history, a negation does no work,
// a bone word inside another word, and other verbs: no remains worked on.
const NOT_WORKED_ON = [
  'Der Knochen eines Mammuts wird vermessen.',
  'Im Museum wird der Knochen eines Mammuts vermessen.',
  'Ein Forscher arbeitet, während der Knochen eines Wals vermessen wird.',
  'Ein Dinosaurier-Knochen wird im Museum untersucht.',
  'Im Jahr 1850 wurde der Knochen untersucht, heute liegt er im Museum.',
  'Der Knochen wird nicht untersucht.',
  'Kein Knochen wird vermessen.',
  'Die Knochendichte wird gemessen.',
  'Die Rippe wird gegrillt.',
  'Das Schienbein des Stürmers wird untersucht.',
  'Beim Zahnarzt wird der Unterkiefer vermessen.',
  'Ein Hühnerknochen wird untersucht.',
  'Die Knochen der Kuh werden untersucht.',
  'Der Patient wird untersucht, sein Knochen ist gebrochen.',
];

describe('German bones as the subject of a present passive of examining are remains shown, at balanced', () => {
  it.each(WORKED_ON)('%s', (caption) => {
    expect(captionCoverAt(caption, 'de')).toBe('balanced');
  });

  it('reads the bone, the auxiliary and the participle as one dead-bodies hit', () => {
    const text = 'Im Labor wird ein Knochen vermessen.';
    const hits = findTerms(text, selectLexicons(text, 'de'));
    expect(hits.map((h) => [h.kind, h.category, h.text])).toContainEqual(['injury', 'dead-bodies', 'wird ein Knochen vermessen']);
  });
});

// "Schädel" and "Gebeine" are graphic alone (minimal): a longer entry around them would lower them.
describe('a skull worked on stays covered from minimal', () => {
  it('Im Labor wird ein Schädel vermessen.', () => {
    expect(captionCoverAt('Im Labor wird ein Schädel vermessen.', 'de')).toBe('minimal');
  });
});

describe('an animal bone, history, a negation or another verb is no remains worked on', () => {
  it.each(NOT_WORKED_ON)('%s', (caption) => {
    expect(byDefault(captionCoverAt(caption, 'de'))).toBe(false);
  });
});
