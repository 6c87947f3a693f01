import { DATELINE_LEAD, sentenceOf, sentenceStarts, WORD_COUNT } from './caption-sentences';
import type { TermHit } from './find-terms';
import { lazy } from '../lazy-regexp';

// Whether a caption names the people it shows as the victims (`[victims]`): then the picture
// shows them, dead or wounded, and a violent article covers it at balanced (read-own-text.ts's
// `victimsShown`, classify-image-context.ts).

/** An article before a noun ("The", "Las", "Die", "Des"): one short word of a script with letter case. */
const ARTICLE = lazy(() => /^(?=.*[\p{Lu}\p{Ll}])\p{L}{1,3}$/u);
/** After the word: a possessive ("victims' families") or a name ("Victim Jane Doe", "La víctima, María López"). */
const OWNED_OR_NAMED = lazy(() => /^(?:['’]|\s*,?\s*\p{Lu})/u);

/**
 * Whether a sentence of the picture opens with people named as the victims (`[victims]`: "The
 * victims of the shelling…", "One of the victims…", "Жертвы теракта…", "أحد الضحايا…"): a caption
 * names first who is shown, so the picture shows the victims, dead or wounded. Only a dateline,
 * a `[partitive]` ("one of", "eines der") and one article ("the", "L'", "las") may stand before
 * them. Named further on, they are whose relatives, memorial or funeral is shown ("Relatives of
 * the victims", "Меморіал жертвам"); followed by a name, the person is named as a victim (a
 * portrait); followed by a possessive, what is theirs is shown.
 */
export function opensWithVictims(text: string, hits: readonly TermHit[], all: readonly TermHit[]): boolean {
  if (!hits.some((h) => h.victims)) return false;
  const starts = sentenceStarts(text, all);
  return hits.some((h) => {
    if (!h.victims || OWNED_OR_NAMED().test(text.slice(h.at + h.text.length))) return false;
    const from = starts[sentenceOf(starts, h.at)]!;
    let lead = text.slice(from, h.at).replace(DATELINE_LEAD(), '');
    const leadFrom = h.at - lead.length;
    const partitive = all.find((p) => p.kind === 'partitive' && p.at >= leadFrom && p.at < h.at);
    if (partitive) lead = `${text.slice(leadFrom, partitive.at)} ${text.slice(partitive.at + partitive.text.length, h.at)}`;
    const words = lead.match(WORD_COUNT()) ?? [];
    return words.length === 0 || (words.length === 1 && ARTICLE().test(words[0]!));
  });
}
