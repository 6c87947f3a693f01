import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

// Every message between extension contexts is declared and validated here. A message that
// fails to parse is ignored, so a confused or hostile sender cannot drive the extension.
// zod/mini, not classic zod: this module is in the content script, where classic costs ~18 KB gzipped.

export const TabStatus = lazySchema(() =>
  z.object({
    covered: z.int().check(z.nonnegative()),
    revealed: z.int().check(z.nonnegative()),
    // Absent while the page has not read its settings: it reads them with its first picture,
    // so a page without one reports no mode, and the asker uses its own reading of the settings.
    mode: z.optional(z.enum(['detect', 'cover-all', 'off'])),
  }),
);
export type TabStatus = z.infer<typeof TabStatus>;

// popup ← content script (top frame), over the port named STATUS_PORT (page-requests.ts) that the
// popup opens with tabs.connect while it is open: a TabStatus at once, then each time the page's
// counts or mode change (the popup is told, it does not poll). The content script parses its
// requests with page-requests.ts.

// Built on the first message: most pages never receive one (see lazy-schema.ts).
export const Message = lazySchema(() => z.discriminatedUnion('type', [
  /** popup → content script: how many images are covered here. Answer: TabStatus. */
  z.object({ type: z.literal('forewarn:get-status') }),
  /** popup → content script: reveal every covered image on this page. */
  z.object({ type: z.literal('forewarn:reveal-all') }),
  /** popup → content script: cover again every image revealed on this page (after "Show all"). */
  z.object({ type: z.literal('forewarn:cover-again') }),
  /** content script (top frame) → background: the page's TabStatus changed (the toolbar badge). */
  z.object({ type: z.literal('forewarn:page-status'), status: TabStatus }),
  /** popup → background: open the reading view for that tab's article. */
  z.object({ type: z.literal('forewarn:open-reader'), tabId: z.int().check(z.nonnegative()) }),
  // The reading view's snapshot is no message: the background injects entrypoints/reader-snapshot.ts
  // into the page's top frame and validates what it returns (ReaderSnapshot, utils/reader/reader-snapshot.ts).
  /** content script → background: the stored settings are from an older version; bring them up
   *  to date (settings-store.ts's migration) and answer when done. */
  z.object({ type: z.literal('forewarn:migrate-settings') }),
  /** content script → background: these languages' lexicons were missing or unreadable in
   *  storage.local. Answer: LexiconsAnswer (utils/detection-store/lexicon-store.ts), also rewritten to storage. */
  z.object({
    type: z.literal('forewarn:get-lexicons'),
    langs: z.array(z.string().check(z.regex(/^[a-z]{2,3}$/))).check(z.minLength(1), z.maxLength(8)),
  }),
]));
export type Message = z.infer<typeof Message>;

export function parseMessage(value: unknown): Message | null {
  const result = Message.safeParse(value);
  return result.success ? result.data : null;
}
