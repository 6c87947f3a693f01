import { describe, expect, it } from 'vitest';
import { squash } from '../../../utils/detection/squash';

describe('squash', () => {
  it('lower-cases and leaves one space where anything but letters and digits was', () => {
    expect(squash('  Gaza: 12 dead — «Live» updates!  ')).toBe('gaza 12 dead live updates');
  });

  it('keeps letters of every script and their case folded', () => {
    expect(squash('Харків, ДСНС/фото')).toBe('харків дснс фото');
    expect(squash('غزة - صور')).toBe('غزة صور');
  });

  it('gives the empty string for text without letters or digits', () => {
    expect(squash(' — / … ')).toBe('');
  });
});
