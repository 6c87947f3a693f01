import { describe, expect, it } from 'vitest';
import { urlFileName } from '../../../utils/dom/url-file-name';

describe('urlFileName', () => {
  it("names a picture by its URL's last path segment, decoded, without query or fragment", () => {
    expect(urlFileName('https://cdn.example/2024/05/bucha-mass-grave.jpg?w=800#top')).toBe('bucha-mass-grave.jpg');
    expect(urlFileName('/img/%D0%B1%D1%83%D1%87%D0%B0.jpg')).toBe('буча.jpg');
    expect(urlFileName('photo.png')).toBe('photo.png');
  });

  it('keeps a segment that does not decode as written, and cuts it to 160 characters', () => {
    expect(urlFileName('https://cdn.example/100%-bad.jpg')).toBe('100%-bad.jpg');
    expect(urlFileName(`https://cdn.example/${'a'.repeat(200)}.jpg`)).toBe('a'.repeat(160));
  });

  it('names nothing for a path that ends in a slash', () => {
    expect(urlFileName('https://cdn.example/gallery/')).toBeUndefined();
    expect(urlFileName('?id=5')).toBeUndefined();
  });
});
