import { COVER_TAG, type CoverContent, type CoverHandle } from '../../utils/dom/cover-handle';
import { WarningCoverView } from './warning-cover';
import { WARNING_COVER_CSS } from './warning-cover-styles';
import { placeCover, styleCoverHost, type CoverPlacement } from './place-cover';
import { ButtonSight } from './button-sight';

/**
 * Draws a warning over `media` inside a closed shadow root, so page scripts and styles cannot
 * reach its controls. The host is inserted right after `placeAfter` (the media, or its <picture>),
 * which also puts the warning before the caption in reading order for screen readers.
 */
export function mountCover(
  media: HTMLElement,
  placeAfter: Element,
  initial: CoverContent,
  win: Window & typeof globalThis,
): CoverHandle {
  // The media's own document: it may sit in a same-origin frame or a shadow root.
  const doc = media.ownerDocument;
  const host = doc.createElement(COVER_TAG);
  // No style read here: getComputedStyle right after the previous cover was inserted forced a
  // layout per cover (2 s on a 160-cover front page). A held picture is
  // visibility:hidden, so it never takes clicks from its cover whatever its z-index; only an
  // inline z-index is honoured, to stay above page layers drawn over the picture on purpose.
  // Thumbnails' compact form is chosen by container queries inside the shadow root.
  const zIndex = media.style.zIndex;
  const layer = /^-?\d+$/.test(zIndex) ? String(Number(zIndex) + 1) : '1';
  styleCoverHost(host, layer);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = WARNING_COVER_CSS;
  const mountPoint = doc.createElement('div');
  root.append(style, mountPoint);

  // A cover inside a link must not follow it, and page handlers must not see clicks on it.
  for (const type of ['click', 'auxclick', 'dblclick', 'mousedown', 'pointerdown', 'contextmenu']) {
    host.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type === 'click' || type === 'auxclick') event.preventDefault();
    });
  }

  // A reveal counts only if the reader could see the button (issue 16.3, button-sight.ts); a
  // refused one says why in the cover (a status, so screen readers hear it too).
  const sight = new ButtonSight(win, root);
  const showButton = () => mountPoint.querySelector('button.show');
  let pressedAt: { x: number; y: number } | undefined;
  host.addEventListener('pointerdown', (event) => (pressedAt = { x: event.clientX, y: event.clientY }));
  host.addEventListener('keydown', () => (pressedAt = undefined));
  for (const type of ['pointerover', 'focusin']) host.addEventListener(type, () => sight.watch(showButton()));
  let notice: string | undefined;
  const reveal = () => {
    const button = showButton();
    if (!button) return;
    void sight.seen(button, pressedAt).then((seen) => {
      if (seen) {
        notice = undefined;
        props.onReveal();
      } else {
        notice = props.t('cover_reveal_covered');
        paint(false);
      }
    });
  };

  let props: CoverContent = initial;
  const view = new WarningCoverView(mountPoint);
  const paint = (focus: boolean) => {
    view.paint({ ...props, onReveal: reveal, notice });
    // After a reveal or hide from the keyboard, focus stays in the cover: on its one button
    // ("Hide image" once revealed, "Show image" once covered again).
    if (focus) mountPoint.querySelector('button')?.focus();
  };

  host.setAttribute('data-forewarn-state', props.state);
  placeAfter.after(host);
  let placement: CoverPlacement = placeCover(media, host, win);
  paint(false);

  return {
    host,
    update(next, focus = false) {
      if (next.state && next.state !== props.state) {
        notice = undefined;
        if (next.state === 'revealed') sight.dispose();
      }
      props = { ...props, ...next };
      host.setAttribute('data-forewarn-state', props.state);
      paint(focus);
    },
    // Beside its picture (where screen readers meet it, and where its placement was measured),
    // and styled and anchored as Forewarn left it.
    aligned: () => host.previousSibling === placeAfter && placement.intact(),
    reattach() {
      if (host.previousSibling !== placeAfter) placeAfter.after(host);
      // The light-DOM contract (tests, the reading view's snapshot) reads the state here.
      host.setAttribute('data-forewarn-state', props.state);
      styleCoverHost(host, layer);
      placement.dispose();
      placement = placeCover(media, host, win, true);
    },
    remove() {
      sight.dispose();
      view.clear();
      placement.dispose();
      host.remove();
    },
  };
}
