// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mediaSignature } from '../../../utils/dom/media-signature';

describe('mediaSignature', () => {
  it('changes when a lazy loader swaps data-src into src', () => {
    document.body.innerHTML = '<img id="a" src="placeholder.gif" data-src="photo.jpg">';
    const img = document.getElementById('a')!;
    const before = mediaSignature(img);
    img.setAttribute('src', 'photo.jpg');
    img.removeAttribute('data-src');
    expect(mediaSignature(img)).not.toBe(before);
  });

  it('changes when a <source> of the picture changes, not when the img\'s class does', () => {
    document.body.innerHTML = '<picture><source id="s" srcset="a.webp" type="image/webp"><img id="a" src="a.jpg"></picture>';
    const img = document.getElementById('a')!;
    const before = mediaSignature(img);
    img.setAttribute('class', 'loaded');
    expect(mediaSignature(img)).toBe(before);
    document.getElementById('s')!.setAttribute('srcset', 'b.webp');
    expect(mediaSignature(img)).not.toBe(before);
  });

  it('covers a video\'s poster and its sources', () => {
    document.body.innerHTML = '<video id="v" poster="p.jpg"><source src="a.mp4"></video>';
    const video = document.getElementById('v')!;
    const before = mediaSignature(video);
    video.querySelector('source')!.setAttribute('src', 'b.mp4');
    expect(mediaSignature(video)).not.toBe(before);
  });
});
