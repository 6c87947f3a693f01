import { describe, expect, it } from 'vitest';
import { fetchPicture, MAX_PICTURE_BYTES } from '../../../utils/reader/fetch-picture';

// The reader's own picture requests: no cookies, no referrer, and only pictures come back.

/** A fetch that answers with `response` and remembers how it was asked. */
function answering(response: () => Response) {
  const asked: { url: string; init?: RequestInit }[] = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    asked.push({ url, init });
    return response();
  }) as typeof fetch;
  return { asked, fetchFn };
}

const picture = () => new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } });

describe('fetchPicture', () => {
  it('asks without cookies or referrer and returns the picture', async () => {
    const { asked, fetchFn } = answering(picture);
    const blob = await fetchPicture('https://img.example/a.png', fetchFn);
    expect(blob.size).toBe(4);
    expect(asked).toEqual([{ url: 'https://img.example/a.png', init: expect.objectContaining({ credentials: 'omit', referrerPolicy: 'no-referrer' }) }]);
  });

  it('refuses what is not a picture, an error, something too large, and anything but http(s)', async () => {
    const page = answering(() => new Response('<script>x()</script>', { headers: { 'content-type': 'text/html' } }));
    await expect(fetchPicture('https://img.example/a.png', page.fetchFn)).rejects.toThrow(/not a picture/);
    const missing = answering(() => new Response('', { status: 404 }));
    await expect(fetchPicture('https://img.example/a.png', missing.fetchFn)).rejects.toThrow(/404/);
    const huge = answering(() => new Response('x', { headers: { 'content-type': 'image/jpeg', 'content-length': String(MAX_PICTURE_BYTES + 1) } }));
    await expect(fetchPicture('https://img.example/a.jpg', huge.fetchFn)).rejects.toThrow(/too large/);
    const never = answering(picture);
    for (const url of ['blob:https://img.example/1', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'javascript:alert(1)']) {
      await expect(fetchPicture(url, never.fetchFn)).rejects.toThrow(/not a web address/);
    }
    expect(never.asked).toEqual([]);
  });
});
