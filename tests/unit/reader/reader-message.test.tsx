// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderMessage, type ReaderProblem } from '../../../components/reader/reader-message';
import { readerEnglish } from '../../../utils/reader/reader-wording';

// Each reason the reading view has no article gets its own heading and advice, in the reader's
// English fallback and in the shipped English locale alike.

const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

const locale = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const problems: ReaderProblem[] = ['no-article', 'unreachable', 'invalid', 'too-large', 'missing', 'navigated', 'slow'];

describe('ReaderMessage', () => {
  it.each(problems)('says what happened when the problem is %s, with the way back', (problem) => {
    render(<ReaderMessage problem={problem} url="https://news.example/story" t={readerEnglish} />, host);
    const key = `reader_msg_${problem.replace(/-/g, '_')}`;
    const heading = host.querySelector('h1')?.textContent;
    expect(heading).toBe(locale[`${key}_heading`]?.message);
    expect(host.querySelector('p')?.textContent).toBe(locale[`${key}_body`]?.message);
    expect(host.querySelector('a')?.getAttribute('href')).toBe('https://news.example/story');
  });

  it('tells a page that moved on apart from one Forewarn cannot reach', () => {
    render(<ReaderMessage problem="navigated" t={readerEnglish} />, host);
    const navigated = host.textContent;
    render(<ReaderMessage problem="unreachable" t={readerEnglish} />, host);
    expect(navigated).not.toBe(host.textContent);
    expect(navigated).toContain('moved on');
  });
});
