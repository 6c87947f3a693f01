import { describe, expect, it } from 'vitest';
import {
  LOCAL_FILES_KEY,
  displaySiteKey,
  siteKey,
  siteKeyChain,
  siteKeyCovers,
} from '../../../utils/settings/site-key';

describe('siteKey', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['WWW.example.com.', 'example.com'],
    ['https://www.example.com:8443/news/a?b#c', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['http://127.0.0.1:41234/page.html', '127.0.0.1'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://www.bücher.de/', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['file:///home/reader/article.html', LOCAL_FILES_KEY],
    ['www', 'www'],
    ['www.com', 'www.com'],
    ['localhost:3000', 'localhost'],
    ['http://[::1]:8080/', '[::1]'],
    ['my_host.example', 'my_host.example'],
  ])('%s → %s', (input, key) => {
    expect(siteKey(input)).toBe(key);
  });

  it.each([
    ['1.2.3', '1.2.0.3'],
    ['0x7f.1', '127.0.0.1'],
    ['example.com:65535', 'example.com'],
    ['xn--bcher-kva.de:8080', 'xn--bcher-kva.de'],
    ['www.example.com.:8443', 'example.com'],
    ['a..b.example', null],
    ['example.com:65536', null],
  ])('a host that looks plain but is not: %s → %s', (input, key) => {
    expect(siteKey(input)).toBe(key);
  });

  it('reads a plain location.host without parsing a URL', () => {
    // A page's first URL parse costs milliseconds in a new isolated world; location.host needs none.
    const realUrl = globalThis.URL;
    globalThis.URL = class {
      constructor() {
        throw new Error('URL parsed');
      }
    } as unknown as typeof URL;
    try {
      expect(['news.example.com', 'www.example.co.uk:8443', 'localhost:3000', 'a-b.example.'].map(siteKey)).toEqual([
        'news.example.com',
        'example.co.uk',
        'localhost',
        'a-b.example',
      ]);
    } finally {
      globalThis.URL = realUrl;
    }
  });

  it.each(['', '   ', 'not a host name!', 'http://a%20b.example/', 'exa mple.com', '-bad-.example', 'about:blank', 'chrome://extensions', 'chrome-extension://abc/popup.html', 'data:text/html,hi', 'http://'])(
    'names no site: %j',
    (input) => {
      expect(siteKey(input)).toBeNull();
    },
  );
});

describe('siteKeyChain and dot-boundary matching', () => {
  it('walks up on dot boundaries, most specific first', () => {
    expect(siteKeyChain('news.example.com')).toEqual(['news.example.com', 'example.com', 'com']);
  });
  it('example.com covers news.example.com but not badexample.com', () => {
    expect(siteKeyCovers('example.com', 'news.example.com')).toBe(true);
    expect(siteKeyCovers('example.com', 'example.com')).toBe(true);
    expect(siteKeyCovers('example.com', 'badexample.com')).toBe(false);
    expect(siteKeyCovers('news.example.com', 'example.com')).toBe(false);
  });
  it('does not split IP addresses or local files', () => {
    expect(siteKeyChain('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(siteKeyChain(LOCAL_FILES_KEY)).toEqual([LOCAL_FILES_KEY]);
  });
});

describe('displaySiteKey', () => {
  it.each(['bücher.de', 'münchen.example', 'موقع.وزارة-الاتصالات.مصر', 'пример.рф', '例え.テスト', 'news.example.com'])(
    'round-trips %s through punycode',
    (unicode) => {
      const key = siteKey(unicode)!;
      expect(key).toMatch(/^\p{ASCII}+$/u);
      expect(displaySiteKey(key)).toBe(unicode.normalize('NFC').toLowerCase());
    },
  );
});
