// Entry strings written out by rule, for lexicon data files (see lexicon-types.ts for the syntax).

/**
 * "Execution" as carrying something out, in languages that put a linking word before the object
 * (exécution du plan, ejecución del presupuesto): `lead`, optionally one word (an adjective), the
 * linking word, then `then` with none, one or two words between, but at most two words of gap in
 * all. Optional wildcards (`*? link *? *?`) would also allow three, which reaches past the phrase.
 */
export function carriedOut(lead: string, link: string, then: string): string {
  const out: string[] = [];
  for (const before of ['', ' *']) for (const between of ['', ' *', ' * *']) {
    if (before && between === ' * *') continue;
    out.push(`${lead}${before} ${link}${between} ${then}`);
  }
  return out.join('|');
}
