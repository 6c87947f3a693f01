// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { backgroundUrl, withInnerText } from '../../../utils/dom/background-picture';
import { BACKGROUND_SELECTOR } from '../../../utils/dom/media-selectors';
import { HOLD_RULES } from '../../../utils/dom/hold-sheet';

describe('backgroundUrl', () => {
  it('reads the first url() of a computed background-image, quoted or not', () => {
    expect(backgroundUrl('url("https://x.test/a.jpg")')).toBe('https://x.test/a.jpg');
    expect(backgroundUrl("url('b.svg'), linear-gradient(red, blue)")).toBe('b.svg');
    expect(backgroundUrl('linear-gradient(rgba(0,0,0,.5), transparent), url(c.png)')).toBe('c.png');
  });

  it('has no picture for none or gradients only', () => {
    expect(backgroundUrl('none')).toBeUndefined();
    expect(backgroundUrl('linear-gradient(red, blue)')).toBeUndefined();
  });
});

describe('withInnerText', () => {
  it('adds the element\'s own caption and the picture\'s file name to its context', () => {
    document.body.innerHTML = '<div id="hero"><p class="hero-caption">Human remains in a mass grave.</p></div>';
    const context = withInnerText({ placement: 'lead' }, document.getElementById('hero')!, 'https://x.test/img/grave%20site.jpg?w=800');
    expect(context.caption).toBe('Human remains in a mass grave.');
    expect(context.fileName).toBe('grave site.jpg');
  });

  it('keeps a caption found outside and reads no text from large containers', () => {
    document.body.innerHTML = `<div id="wrap">${'<span>x</span>'.repeat(10)}</div>`;
    const context = withInnerText({ caption: 'Outer caption' }, document.getElementById('wrap')!, 'data:image/png;base64,AAA');
    expect(context.caption).toBe('Outer caption');
    expect(context.fileName).toBeUndefined();
  });
});

describe('the hold rules', () => {
  it('hold-media.css holds exactly the background candidates the guard looks at', () => {
    const css = readFileSync('entrypoints/content/hold-media.css', 'utf8').replace(/'/g, '"');
    expect(css).toContain(`:is(${BACKGROUND_SELECTOR})`);
    expect(HOLD_RULES).toContain(`:is(${BACKGROUND_SELECTOR})`);
  });

  it('hide a candidate\'s background by its size, leaving background-image readable while held', () => {
    const css = readFileSync('entrypoints/content/hold-media.css', 'utf8');
    for (const rules of [css, HOLD_RULES]) {
      expect(rules).toContain('background-size: 0 0 !important;');
      // What the guard reads to know which picture an element shows is never overridden.
      expect(rules).not.toMatch(/background-image\s*:/);
    }
  });
});
