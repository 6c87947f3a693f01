import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/cover-wording';

/** A paragraph that describes violence in detail, folded until the reader asks for it. */
export function FoldedPassage(props: { children: ComponentChildren; t: Translate }): JSX.Element {
  const [open, setOpen] = useState(false);
  if (open) return <div class="reader-passage-open">{props.children}</div>;
  return (
    <div class="reader-folded" data-folded="true">
      <span class="reader-folded-text">{props.t('reader_view_folded')}</span>
      <button type="button" class="reader-text-button" onClick={() => setOpen(true)}>
        {props.t('reader_view_show_passage')}
      </button>
    </div>
  );
}
