import type { JSX } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/cover-wording';
import { PictureFetchContext } from './picture-fetch-context';
import { UnloadedPicture } from './unloaded-picture';

/** How far ahead of the viewport pictures are fetched, as loading="lazy" would. */
const FETCH_AHEAD = '1200px 0px';

export interface FetchedPictureProps {
  /** A picture the page had loaded (the only kind the reader fetches). */
  url: string;
  alt: string;
  width?: number;
  height?: number;
  /** Fetch at once (a picture the reader just chose to see), not when it nears the viewport. */
  eager?: boolean;
  t: Translate;
}

/**
 * A picture in the reading view, fetched by the reader itself without cookies and drawn from a
 * blob: URL, which is let go when the picture leaves the page.
 */
export function FetchedPicture(props: FetchedPictureProps): JSX.Element {
  const { url, alt, eager, t } = props;
  const fetchBlob = useContext(PictureFetchContext);
  const ref = useRef<HTMLImageElement>(null);
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stopped = false;
    let made: string | null = null;
    let observer: IntersectionObserver | undefined;
    const load = () =>
      fetchBlob(url).then(
        (blob) => {
          if (stopped) return;
          made = URL.createObjectURL(blob);
          setObjectUrl(made);
        },
        () => {
          if (!stopped) setFailed(true);
        },
      );
    const el = ref.current;
    if (eager || !el || typeof IntersectionObserver !== 'function') {
      void load();
    } else {
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer?.disconnect();
          void load();
        },
        { rootMargin: FETCH_AHEAD },
      );
      observer.observe(el);
    }
    return () => {
      stopped = true;
      observer?.disconnect();
      if (made) URL.revokeObjectURL(made);
      setObjectUrl(null);
      setFailed(false);
    };
  }, [url, eager, fetchBlob]);

  if (failed) return <UnloadedPicture alt={alt} reason="failed" url={url} t={t} />;
  const sized = props.width && props.height ? { width: props.width, height: props.height } : {};
  // Until it arrives, its box keeps the picture's proportions (an <img> without src has none).
  const waiting = !objectUrl && props.width && props.height ? { aspectRatio: `${props.width} / ${props.height}` } : undefined;
  return (
    <img
      ref={ref}
      class={objectUrl ? 'reader-img' : 'reader-img reader-img-loading'}
      src={objectUrl ?? undefined}
      alt={alt}
      data-image-url={url}
      decoding="async"
      style={waiting}
      {...sized}
    />
  );
}
