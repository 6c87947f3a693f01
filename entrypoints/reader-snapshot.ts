import { takeReaderSnapshot } from '../utils/reader/take-reader-snapshot';

// Wiring only. Injected by the background into a page's top frame when the reading view opens
// (scripting.executeScript with this file), in the content script's isolated world; what it
// returns (a promise of the snapshot, or null) is the injection's result.
export default defineUnlistedScript(() => takeReaderSnapshot(document, globalThis));
