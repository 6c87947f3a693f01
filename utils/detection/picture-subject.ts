import type { TermHit } from './find-terms';

// Who or what a violent word is about. "The skull of a Bryde's whale", "el cadáver de una
// ballena", "vehículos calcinados", "a charred Russian tank": a remains, corpse or burn word
// whose head is an animal or a thing (the `[not-human]` section) says nothing about a person.
// The thing sits right after the word ("charred car", "скелет кита"), or before it with at most
// one adjective between ("tanque ruso carbonizado"), or after it joined by "of" and its peers
// ("skull of a Bryde's whale", "cadáver de una ballena").

/** Nothing between the violent word and the thing after it ("charred car"). */
const NEXT = /^[\s'’-]*$/u;
/** Up to one adjective between the thing and the violent word after it ("tanque ruso carbonizado"). */
const BEFORE = /^[\s'’-]*(?:(?!(?:and|or|und|oder|et|ou|y|o|и|или|і|та|або|ve|veya|و)\s)[\p{L}\p{N}'’-]+\s+)?$/iu;
/** "of a", "de una", "d'un", "du", "von einem": the genitive joining a word to its head. */
const GENITIVE_JOIN =
  /^\s+(?:of|from|de|d'|d’|du|del|des|von|vom|der|des|eines|einer)\s*(?:(?:a|an|the|un|une|una|uno|la|le|el|los|las|les|ein|eine|einem|einer|eines|dem|den)\s+)?(?:[\p{L}'’-]+\s+)?$/iu;

const ABOUT_THE_BODY = new Set<TermHit['kind']>(['graphic', 'injury']);

/** Whether `hit` is said of an animal or a thing named beside it. */
export function saidOfThing(text: string, hit: TermHit, things: readonly TermHit[]): boolean {
  const end = hit.at + hit.text.length;
  for (const thing of things) {
    if (thing.at >= end) {
      const between = text.slice(end, thing.at);
      if (NEXT.test(between) || GENITIVE_JOIN.test(between)) return true;
    } else if (thing.at + thing.text.length <= hit.at) {
      if (BEFORE.test(text.slice(thing.at + thing.text.length, hit.at))) return true;
    }
  }
  return false;
}

/** The hits left once violent words said of animals and things are dropped. */
export function dropThingHits(text: string, hits: readonly TermHit[]): TermHit[] {
  const things = hits.filter((h) => h.kind === 'notHuman');
  if (!things.length) return hits.slice();
  return hits.filter((h) => !ABOUT_THE_BODY.has(h.kind) || !saidOfThing(text, h, things));
}
