// Questions about an element's children that stop after the few that matter. Browsers do not
// store an element's child count: `childElementCount` walks every child. Asked of each picture's
// parent on a grid of 20,000 sibling pictures, it made deciding quadratic (measured with a trace
// of the huge-page bench: ~9 s of the content script's self time, all in that one read).

/** Whether `el` has at most `max` element children; reads at most `max + 1` of them. */
export function hasAtMostChildren(el: Element, max: number): boolean {
  let seen = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (++seen > max) return false;
  }
  return true;
}

/** Whether `el` is its parent's only element child (false without a parent); constant time. */
export function isOnlyChild(el: Element): boolean {
  return el.parentElement !== null && !el.previousElementSibling && !el.nextElementSibling;
}
