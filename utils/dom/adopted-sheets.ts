// A root's adopted style sheets, from a content script in every engine. Firefox content scripts
// see page objects through Xray wrappers, and Firefox ESR 140.12 refuses adoptedStyleSheets
// through them ("Accessing from Xray wrapper is not supported"): there the hold sheet was never
// adopted (a page could release pictures by forging a mark) and the cover's reveal check threw
// (no reveal at all). There the list is read and replaced on the page's side of the wrapper
// (`wrappedJSObject`), with an array of the page's own. A page that redefines the property in
// its own world can then see or refuse the change, as it could any DOM call it overrides; the
// manifest sheet and the inline hold of covered pictures do not depend on it.

type SheetRoot = Document | ShadowRoot;
type PageSide<T> = T & { wrappedJSObject?: T };

/** The object as the page's own scripts see it (Firefox content scripts), else the object. */
function pageSide<T extends object>(value: T): T {
  return (value as PageSide<T>).wrappedJSObject ?? value;
}

/** The root's adopted sheets as a plain array (page-side objects in Firefox). */
function adoptedSheets(root: SheetRoot): CSSStyleSheet[] {
  const list = pageSide(root).adoptedStyleSheets;
  const out: CSSStyleSheet[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** Whether the root has adopted `sheet` (read by index: the hold sheet is checked after every batch of records, so no copy is made for it). */
function hasAdopted(root: SheetRoot, sheet: CSSStyleSheet): boolean {
  const list = pageSide(root).adoptedStyleSheets;
  for (let i = 0; i < list.length; i++) if (list[i] === sheet) return true;
  return false;
}

/** Replaces the root's adopted sheets with `sheets` (an array of the page's own in Firefox). */
function setAdoptedSheets(root: SheetRoot, sheets: CSSStyleSheet[]): void {
  const win = (root.ownerDocument ?? (root as Document)).defaultView;
  const PageArray = win ? (pageSide(win) as unknown as { Array?: ArrayConstructor }).Array : undefined;
  let list = sheets;
  if (PageArray && PageArray !== Array) {
    list = new PageArray<CSSStyleSheet>();
    for (const sheet of sheets) list.push(sheet);
  }
  pageSide(root).adoptedStyleSheets = list;
}

/** Adds `sheet` last unless the root has it. */
export function adoptSheet(root: SheetRoot, sheet: CSSStyleSheet): void {
  const own = pageSide(sheet);
  if (!hasAdopted(root, own)) setAdoptedSheets(root, [...adoptedSheets(root), own]);
}

/** Takes `sheet` out of the root's adopted sheets, if it is there. */
export function dropSheet(root: SheetRoot, sheet: CSSStyleSheet): void {
  const own = pageSide(sheet);
  if (hasAdopted(root, own)) setAdoptedSheets(root, adoptedSheets(root).filter((s) => s !== own));
}
