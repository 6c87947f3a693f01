import { describe, expect, it } from 'vitest';
import { collapseCssWhitespace, collapseTemplateWhitespace } from '../../../tooling/collapse-css-whitespace';
import { WARNING_COVER_CSS } from '../../../components/cover/warning-cover-styles';

// The cover's stylesheet ships in the content script with its line breaks, the spaces beside
// braces, semicolons and commas and those after colons taken out at build time; what it says
// must stay the same.
describe('collapsing the cover stylesheet at build time', () => {
  it('joins lines and drops the space beside braces, semicolons and commas and after colons, nothing else', () => {
    const css = '\n.a .b:hover, .c :focus {\n  color: red; font: 14px "Segoe UI", sans-serif;\n}\n@media (max-width: 9px) { p { margin: 0 1px; } }\n';
    expect(collapseTemplateWhitespace(`const X = \`${css}\`;`)).toBe(
      'const X = ` .a .b:hover,.c :focus{color:red;font:14px "Segoe UI",sans-serif;}@media (max-width:9px){p{margin:0 1px;}}`;',
    );
  });

  it('keeps every rule of the cover stylesheet, word for word', () => {
    const collapsed = collapseTemplateWhitespace(`\`${WARNING_COVER_CSS}\``).slice(1, -1);
    // A colon keeps what stands before it (`.a :hover` is not `.a:hover`), so a word that ends
    // in one and a lone colon stay apart.
    const words = (css: string) => css.replace(/\s*([{};,])\s*/g, ' $1 ').replace(/:\s*/g, ': ').split(/\s+/).filter(Boolean);
    expect(words(collapsed)).toEqual(words(WARNING_COVER_CSS));
    expect(collapsed).not.toContain('\n');
    expect(collapsed.length).toBeLessThan(WARNING_COVER_CSS.length - 450);
  });

  it('touches only the files it is given', () => {
    const plugin = collapseCssWhitespace(/warning-cover-styles\.ts$/);
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('const X = `a {\n b; }`;', '/src/other.ts')).toBeNull();
    expect(transform('const X = `a {\n b; }`;', '/src/components/cover/warning-cover-styles.ts')?.code).toBe('const X = `a{b;}`;');
  });
});
