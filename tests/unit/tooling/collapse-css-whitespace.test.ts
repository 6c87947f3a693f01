import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapseCssWhitespace, collapseTemplateWhitespace } from '../../../tooling/collapse-css-whitespace';
import { WARNING_COVER_CSS } from '../../../components/cover/warning-cover-styles';

// The cover's stylesheet ships in the content script with its line breaks, the spaces beside
// braces, semicolons and commas and those after colons taken out at build time; what it says
// must stay the same.
describe('collapsing the cover stylesheet at build time', () => {
  it('joins lines and drops the space beside braces, semicolons and commas and after colons, and a block\'s last semicolon, nothing else', () => {
    const css = '\n.a .b:hover, .c :focus {\n  color: red; font: 14px "Segoe UI", sans-serif;\n}\n@media (max-width: 9px) { p { margin: 0 1px; } }\n';
    expect(collapseTemplateWhitespace(`const X = \`${css}\`;`)).toBe(
      'const X = ` .a .b:hover,.c :focus{color:red;font:14px "Segoe UI",sans-serif}@media (max-width:9px){p{margin:0 1px}}`;',
    );
  });

  it('keeps every rule of the cover stylesheet, word for word', () => {
    const collapsed = collapseTemplateWhitespace(`\`${WARNING_COVER_CSS}\``).slice(1, -1);
    // A colon keeps what stands before it (`.a :hover` is not `.a:hover`), so a word that ends
    // in one and a lone colon stay apart.
    const words = (css: string) => css.replace(/;\s*}/g, '}').replace(/\s*([{};,])\s*/g, ' $1 ').replace(/:\s*/g, ': ').split(/\s+/).filter(Boolean);
    expect(words(collapsed)).toEqual(words(WARNING_COVER_CSS));
    expect(collapsed).not.toContain('\n');
    expect(collapsed.length).toBeLessThan(WARNING_COVER_CSS.length - 450);
  });

  it('leaves a substitution as written, with the space between it and a word', () => {
    const code = 'const X = `\nfigure svg${NOT_DECIDED} image, a${B} {\n  color: ${C};\n}\n`;';
    expect(collapseTemplateWhitespace(code)).toBe('const X = ` figure svg${NOT_DECIDED} image,a${B}{color:${C}}`;');
  });

  it('keeps every hold rule, word for word', () => {
    const source = readFileSync(resolve('utils/dom/hold-sheet.ts'), 'utf8');
    const rules = (code: string) => code.slice(code.indexOf('HOLD_RULES = `') + 14, code.indexOf('`;', code.indexOf('HOLD_RULES = `')));
    const words = (css: string) => css.replace(/;\s*}/g, '}').replace(/\s*([{};,])\s*/g, ' $1 ').replace(/:\s*/g, ': ').split(/\s+/).filter(Boolean);
    const collapsed = rules(collapseTemplateWhitespace(source));
    expect(words(collapsed)).toEqual(words(rules(source)));
    expect(collapsed).toContain('figure svg${UNDECIDED} image,');
  });

  it('touches only the files it is given', () => {
    const plugin = collapseCssWhitespace(/warning-cover-styles\.ts$/);
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('const X = `a {\n b; }`;', '/src/other.ts')).toBeNull();
    expect(transform('const X = `a {\n b; }`;', '/src/components/cover/warning-cover-styles.ts')?.code).toBe('const X = `a{b}`;');
  });
});
