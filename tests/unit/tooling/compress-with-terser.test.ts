import { describe, expect, it } from 'vitest';
import { compressWithTerser } from '../../../tooling/compress-with-terser';

// The content script is compressed again by Terser after Vite's minifier (wxt.config.ts); it
// must do what it did, in the syntax the browsers read, and leave WXT's return value alone.
type Bundle = Record<string, { type: 'chunk' | 'asset'; code?: string; fileName: string }>;

async function compressBundle(bundle: Bundle, minify: boolean | 'oxc' = 'oxc'): Promise<Bundle> {
  const plugin = compressWithTerser();
  (plugin.configResolved as (config: { build: { minify: boolean | 'oxc' } }) => void)({ build: { minify } });
  const hook = plugin.generateBundle as { order: string; handler: (options: unknown, bundle: Bundle) => Promise<void> };
  await hook.handler({}, bundle);
  return bundle;
}

const SOURCE = `var content=(function(){
  class Counter { #count = 0; seen = new Map(); add(key) { this.#count += 1; this.seen.set(key, (this.seen.get(key) ?? 0) + 1); return this.#count; } }
  const counter = new Counter();
  const unused = { a: 1 };
  function twice(key) { counter.add(key); return counter.add(key) + (counter.seen.get(key) ?? 0); }
  return twice("x") + counter.seen.size * 100;
})();`;

describe('compressing the content script again with Terser', () => {
  it('runs first among generateBundle hooks, before WXT appends the return value', () => {
    expect((compressWithTerser().generateBundle as { order: string }).order).toBe('pre');
  });

  it('writes shorter code that computes the same, private fields kept as they are', async () => {
    const { 'content.js': chunk } = await compressBundle({ 'content.js': { type: 'chunk', code: SOURCE, fileName: 'content.js' } });
    expect(chunk!.code!.length).toBeLessThan(SOURCE.length);
    expect(chunk!.code).toContain('#');
    expect(chunk!.code).not.toContain('unused');
    const run = (code: string) => new Function(`${code}\nreturn content;`)() as number;
    expect(run(chunk!.code!)).toBe(run(SOURCE));
    expect(run(SOURCE)).toBe(104);
  });

  // Without its parentheses V8 takes the bundle's function for one called later: it preparses the
  // whole script, then parses it again when the call comes.
  it('keeps the bundle\'s function, called at once, in parentheses', async () => {
    const { 'content.js': chunk } = await compressBundle({ 'content.js': { type: 'chunk', code: SOURCE, fileName: 'content.js' } });
    expect(chunk!.code).toMatch(/^var content=\(function\(\)\{/);
    expect(chunk!.code).toMatch(/\}\)\(\);$/);
  });

  it('leaves assets alone', async () => {
    const bundle = await compressBundle({ 'content.css': { type: 'asset', fileName: 'content.css' } });
    expect(bundle['content.css']).toEqual({ type: 'asset', fileName: 'content.css' });
  });

  it('leaves a build that asks for no minifying as written (the profiling tools read its names)', async () => {
    const { 'content.js': chunk } = await compressBundle({ 'content.js': { type: 'chunk', code: SOURCE, fileName: 'content.js' } }, false);
    expect(chunk!.code).toBe(SOURCE);
  });
});
