import type { TermHit } from './find-terms';
import { lazy } from '../lazy-regexp';
import { WORD } from './text-words';

// Two words that are no harm alone, read as one harm when a clause holds both: a restrained
// person and a violent act done (torture shown), a dead person and a cloth laid over them (a body
// under a sheet).

/** Words at most between a restraint word and the act done to the person it describes. */
const CLAUSE_WORDS = 10;
/** Words at most between a cloth laid over someone and the dead person named beside it. */
const COVERED_WORDS = 5;
/** Words at most between a cloth and a thing it covers ("A car covered with a tarp", "örtülü bir araba"). */
const THING_WORDS = 1;
const SENTENCE_END = lazy(() => /[.!?;…؟؛]/u);

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

/** The clauses read as one hit: a restrained person harmed, then a dead person covered. */
export function joinedInClauses(source: string, hits: TermHit[]): TermHit[] {
  return coveredDead(source, restrainedHarm(source, hits));
}

/**
 * A cloth laid over a person named dead before it in the same clause (`[covering]` after a
 * killing's topic word: "A shooting victim covered with a blanket", "Жертва стрельбы, накрытая
 * одеялом", "şehit polisin üzerine Türk bayrağı örtüldü", "ضحية … مغطاة ببطانية"): a body under a
 * sheet, the written rules' G1, read as one `[injury dead-bodies]` hit spanning both. A caption
 * names the one covered first and the cloth after it, as a participle or a predicate; the dead
 * named after the cloth are someone else's ("a car covered with a tarp after the attack that
 * killed three", "covered with sheets in memory of the victims"). The cloth alone is a car under
 * a tarp or a survivor in a blanket, and a thing named right beside it is what it covers
 * ("brandayla örtülü bir araba").
 */
export function coveredDead(source: string, hits: TermHit[]): TermHit[] {
  if (!hits.some((h) => h.kind === 'covering')) return hits;
  const used = new Set<TermHit>();
  const joined: TermHit[] = [];
  const dead = (h: TermHit) => h.kind === 'topic' && h.category === 'dead-bodies' && !h.attack;
  for (const cloth of hits) {
    if (cloth.kind !== 'covering' || hits.some((h) => h.kind === 'notHuman' && sameClause(source, cloth, h, THING_WORDS))) continue;
    const person = hits.find((h) => dead(h) && !used.has(h) && h.at < cloth.at && sameClause(source, h, cloth, COVERED_WORDS));
    if (!person) continue;
    used.add(cloth).add(person);
    joined.push({ kind: 'injury', category: 'dead-bodies', text: source.slice(person.at, cloth.at + cloth.text.length), at: person.at });
  }
  return [...hits.filter((h) => !used.has(h) && h.kind !== 'covering'), ...joined].sort((a, b) => a.at - b.at);
}

function sameClause(source: string, a: TermHit, b: TermHit, words = CLAUSE_WORDS): boolean {
  const [first, last] = a.at < b.at ? [a, b] : [b, a];
  const gap = source.slice(first.at + first.text.length, last.at);
  if (SENTENCE_END().test(gap)) return false;
  return (gap.match(WORD()) ?? []).length <= words;
}
