// What releases a decided picture from the hold. The mark (data-forewarn="safe|revealed") is
// there for people and tests to read; a page can write it too, so it releases nothing by itself
// once the guard's own hold sheet is in place (hold-sheet.ts). That sheet releases only pictures
// that carry this attribute, whose name is chosen at random each time this script starts: a page
// that forges marks (issue 16.4) cannot name it in advance. A page that reads it off a released
// picture and copies it could release a covered one, but such a page could as well draw the
// picture itself under another address: the guard does not defend against that.

// Math.random rather than crypto: the page cannot read this world's generator, so its numbers
// are as unknown to the page as crypto's, and a frame's first touch of `crypto` builds its
// bindings (~2 ms in the profile of a text-only page, paid in every page and frame).
function randomSuffix(): string {
  return Math.floor(Math.random() * 2 ** 48)
    .toString(16)
    .padStart(12, '0');
}

/** Present (empty) on a picture Forewarn released (safe or revealed). data-fw-*: the reading view's snapshot strips it. */
export const RELEASE_ATTRIBUTE = `data-fw-r${randomSuffix()}`;
