import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toolbarState } from '../../../utils/toolbar-badge';

// What the toolbar button shows for a page (issue 15.4), in the words of the real locale files.

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
function translateFrom(lang: string) {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, Entry>;
  return (key: string, substitutions: string[] = []) => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? ''),
    );
  };
}

describe('toolbarState', () => {
  const en = translateFrom('en');

  it('counts the covered pictures on the badge, and says so in the tooltip', () => {
    expect(toolbarState({ covered: 3, revealed: 1, mode: 'detect' }, en)).toEqual({
      text: '3',
      title: 'Forewarn: 3 images are covered on this page.',
      off: false,
    });
    expect(toolbarState({ covered: 1, revealed: 0, mode: 'cover-all' }, en).title).toBe('Forewarn: 1 image is covered on this page.');
  });

  it('shows no count for none, or while a page loads', () => {
    expect(toolbarState({ covered: 0, revealed: 4, mode: 'detect' }, en)).toEqual({ text: '', title: 'Forewarn', off: false });
    expect(toolbarState(null, en)).toEqual({ text: '', title: 'Forewarn', off: false });
  });

  it('greys the icon and shows no count where Forewarn is off', () => {
    expect(toolbarState({ covered: 0, revealed: 0, mode: 'off' }, en)).toEqual({ text: '', title: 'Forewarn is off for this site', off: true });
  });

  it('keeps to four characters, in the numbers of the UI language', () => {
    expect(toolbarState({ covered: 1234, revealed: 0, mode: 'detect' }, en).text).toBe('999+');
    const ar = translateFrom('ar');
    const state = toolbarState({ covered: 3, revealed: 0, mode: 'detect' }, ar);
    expect(state.text).toBe(new Intl.NumberFormat('ar').format(3));
    expect(state.title).toContain('صور مغطّاة');
  });
});
