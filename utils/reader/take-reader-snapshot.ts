import { snapshotDocumentForReader, type DocumentSnapshot } from './snapshot-document-for-reader';
import { findSnapshotVerdicts } from './snapshot-verdicts';

// What the injected snapshot script (entrypoints/reader-snapshot.ts) does in the page's top
// frame, and what it answers the background: the snapshot, or null when no Forewarn content
// script runs there to give the verdicts (a page opened before Forewarn was installed, or one
// whose script was cut off by an update), which the reader reports as a page it cannot read.

export async function takeReaderSnapshot(doc: Document, scope: object): Promise<DocumentSnapshot | null> {
  const verdicts = findSnapshotVerdicts(scope);
  if (!verdicts) return null;
  let describe: Awaited<ReturnType<typeof verdicts>>;
  try {
    describe = await verdicts();
  } catch {
    return null; // the settings could not be read (the extension was updated under the page)
  }
  return snapshotDocumentForReader(doc, describe);
}
