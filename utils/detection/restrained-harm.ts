import type { TermHit } from './find-terms';
import { lazy } from '../lazy-regexp';

/** Words at most between a restraint word and the act done to the person it describes. */
const CLAUSE_WORDS = 10;
const SENTENCE_END = lazy(() => /[.!?;…؟؛]/u);
const WORDS_BETWEEN = lazy(() => /[\p{L}\p{M}\p{N}]+/gu);

/**
 * A restrained person on whom a violent act is done, in one clause: "a guard punches one of the
 * bound men", "golpea en la cara a uno de los varios hombres maniatados", "أسيرا مقيدا …، وهو
 * معلق في حبل". Either word alone is no harm (a handcuffed suspect in court; "Arsenal beaten"),
 * so each is a flag; the two in one sentence, at most CLAUSE_WORDS words apart, are read as one
 * `[injury torture]` hit spanning both, and the flags they were are dropped.
 */
export function restrainedHarm(source: string, hits: TermHit[]): TermHit[] {
  if (!hits.some((h) => h.kind === 'restrained') || !hits.some((h) => h.kind === 'harmDone')) return hits;
  const used = new Set<TermHit>();
  const joined: TermHit[] = [];
  for (const held of hits) {
    if (held.kind !== 'restrained' || used.has(held)) continue;
    const act = hits.find((h) => h.kind === 'harmDone' && !used.has(h) && sameClause(source, held, h));
    if (!act) continue;
    used.add(held).add(act);
    const [first, last] = held.at < act.at ? [held, act] : [act, held];
    joined.push({ kind: 'injury', category: 'torture', text: source.slice(first.at, last.at + last.text.length), at: first.at });
  }
  if (!joined.length) return hits;
  return [...hits.filter((h) => !used.has(h)), ...joined].sort((a, b) => a.at - b.at);
}

function sameClause(source: string, a: TermHit, b: TermHit): boolean {
  const [first, last] = a.at < b.at ? [a, b] : [b, a];
  const between = source.slice(first.at + first.text.length, last.at);
  if (SENTENCE_END().test(between)) return false;
  return (between.match(WORDS_BETWEEN()) ?? []).length <= CLAUSE_WORDS;
}
