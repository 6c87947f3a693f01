import { sentenceOf, sentenceStarts } from './caption-sentences';
import type { TermHit } from './find-terms';

/**
 * A person given medical care ("is treated", "reçoit des soins", "يتلقى العلاج") in a sentence
 * of the picture that names an attack ("Vadim Krikun is treated in the hallway … after a Russian
 * attack"): the wounded being treated, an injury word (the written rules' G4). Care alone is
 * medicine (a vaccination, a ward), and a disaster or accident is a `[calamity]`, not a topic.
 * Surgery is care too ("is operated on", "en la mesa de operaciones", "оперируют"), and a wound or
 * mutilation named anywhere in the caption, even in a clause on the past ("que había sufrido
 * mutilaciones"), or a sentence naming care and an attack together ("Los neurocirujanos están a
 * punto de operarle por los daños causados por una explosión"), is what the care of the picture is
 * for (round 141). An attack alone in another sentence stays background.
 */
export function treatedWounded(text: string, hits: readonly TermHit[], all: readonly TermHit[]): TermHit[] {
  if (!hits.some((h) => h.kind === 'treated')) return hits.slice();
  const starts = sentenceStarts(text, all);
  const attacked = new Set(all.filter((h) => h.kind === 'topic').map((h) => sentenceOf(starts, h.at)));
  const wound = all.some((h) => (h.kind === 'graphic' || h.kind === 'injury') && h.category !== 'dead-bodies');
  const cause = wound || all.some((h) => h.kind === 'treated' && attacked.has(sentenceOf(starts, h.at)));
  return hits.map((h) => (h.kind === 'treated' && cause ? { ...h, kind: 'injury' } : h));
}
