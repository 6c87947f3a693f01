import { z } from 'zod';

// What the content script hands to the reading view: the page's HTML serialized from a clone in
// which every media element carries its verdict (see media-mark.ts). Validated on arrival.

export const ReaderSnapshot = z.object({
  html: z.string(),
  url: z.string(),
  title: z.string(),
  lang: z.string(),
  dir: z.string(),
});
export type ReaderSnapshot = z.infer<typeof ReaderSnapshot>;
