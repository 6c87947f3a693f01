import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { manifestOptionsOutPlugin, withoutManifestOptions } from '../../../tooling/manifest-options-out';

// The content script's definition as WXT bundles it, minified: its manifest options are read by
// WXT from its own import of the entrypoint, so the built chunk keeps `main` alone.
const SOURCE = 'var content=function(){var o={matches:["http://*/*","https://*/*"],runAt:"document_start",allFrames:!0,cssInjectionMode:"manifest",main(t){return t.name+":"+JSON.stringify(t.options)}},n={matches:1};return(()=>{let{main:e,...t}=o;return e({name:"content",options:t})})()+n.matches}();';

const run = (code: string): unknown => new Function(`${code}\nreturn content;`)();
const parse = (text: string) => parseAst(text);

describe('manifest options left out of the content script', () => {
  it('keeps main alone in the definition, and nothing else of the chunk changes', () => {
    const { code, dropped } = withoutManifestOptions(SOURCE, parse);
    expect(dropped).toEqual(['matches', 'runAt', 'allFrames', 'cssInjectionMode']);
    expect(code).not.toContain('document_start');
    expect(code).toContain('o={main(t){');
    expect(code).toContain('n={matches:1}');
    expect(run(SOURCE)).toBe('content:{"matches":["http://*/*","https://*/*"],"runAt":"document_start","allFrames":true,"cssInjectionMode":"manifest"}1');
    expect(run(code)).toBe('content:{}1');
  });

  it('fails the build when the chunk holds no definition, or two', () => {
    expect(() => withoutManifestOptions('var content=function(){return{main(){}}}();', parse)).toThrow(/found 0/);
    const twice = 'var a={matches:[],main(){}},b={matches:[],main(){}};';
    expect(() => withoutManifestOptions(twice, parse)).toThrow(/found 2/);
  });

  it('fails the build on an option that is not a constant', () => {
    expect(() => withoutManifestOptions('var o={matches:f(),main(){}};', parse)).toThrow(/matches is not a constant/);
  });

  it('runs with the other generateBundle hooks first, on chunks only', () => {
    const plugin = manifestOptionsOutPlugin();
    const hook = plugin.generateBundle as { order: string; handler: (this: { parse: (code: string) => unknown }, options: unknown, bundle: Record<string, { type: string; code?: string }>) => void };
    expect(hook.order).toBe('pre');
    const bundle = { 'content.js': { type: 'chunk', code: SOURCE }, 'content.css': { type: 'asset' } };
    hook.handler.call({ parse }, {}, bundle);
    expect(bundle['content.js'].code).not.toContain('runAt');
    expect(bundle['content.css']).toEqual({ type: 'asset' });
  });
});
