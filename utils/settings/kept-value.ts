import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';

/** A stored value that could not be read or carried forward, kept for the reader to see. */
export const KeptValue = lazySchema(() =>
  z.object({
    /** The storage key (or old site name) the value came from. */
    key: z.string(),
    value: z.unknown(),
    keptAt: z.number(),
    reason: z.optional(z.string()),
  }),
);
export type KeptValue = z.infer<typeof KeptValue>;
