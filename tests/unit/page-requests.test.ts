import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../utils/messages';
import { PAGE_REQUEST_TYPES, parsePageRequest } from '../../utils/page-requests';

// The content script's own parse of what it is asked, held to the declared messages.

describe('parsePageRequest', () => {
  it.each(PAGE_REQUEST_TYPES)('accepts %s, as messages.ts declares it', (type) => {
    expect(parseMessage({ type })).toEqual({ type });
    expect(parsePageRequest({ type })).toEqual({ type });
    // Extra fields a sender adds are not carried along.
    expect(parsePageRequest({ type, tabId: 3, html: '<img>' })).toEqual({ type });
  });

  it('ignores what a page script or another context may send', () => {
    for (const raw of [
      null,
      undefined,
      'forewarn:reveal-all',
      42,
      {},
      { type: 'forewarn:open-reader', tabId: 1 },
      { type: 'forewarn:get-lexicons', langs: ['en'] },
      { type: 'FOREWARN:REVEAL-ALL' },
      { type: ['forewarn:reveal-all'] },
    ]) {
      expect(parsePageRequest(raw)).toBeNull();
    }
  });
});
