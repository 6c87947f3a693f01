import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';

/** A paragraph that describes violence in detail, folded until the reader asks for it. */
export function FoldedPassage(props: { children: ComponentChildren }): JSX.Element {
  const [open, setOpen] = useState(false);
  if (open) return <div class="reader-passage-open">{props.children}</div>;
  return (
    <div class="reader-folded" data-folded="true">
      <span class="reader-folded-text">A passage describing violence in detail is folded.</span>
      <button type="button" class="reader-text-button" onClick={() => setOpen(true)}>
        Show passage
      </button>
    </div>
  );
}
