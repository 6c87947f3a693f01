import type { Plugin } from 'vite';
import { rewriteChunksPlugin } from './rewrite-chunks-plugin';

// A regular-expression literal is checked when its script is parsed, used or not, and one with a
// Unicode property escape (`\p{L}`) makes V8 resolve the property's whole set to check it: about
// 0.08 ms a literal in Chromium 150, against nothing for the same pattern in a string until it is
// first used. The content script is parsed cold in every frame of every page, and its detection
// patterns hold some sixty such literals (PERFORMANCE.md, twenty-seventh session). The source
// keeps them literals, which TypeScript, ESLint and the parser check; only the built chunk writes
// them as `RegExp("…", "…")` calls, which make the same object each time the literal would.
// Every pattern rewritten is compiled here once, so a pattern no engine reads fails the build.

interface RegexLiteral {
  start: number;
  end: number;
  regex: { pattern: string; flags: string };
}

/** Parses a chunk into an ESTree program whose nodes carry start and end offsets. */
export type ParseProgram = (code: string) => unknown;

const PROPERTY_ESCAPE = /\\[pP]\{/;

function isRegexLiteral(node: Record<string, unknown>): node is Record<string, unknown> & RegexLiteral {
  return node.type === 'Literal' && typeof node.regex === 'object' && node.regex !== null;
}

/** Every regular-expression literal of a program. */
function regexLiterals(program: unknown): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  const pending: unknown[] = [program];
  while (pending.length) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    const record = node as Record<string, unknown>;
    if (isRegexLiteral(record)) found.push(record);
    else for (const value of Object.values(record)) if (typeof value === 'object') pending.push(value);
  }
  return found;
}

/** The chunk with each literal holding a property escape written as a RegExp call. */
export function propertyEscapesAsCalls(code: string, parse: ParseProgram): { code: string; rewritten: number } {
  const targets = regexLiterals(parse(code))
    .filter((literal) => PROPERTY_ESCAPE.test(literal.regex.pattern))
    .sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, regex } of targets) {
    new RegExp(regex.pattern, regex.flags);
    out = `${out.slice(0, start)}RegExp(${JSON.stringify(regex.pattern)},${JSON.stringify(regex.flags)})${out.slice(end)}`;
  }
  return { code: out, rewritten: targets.length };
}

/** A Vite plugin: every JavaScript chunk's property-escape literals written as calls. */
export function propertyEscapesAsCallsPlugin(): Plugin {
  // Listed after Terser's plugin: its compressor could fold a call back into a literal.
  return rewriteChunksPlugin('forewarn:property-escapes-as-calls', (code, parse) => propertyEscapesAsCalls(code, parse).code);
}
