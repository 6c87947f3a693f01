import type { Plugin } from 'vite';
import { rewriteChunksPlugin } from './rewrite-chunks-plugin';

// WXT writes a content script's manifest entry (matches, runAt, allFrames, …) from its own import
// of the entrypoint, and also bundles the definition object whole: its wrapper takes `main` and
// hands the other options to the script's lifetime (entrypoints/content/lifetime.ts), which takes
// none of them. In the built script they are strings nothing reads, parsed in every frame of
// every page (85 bytes of content.js gzipped): the built chunk keeps `main` alone. The
// entrypoint keeps its options where WXT expects them, with the comments saying why each is set.

interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

/** Parses a chunk into an ESTree program whose nodes carry start and end offsets. */
export type ParseProgram = (code: string) => unknown;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function keyName(property: Node): string | undefined {
  const key = property.key as Node | undefined;
  if (property.type !== 'Property' || property.computed || !key) return undefined;
  return key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : undefined;
}

/** A string, number or boolean (`!0` once minified), or an array of them: nothing else depends on it. */
function isConstant(value: Node): boolean {
  if (value.type === 'Literal') return !('regex' in value && value.regex);
  if (value.type === 'UnaryExpression') return value.operator === '!' && isNode(value.argument) && isConstant(value.argument);
  return value.type === 'ArrayExpression' && (value.elements as (Node | null)[]).every((element) => element !== null && isConstant(element));
}

/** The object literals of a program that hold both a `main` and a `matches` property. */
function definitions(program: unknown): Node[] {
  const found: Node[] = [];
  const pending: unknown[] = [program];
  while (pending.length) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    if (!isNode(node)) continue;
    if (node.type === 'ObjectExpression') {
      const names = (node.properties as Node[]).map(keyName);
      if (names.includes('main') && names.includes('matches')) found.push(node);
    }
    for (const value of Object.values(node)) if (typeof value === 'object') pending.push(value);
  }
  return found;
}

/**
 * The chunk with its content script definition cut to `main`. Throws unless the chunk holds
 * exactly one such definition whose other options are all constants: a WXT that bundled its
 * definition differently fails the build instead of shipping a script cut in the wrong place.
 */
export function withoutManifestOptions(code: string, parse: ParseProgram): { code: string; dropped: string[] } {
  const found = definitions(parse(code));
  if (found.length !== 1) throw new Error(`expected one content script definition in the chunk, found ${found.length}`);
  const definition = found[0]!;
  const properties = definition.properties as Node[];
  const main = properties.find((property) => keyName(property) === 'main')!;
  const dropped = properties.filter((property) => property !== main);
  for (const property of dropped) {
    const value = property.value;
    if (!isNode(value) || !isConstant(value)) throw new Error(`content script option ${keyName(property) ?? '?'} is not a constant`);
  }
  return {
    code: `${code.slice(0, definition.start)}{${code.slice(main.start, main.end)}}${code.slice(definition.end)}`,
    dropped: dropped.map((property) => keyName(property) ?? '?'),
  };
}

/** A Vite plugin for the content script's build: its definition's manifest options left out. */
export function manifestOptionsOutPlugin(): Plugin {
  return rewriteChunksPlugin('forewarn:manifest-options-out', (code, parse) => withoutManifestOptions(code, parse).code);
}
