import type { Message } from './messages';

// What a page's content script is asked by the popup and the background. These requests carry
// nothing but their type, so checking the type is the whole parse: the content script, loaded in
// every frame, does without the schema library's unions and number checks for them.
// messages.ts declares them with the rest; a unit test holds the two to the same list.

/** popup ← content script (top frame): the port over which the page's counts are told (messages.ts). */
export const STATUS_PORT = 'forewarn:status';

export const PAGE_REQUEST_TYPES = [
  'forewarn:get-status',
  'forewarn:reveal-all',
  'forewarn:cover-again',
] as const;

export type PageRequest = Extract<Message, { type: (typeof PAGE_REQUEST_TYPES)[number] }>;

/** The request, or null for anything else (a hostile or confused sender is ignored). */
export function parsePageRequest(raw: unknown): PageRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  const known = PAGE_REQUEST_TYPES.find((candidate) => candidate === type);
  return known ? { type: known } : null;
}
