import { createContext } from 'preact';
import { fetchPicture } from '../../utils/reader/fetch-picture';

/** How the reader's pictures are fetched: without cookies (fetch-picture.ts); tests pass their own. */
export const PictureFetchContext = createContext<(url: string) => Promise<Blob>>(fetchPicture);
