// What releases a decided picture from the hold. The mark (data-forewarn="safe|revealed") is
// there for people and tests to read; a page can write it too, so it releases nothing by itself
// once the guard's own hold sheet is in place (hold-sheet.ts). That sheet releases only pictures
// that carry this attribute, whose name is chosen at random each time this script starts: a page
// that forges marks (issue 16.4) cannot name it in advance. A page that reads it off a released
// picture and copies it could release a covered one, but such a page could as well draw the
// picture itself under another address: the guard does not defend against that.

function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Present (empty) on a picture Forewarn released (safe or revealed). data-fw-*: the reading view's snapshot strips it. */
export const RELEASE_ATTRIBUTE = `data-fw-r${randomSuffix()}`;
