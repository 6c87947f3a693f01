// How the reading view fetches a picture: itself, never through an <img src> pointed at the web.
// An extension page's own image requests carry every cookie the browser holds for the picture's
// site, Lax and Strict included (measured in Chromium 156 MV3 and Firefox ESR 153 MV2), so the
// third party would learn who is reading. fetch with credentials 'omit' sends no cookie, and, with
// the extension's host access, no Origin and no Referer either; the picture is then shown from a
// blob: URL. Only pictures the page itself had loaded are asked for (pictures-page-loaded.ts).

/** Larger than any news picture; a bigger answer is not drawn. */
export const MAX_PICTURE_BYTES = 25 * 1024 * 1024;

/** Content types a picture may arrive with; anything else (a page, a script) is not drawn. */
const PICTURE_TYPE = /^(image\/|application\/octet-stream|binary\/octet-stream|$)/i;

export const PICTURE_REQUEST: RequestInit = {
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  redirect: 'follow',
};

export async function fetchPicture(url: string, fetchFn: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<Blob> {
  if (!/^https?:/i.test(url)) throw new Error(`not a web address: ${url}`);
  const response = await fetchFn(url, PICTURE_REQUEST);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const type = response.headers.get('content-type') ?? '';
  if (!PICTURE_TYPE.test(type.trim())) throw new Error(`not a picture (${type}): ${url}`);
  if (Number(response.headers.get('content-length') ?? 0) > MAX_PICTURE_BYTES) throw new Error(`too large: ${url}`);
  const blob = await response.blob();
  if (blob.size > MAX_PICTURE_BYTES) throw new Error(`too large: ${url}`);
  return blob;
}
