/** Longest file name kept: a slug names the picture in its first words. */
const FILE_NAME_CAP = 160;

/**
 * The last path segment of a picture's URL, decoded where it decodes (its first 160 characters),
 * or undefined when the path ends in a slash. The page's <img> and a CSS background picture are
 * named alike.
 */
export function urlFileName(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (!last) return undefined;
  try {
    return decodeURIComponent(last).slice(0, FILE_NAME_CAP);
  } catch {
    return last.slice(0, FILE_NAME_CAP);
  }
}
