// Turns whatever names a site (a page URL, `location.hostname`, or what a person types in the
// options page) into the key its settings are stored under, and lists the keys that apply to
// a page from most to least specific. Pure: no DOM, no browser APIs.

import { lazy } from '../lazy-regexp';
/** The one key all local files (file: URLs) share; they have no host. */
export const LOCAL_FILES_KEY = 'file:';

const IPV4 = lazy(() => /^\d{1,3}(\.\d{1,3}){3}$/);
const VALID_HOST = lazy(() => /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$|^\[[0-9a-f:.]+\]$/);

/**
 * example.com, WWW.Example.com., https://www.example.com:8443/path and www.example.com all give
 * "example.com"; bücher.de gives its punycode "xn--bcher-kva.de"; file:///home/a.html gives
 * "file:". Returns null for things that name no site (about:blank, garbage).
 */
export function siteKey(input: string): string | null {
  let text = input.trim();
  if (text === '') return null;
  const plain = plainHost(text);
  if (plain !== null) return keyOfHost(plain);
  if (/^file:/i.test(text)) return LOCAL_FILES_KEY;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    // A bare host (maybe with a port or a path): give it a scheme so URL can parse it.
    if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return null; // about:, chrome:, data: …
    text = `http://${text}`;
  }
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // URL lower-cases, converts IDN to punycode and drops the port for us.
    host = url.hostname;
  } catch {
    return null;
  }
  return keyOfHost(host);
}

function keyOfHost(hostname: string): string | null {
  const host = hostname.replace(/\.+$/, '');
  // Browsers' URL parsers differ on odd hosts (Chromium percent-encodes a space where Node's
  // parser refuses it): accept only what a real host name can be after punycode.
  if (!VALID_HOST().test(host)) return null;
  const bare = host.startsWith('www.') && host.length > 4 && host.indexOf('.', 4) !== -1 ? host.slice(4) : host;
  return bare === '' ? null : bare;
}

/**
 * A lower-case ASCII host name, maybe with a port (what `location.host` gives on almost every
 * page), is already what URL would make of it, so its host is taken as it is: a page's first
 * `URL` parse costs 1.6–2.7 ms in a new isolated world (profiled on a text-only page), paid in
 * every page. Anything URL could rewrite goes the long way: numeric last labels (URL reads
 * "1.2.3" and "0x7f.1" as IPv4 addresses), punycode labels (URL checks them), upper case,
 * Unicode, paths, schemes, out-of-range ports.
 */
function plainHost(text: string): string | null {
  const match = /^((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?)(?::(\d{1,5}))?$/.exec(text);
  const [, host, port] = match ?? [];
  if (host === undefined || host.includes('xn--')) return null;
  if (port !== undefined && Number(port) > 65535) return null;
  return host;
}

/**
 * The keys whose entries apply to a site, most specific first, cut on dot boundaries:
 * news.example.com → news.example.com, example.com, com. IP addresses and the local-files key
 * apply only to themselves.
 */
export function siteKeyChain(key: string): string[] {
  if (key === LOCAL_FILES_KEY || IPV4().test(key) || key.startsWith('[')) return [key];
  const labels = key.split('.');
  const chain: string[] = [];
  for (let i = 0; i < labels.length; i++) chain.push(labels.slice(i).join('.'));
  return chain;
}

/** Whether a stored site key covers a page's key (same host, or a parent on a dot boundary). */
export function siteKeyCovers(stored: string, page: string): boolean {
  return siteKeyChain(page).includes(stored);
}

/** Unicode form of a key for showing to people (xn--bcher-kva.de → bücher.de). */
export function displaySiteKey(key: string): string {
  if (key === LOCAL_FILES_KEY) return key;
  return key
    .split('.')
    .map((label) => (label.startsWith('xn--') ? decodePunycodeLabel(label.slice(4)) ?? label : label))
    .join('.');
}

// RFC 3492 decoder for one label; URL gives us encoding but nothing gives decoding.
function decodePunycodeLabel(input: string): string | null {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  let n = 128, bias = 72, i = 0;
  const basicEnd = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(basicEnd, 0); j++) output.push(input.charCodeAt(j));
  const digit = (c: number) =>
    c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
  for (let pos = basicEnd > 0 ? basicEnd + 1 : 0; pos < input.length; ) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (pos >= input.length) return null;
      const d = digit(input.charCodeAt(pos++));
      if (d >= base) return null;
      i += d * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (d < t) break;
      w *= base - t;
    }
    const len = output.length + 1;
    let delta = oldi === 0 ? Math.floor((i - oldi) / damp) : (i - oldi) >> 1;
    delta += Math.floor(delta / len);
    let k = 0;
    for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
    bias = Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
    n += Math.floor(i / len);
    i %= len;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
