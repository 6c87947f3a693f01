import type { RevealStyle } from '../settings/effective-settings';
import { RELEASE_ATTRIBUTE } from './release-attribute';
import { REVEAL_STYLES, revealFilter } from '../settings/reveal-filter';

// What Forewarn writes on a picture element itself. The mark releases it from the hold
// stylesheet (hold-media.css: safe and revealed are painted, anything else is not); a covered
// picture also gets the hold inline, which beats any page stylesheet, and is hidden from screen
// readers (its cover speaks instead); a revealed one may be shown greyscale or dimmed.

export const STATE_ATTRIBUTE = 'data-forewarn';
/** On <html> while the site is off: the hold stylesheet then holds nothing. */
export const OFF_ATTRIBUTE = 'data-forewarn-off';

export type PictureMark = 'covered' | 'safe' | 'revealed';

/** Inline hold on a covered picture: inline !important beats any page stylesheet. */
const COVERED_INLINE: [string, string][] = [
  ['visibility', 'hidden'],
  ['opacity', '0'],
];

/** Sets (or with null removes) an attribute, writing only a change: each write is a mutation record. */
export function setAttributeValue(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** The mark, and the secret release attribute that really lets a safe or revealed picture paint. */
export function setMark(el: Element, mark: PictureMark | null): void {
  setAttributeValue(el, STATE_ATTRIBUTE, mark);
  setAttributeValue(el, RELEASE_ATTRIBUTE, mark === 'safe' || mark === 'revealed' ? '' : null);
}

/** Whether the element's release attribute is as its mark should have it (the page may strip or copy it). */
export function releaseIntact(el: Element, mark: PictureMark | null): boolean {
  return el.hasAttribute(RELEASE_ATTRIBUTE) === (mark === 'safe' || mark === 'revealed');
}

export function setCoveredInline(el: HTMLElement, on: boolean): void {
  // Nothing inline to take off (most pictures): one attribute read instead of four style reads.
  if (!on && !el.hasAttribute('style')) return;
  for (const [name, value] of COVERED_INLINE) {
    if (on) {
      if (el.style.getPropertyValue(name) !== value || el.style.getPropertyPriority(name) !== 'important') {
        el.style.setProperty(name, value, 'important');
      }
    } else if (el.style.getPropertyValue(name) === value && el.style.getPropertyPriority(name)) {
      el.style.removeProperty(name);
    }
  }
}

export function hasCoveredInline(el: HTMLElement): boolean {
  return COVERED_INLINE.every(
    ([name, value]) => el.style.getPropertyValue(name) === value && el.style.getPropertyPriority(name) === 'important',
  );
}

export function hasRevealStyle(el: HTMLElement, style: RevealStyle): boolean {
  const filter = revealFilter(style);
  return el.style.getPropertyValue('filter') === (filter === 'none' ? '' : filter);
}

/** Shows a revealed picture as the reader chose (as it is, greyscale, dimmed); 'full' clears it. */
export function setRevealStyle(el: HTMLElement, style: RevealStyle): void {
  const filter = revealFilter(style);
  if (filter !== 'none') {
    if (el.style.getPropertyValue('filter') !== filter) el.style.setProperty('filter', filter, 'important');
  } else if (el.hasAttribute('style') && REVEAL_STYLES.some((other) => revealFilter(other) === el.style.getPropertyValue('filter'))) {
    // Only our own filters: a page's filter on its picture is not ours to remove.
    el.style.removeProperty('filter');
  }
}
