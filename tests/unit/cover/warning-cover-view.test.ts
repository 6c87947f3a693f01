// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WarningCoverView, type WarningCoverProps } from '../../../components/cover/warning-cover';
import { englishTranslate } from '../../../utils/cover-wording';

let mountPoint: HTMLElement;
let onReveal: ReturnType<typeof vi.fn<() => void>>;
let onHide: ReturnType<typeof vi.fn<() => void>>;

function props(changes: Partial<WarningCoverProps> = {}): WarningCoverProps {
  return {
    state: 'covered',
    labels: ['Dead bodies', 'Torture or abuse'],
    short: 'Bodies · Torture',
    reason: 'Caption mentions bodies',
    coverAll: false,
    graphic: true,
    t: englishTranslate,
    onReveal,
    onHide,
    ...changes,
  };
}

/** A click as a reader's own: happy-dom's click() is untrusted, as a page script's is. */
function trustedClick(button: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button.dispatchEvent(event);
}

const texts = () => Array.from(mountPoint.querySelectorAll('p'), (p) => `${p.className}:${p.textContent}`);

beforeEach(() => {
  document.body.innerHTML = '<div id="mount"></div>';
  mountPoint = document.getElementById('mount')!;
  onReveal = vi.fn<() => void>();
  onHide = vi.fn<() => void>();
});

describe('WarningCoverView', () => {
  it('says what it hides, in reading order, and names its button after it', () => {
    new WarningCoverView(mountPoint).paint(props());
    const cover = mountPoint.querySelector('.cover')!;
    expect(cover.getAttribute('role')).toBe('group');
    expect(cover.getAttribute('aria-label')).toBe(englishTranslate('cover_group'));
    expect(texts()).toEqual([
      `heading:${englishTranslate('cover_heading')}`,
      'labels:Dead bodies · Torture or abuse',
      'reason:Caption mentions bodies',
      'short:Bodies · Torture',
      'notice:',
    ]);
    const show = mountPoint.querySelector('button.show')!;
    expect(show.getAttribute('aria-label')).toBe(englishTranslate('cover_show_named', ['Dead bodies, Torture or abuse']));
    expect(mountPoint.querySelector('.short')!.getAttribute('aria-hidden')).toBe('true');
    expect(mountPoint.querySelector('.notice')!.getAttribute('role')).toBe('status');
    expect(mountPoint.querySelector('.content')!.getAttribute('title')).toBe(
      `${englishTranslate('cover_heading')} — Dead bodies · Torture or abuse — Caption mentions bodies`,
    );
  });

  it('calls a picture graphic only when its words named a graphic category', () => {
    const view = new WarningCoverView(mountPoint);
    view.paint(props({ labels: ['May be distressing'], short: 'May be distressing', graphic: false, reason: 'Caption mentions mourners' }));
    expect(texts()[0]).toBe(`heading:${englishTranslate('cover_heading_all')}`);
    expect(mountPoint.querySelector('button.show')!.getAttribute('aria-label')).toBe('Show image: May be distressing');
    view.paint(props());
    expect(texts()[0]).toBe(`heading:${englishTranslate('cover_heading')}`);
  });

  it('leaves out labels and reason it does not have, and puts them back in order', () => {
    const view = new WarningCoverView(mountPoint);
    view.paint(props({ labels: [], reason: '', coverAll: true }));
    expect(texts()).toEqual([`heading:${englishTranslate('cover_heading_all')}`, 'short:Bodies · Torture', 'notice:']);
    expect(mountPoint.querySelector('button.show')!.getAttribute('aria-label')).toBe(englishTranslate('cover_show_all_mode'));
    view.paint(props({ reason: 'Caption mentions bodies', labels: [] }));
    view.paint(props());
    expect(texts().map((t) => t.split(':')[0])).toEqual(['heading', 'labels', 'reason', 'short', 'notice']);
  });

  it('repaints words in place: the focused button stays the same element and keeps focus', () => {
    const view = new WarningCoverView(mountPoint);
    view.paint(props());
    const show = mountPoint.querySelector<HTMLButtonElement>('button.show')!;
    show.focus();
    view.paint(props({ notice: 'Something on the page is over this button' }));
    expect(mountPoint.querySelector('button.show')).toBe(show);
    expect(document.activeElement).toBe(show);
    expect(mountPoint.querySelector('.notice')!.textContent).toBe('Something on the page is over this button');
  });

  it('acts only on trusted clicks, with the handlers of its latest paint', () => {
    const view = new WarningCoverView(mountPoint);
    view.paint(props());
    const show = mountPoint.querySelector<HTMLButtonElement>('button.show')!;
    show.click();
    expect(onReveal).not.toHaveBeenCalled();
    const later = vi.fn<() => void>();
    view.paint(props({ onReveal: later }));
    trustedClick(show);
    expect(onReveal).not.toHaveBeenCalled();
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('draws the Hide image control once revealed, and the warning again once hidden', () => {
    const view = new WarningCoverView(mountPoint);
    view.paint(props());
    view.paint(props({ state: 'revealed' }));
    expect(mountPoint.querySelector('.cover')).toBeNull();
    const hide = mountPoint.querySelector('.revealed button.hide')!;
    expect(hide.getAttribute('aria-label')).toBe(englishTranslate('cover_hide_named'));
    expect(hide.textContent).toBe(englishTranslate('cover_hide'));
    expect(hide.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    trustedClick(hide);
    expect(onHide).toHaveBeenCalledTimes(1);
    view.paint(props());
    expect(mountPoint.querySelector('.revealed')).toBeNull();
    expect(mountPoint.querySelector('.cover button.show')).not.toBeNull();
    view.clear();
    expect(mountPoint.childElementCount).toBe(0);
  });

  it('writes the warning in the browser language\'s direction, not the page\'s', () => {
    const arabic = (key: string, substitutions?: string[]) =>
      key === '@@bidi_dir' ? 'rtl' : englishTranslate(key, substitutions);
    new WarningCoverView(mountPoint).paint(props({ t: arabic }));
    expect(mountPoint.querySelector('.cover')!.getAttribute('dir')).toBe('rtl');
    mountPoint.replaceChildren();
    new WarningCoverView(mountPoint).paint(props());
    expect(mountPoint.querySelector('.cover')!.getAttribute('dir')).toBe('ltr');
  });
});
