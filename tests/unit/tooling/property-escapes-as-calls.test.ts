import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { propertyEscapesAsCalls, propertyEscapesAsCallsPlugin } from '../../../tooling/property-escapes-as-calls';

// The content script's patterns with a Unicode property escape are written as RegExp calls in
// the built chunk (parsing such a literal costs V8 the property's whole set): the chunk must do
// exactly what it did, and every other literal stay as written.
const SOURCE = String.raw`var content=(function(){
  const word = () => /(?<![\p{L}])kill(?:ed)?(?![\p{L}])/giu;
  const upper = /\P{Ll}+/u;
  const plain = /\d+\/\d+/g;
  const inClass = /[\p{L}\p{M}']+/gu;
  const found = [];
  for (const text of ["killed, unskilled; Kill", "ДД 12/31 l'été"]) {
    found.push(text.match(word()) ?? [], text.match(upper) ?? [], text.match(plain) ?? [], text.match(inClass) ?? []);
  }
  return { found, fresh: word() !== word(), source: inClass.source, flags: word().flags };
})();`;

const run = (code: string): unknown => new Function(`${code}\nreturn content;`)();

describe('property escapes written as RegExp calls', () => {
  it('rewrites only the literals with a property escape, and the chunk computes the same', () => {
    const { code, rewritten } = propertyEscapesAsCalls(SOURCE, (text) => parseAst(text));
    expect(rewritten).toBe(3);
    expect(code).toContain(String.raw`/\d+\/\d+/g`);
    expect(code).not.toMatch(/\/\(\?<!\[\\p\{L\}\]\)kill/);
    expect(code).toContain(String.raw`RegExp("(?<![\\p{L}])kill(?:ed)?(?![\\p{L}])","giu")`);
    expect(run(code)).toEqual(run(SOURCE));
    expect(run(SOURCE)).toMatchObject({ fresh: true, flags: 'giu', source: String.raw`[\p{L}\p{M}']+` });
  });

  it('fails the build on a pattern RegExp refuses', () => {
    // A real parser refuses such a literal itself; a stand-in parse whose literal holds an
    // unknown property shows that the rewrite checks every pattern it writes as well.
    const parse = () => ({ type: 'Program', body: [{ type: 'Literal', regex: { pattern: String.raw`\p{NoSuchProperty}`, flags: 'u' }, start: 0, end: 3 }] });
    expect(() => propertyEscapesAsCalls('/x/', parse)).toThrow(SyntaxError);
  });

  it('leaves a chunk with no such literal as it was', () => {
    const code = 'var content=function(){return /a|b/i.test("A")}();';
    expect(propertyEscapesAsCalls(code, (text) => parseAst(text))).toEqual({ code, rewritten: 0 });
  });

  it('runs with the other generateBundle hooks first, on chunks only', () => {
    const plugin = propertyEscapesAsCallsPlugin();
    const hook = plugin.generateBundle as { order: string; handler: (this: { parse: (code: string) => unknown }, options: unknown, bundle: Record<string, { type: string; code?: string }>) => void };
    expect(hook.order).toBe('pre');
    const bundle = { 'content.js': { type: 'chunk', code: SOURCE }, 'content.css': { type: 'asset' } };
    hook.handler.call({ parse: (text: string) => parseAst(text) }, {}, bundle);
    expect(bundle['content.js'].code).toContain('RegExp("');
    expect(bundle['content.css']).toEqual({ type: 'asset' });
  });
});
