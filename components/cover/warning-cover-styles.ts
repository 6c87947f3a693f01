// Styles for the inside of the cover's closed shadow root. Pixel units only: the page's root
// font size must not resize the warning, and nothing here inherits from the page (all: initial).
// The cover draws nothing of the picture: a plain surface, dark, or light in a light scheme
// (the button stays the lightest thing on it). Smaller pictures drop the reason, then the
// heading and labels from view, and say what is hidden in a word or two instead (two lines at
// most; "All images hidden" where detection named nothing); screen readers keep the full
// warning. The cover's own size decides
// (container queries, no measuring by script). Comments stay out of the string: it ships in
// the content script.
export const WARNING_COVER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.cover {
  position: absolute; inset: 0; overflow: hidden;
  display: flex; align-items: center; justify-content: center;
  background: #2b2d31; color: #f4f4f5; border-radius: inherit;
  font: 400 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
  text-align: center; cursor: default; user-select: none;
  container-type: size;
}
.content {
  position: relative; max-width: 420px; padding: 16px 20px;
  display: flex; flex-direction: column; align-items: center; gap: 6px;
}
.icon { color: #e4e4e7; margin-bottom: 2px; }
p { margin: 0; }
.heading { font-weight: 600; font-size: 15px; }
.labels { font-size: 14px; color: #fde68a; }
.reason { font-size: 13px; color: #d4d4d8; }
.short {
  display: none; max-width: 100%; overflow: hidden; font-size: 12px; font-weight: 600; line-height: 1.2;
  -webkit-box-orient: vertical; -webkit-line-clamp: 2;
}
button {
  font: inherit; cursor: pointer; border-radius: 999px;
}
.show {
  margin-top: 8px; padding: 7px 18px; font-weight: 600; font-size: 14px;
  color: #18181b; background: #f4f4f5; border: 1px solid #f4f4f5;
}
.show:hover { background: #ffffff; }
.notice { max-width: 340px; font-size: 13px; color: #fde68a; }
.notice:empty { display: none; }
button:focus-visible { outline: 3px solid #93c5fd; outline-offset: 3px; }
@media (prefers-color-scheme: light) {
  .cover { background: #dcdad5; color: #1f2023; }
  .icon, .reason { color: #3f3f46; }
  .labels, .notice { color: #7c2d12; }
  .show { background: #fff; border-color: #71717a; }
  .show:hover { background: #f4f4f5; }
  button:focus-visible { outline-color: #1d4ed8; }
}
@container (max-height: 230px) {
  .reason { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
}
@container (max-height: 170px) {
  .heading, .labels { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .short { display: -webkit-box; }
  .content { gap: 4px; padding: 8px; }
  .show { margin-top: 4px; }
}
@container (max-width: 199px) or (max-height: 129px) {
  .heading, .labels, .reason { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .short { display: -webkit-box; }
  .content { max-width: 100%; padding: 4px 6px; gap: 3px; }
  .icon { width: 16px; height: 16px; margin: 0; }
  .show { margin-top: 0; padding: 2px 10px; font-size: 12px; }
}
@container (max-height: 95px) {
  .icon { display: none; }
}
@container (max-width: 89px) or (max-height: 59px) {
  .short { -webkit-line-clamp: 1; }
  .show { padding: 1px 6px; font-size: 11px; }
}
@container (max-width: 59px) or (max-height: 43px) {
  .short { display: none; }
}
.revealed { position: absolute; inset: 0; pointer-events: none; }
.hide {
  pointer-events: auto; position: absolute; top: 8px; inset-inline-start: 8px;
  display: inline-flex; align-items: center; gap: 6px; padding: 4px 10px;
  font: 500 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #f4f4f5; background: rgba(24, 25, 28, 0.78); border: 1px solid rgba(255, 255, 255, 0.35);
}
.hide:hover { background: rgba(24, 25, 28, 0.92); }
@media (forced-colors: active) {
  .cover { background: Canvas; color: CanvasText; border: 2px solid CanvasText; }
  .icon, .labels, .reason, .notice { color: CanvasText; }
  .show, .hide { color: ButtonText; background: ButtonFace; border: 1px solid ButtonText; }
}
@media (prefers-reduced-motion: no-preference) {
  .show, .hide { transition: background-color 120ms ease; }
}
`;
