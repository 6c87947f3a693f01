import { z } from 'zod';
import { IMAGE_STATES } from './media-mark';

// What the snapshot script injected into the page hands to the reading view: the page's HTML serialized from a copy in
// which every media element carries a reference, the verdicts keyed by those references, and the
// pictures the page had loaded (see media-mark.ts). Validated on arrival.

const SnapshotMark = z.object({
  ref: z.string(),
  state: z.enum(IMAGE_STATES),
  categories: z.array(z.string()),
  reason: z.string().optional(),
  shown: z.string().optional(),
});

export const ReaderSnapshot = z.object({
  html: z.string(),
  url: z.string(),
  title: z.string(),
  lang: z.string(),
  dir: z.string(),
  marks: z.array(SnapshotMark),
  loaded: z.array(z.string()),
});
export type ReaderSnapshot = z.infer<typeof ReaderSnapshot>;
