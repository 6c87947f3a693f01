import { describe, expect, it } from 'vitest';
import { WARNING_COVER_CSS } from '../../../components/cover/warning-cover-styles';

// Every line of words on a cover is readable on its surface in both schemes (WCAG AA, 4.5:1):
// the cover is light in a light scheme and dark otherwise, so a colour chosen for one surface
// must be overridden for the other. Read from the stylesheet the cover ships.

type Rules = Map<string, Map<string, string>>;

/** Selector → declarations of the plain rules in `css` (no nesting), later rules winning. */
function rulesOf(css: string): Rules {
  const rules: Rules = new Map();
  for (const [, selectors, body] of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    for (const selector of selectors!.split(',').map((s) => s.trim())) {
      const declarations = rules.get(selector) ?? new Map<string, string>();
      for (const declaration of body!.split(';')) {
        const [name, ...value] = declaration.split(':');
        if (name?.trim() && value.length) declarations.set(name.trim(), value.join(':').trim());
      }
      rules.set(selector, declarations);
    }
  }
  return rules;
}

/** The body of the first `@media (…)` block with this condition. */
function mediaBlock(css: string, condition: string): string {
  const start = css.indexOf(`@media (${condition})`);
  const open = css.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error(`no @media (${condition})`);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const base = (() => {
  const media = /@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|@container[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g;
  return rulesOf(WARNING_COVER_CSS.replace(media, ''));
})();
const light = rulesOf(mediaBlock(WARNING_COVER_CSS, 'prefers-color-scheme: light'));

/** A declaration of a class in a scheme: the light scheme's override first, then the base rule. */
function declared(selector: string, property: string, scheme: 'light' | 'dark'): string | undefined {
  return (scheme === 'light' ? light.get(selector)?.get(property) : undefined) ?? base.get(selector)?.get(property);
}

describe('cover text contrast', () => {
  it.each(['light', 'dark'] as const)('every line of words is readable on the %s surface', (scheme) => {
    const surface = declared('.cover', 'background', scheme)!;
    const text = declared('.cover', 'color', scheme)!;
    for (const line of ['.heading', '.labels', '.reason', '.short', '.notice']) {
      const color = declared(line, 'color', scheme) ?? text;
      expect(contrast(color, surface), `${line} ${color} on ${surface} (${scheme})`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
