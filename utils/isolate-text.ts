// A name from elsewhere (a site, a file's entry) inside a sentence of ours, set apart with Unicode
// isolates (FSI…PDI): in a right-to-left sentence a Latin name keeps its own order instead of
// scrambling the words around it. Bidi controls of its own would escape the isolate: they go.

const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function isolateText(text: string, maxChars = Infinity): string {
  const plain = text.replace(BIDI_CONTROLS, '');
  const short = plain.length > maxChars ? `${plain.slice(0, maxChars - 1)}…` : plain;
  return `\u2068${short}\u2069`;
}
