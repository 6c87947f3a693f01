import { sentenceOf, sentenceStarts } from './caption-sentences';
import type { TermHit } from './find-terms';

/**
 * A person given medical care ("is treated", "reçoit des soins", "يتلقى العلاج") in a sentence
 * of the picture that names an attack ("Vadim Krikun is treated in the hallway … after a Russian
 * attack"): the wounded being treated, an injury word (the written rules' G4). Care alone is
 * medicine (a vaccination, a ward), and a disaster or accident is a `[calamity]`, not a topic.
 */
export function treatedWounded(text: string, hits: readonly TermHit[], all: readonly TermHit[]): TermHit[] {
  if (!hits.some((h) => h.kind === 'treated')) return hits.slice();
  const starts = sentenceStarts(text, all);
  const attacked = new Set(hits.filter((h) => h.kind === 'topic').map((h) => sentenceOf(starts, h.at)));
  return hits.map((h) => (h.kind === 'treated' && attacked.has(sentenceOf(starts, h.at)) ? { ...h, kind: 'injury' } : h));
}
