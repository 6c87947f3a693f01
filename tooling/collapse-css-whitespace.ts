import type { Plugin } from 'vite';

// The cover's stylesheet is written one rule a line for people to read; in the content script,
// which every frame of every page parses, its line breaks and indentation are bytes of nothing.
// Inside the module's template literals, a run of whitespace holding a line break becomes one
// space, whitespace beside a brace, a semicolon or a comma goes, and so does whitespace after a
// colon: the same CSS, since no quoted string in it spans a line or holds a brace, a semicolon,
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

/** Every template literal of `code` with its line breaks made one space, no space beside `{`, `}`, `;` or `,`, none after `:`. */
export function collapseTemplateWhitespace(code: string): string {
  return code.replace(/`[^`]*`/g, (literal) =>
    literal
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':'),
  );
}
