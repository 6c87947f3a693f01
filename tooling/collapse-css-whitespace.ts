import type { Plugin } from 'vite';

// The cover's stylesheet (and the hold rules, hold-sheet.ts, and the rule that makes a page
// hit-testable, button-sight.ts) is written one rule a line for people to read; in the content script,
// which every frame of every page parses, its line breaks and indentation are bytes of nothing.
// Inside the module's template literals, a run of whitespace holding a line break becomes one
// space, whitespace beside a brace, a semicolon or a comma goes, and so does whitespace after a
// colon and the semicolon that ends a block's last declaration (optional in CSS): the same CSS, since no quoted string in it spans a line or holds a brace, a semicolon,
// a comma or a colon (the space before a colon stays: in a selector it separates a descendant
// from a pseudo-class; after one, in a declaration or a media feature, it separates nothing).
export function collapseCssWhitespace(files: RegExp): Plugin {
  return {
    name: 'forewarn:collapse-css-whitespace',
    transform(code, id) {
      if (!files.test(id)) return null;
      return { code: collapseTemplateWhitespace(code), map: null };
    },
  };
}

/**
 * Every template literal of `code` with its line breaks made one space, no space beside `{`, `}`,
 * `;` or `,`, none after `:`, no `;` before `}`. A substitution (`${NAME}`) is left as written, its closing brace
 * is not the stylesheet's, and a space between it and a word stays: it may part a selector from
 * the next (`figure svg${NOT_DECIDED} image`).
 */
export function collapseTemplateWhitespace(code: string): string {
  return code.replace(/`[^`]*`/g, (literal) =>
    literal
      .split(/(\$\{[^}]*\})/)
      .map((piece, i) => (i % 2 ? piece : collapseCss(piece)))
      .join(''),
  );
}

function collapseCss(css: string): string {
  return css
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}
