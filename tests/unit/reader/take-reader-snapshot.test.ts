// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { takeReaderSnapshot } from '../../../utils/reader/take-reader-snapshot';
import { findSnapshotVerdicts, offerSnapshotVerdicts } from '../../../utils/reader/snapshot-verdicts';

// The script injected when the reading view opens finds the content script's verdicts in its
// world, or answers null (the reader then says it cannot read the page).

function page(): Document {
  const doc = document.implementation.createHTMLDocument('Story');
  doc.body.innerHTML = '<img id="a" src="/a.jpg"><img id="b" src="/b.jpg">';
  return doc;
}

describe('takeReaderSnapshot', () => {
  it('answers null where no content script left its verdicts (a page opened before install)', async () => {
    expect(await takeReaderSnapshot(page(), {})).toBeNull();
  });

  it('answers null when the verdicts cannot be read (the extension was updated under the page)', async () => {
    const scope = {};
    offerSnapshotVerdicts(scope, () => Promise.reject(new Error('Extension context invalidated.')));
    expect(await takeReaderSnapshot(page(), scope)).toBeNull();
    const throwing = {};
    offerSnapshotVerdicts(throwing, () => {
      throw new Error('Extension context invalidated.');
    });
    expect(await takeReaderSnapshot(page(), throwing)).toBeNull();
  });

  it("marks each picture with the content script's verdict, after it has read its settings", async () => {
    const scope = {};
    const asked: string[] = [];
    let settingsRead = false;
    offerSnapshotVerdicts(scope, async () => {
      settingsRead = true;
      return (el) => {
        asked.push(el.id);
        if (!settingsRead) throw new Error('asked before the settings');
        return el.id === 'a' ? { state: 'covered', categories: ['dead-bodies'], reason: 'Caption mentions bodies' } : undefined;
      };
    });
    const snapshot = await takeReaderSnapshot(page(), scope);
    expect(asked).toEqual(['a', 'b']);
    expect(snapshot?.marks).toEqual([
      expect.objectContaining({ state: 'covered', categories: ['dead-bodies'], reason: 'Caption mentions bodies' }),
    ]);
    const ref = snapshot!.marks[0]!.ref;
    expect(ref).toMatch(/^[0-9a-f]{32}-0$/);
    expect(snapshot!.html).toContain(`data-fw-ref="${ref}"`);
  });
});

describe('offerSnapshotVerdicts', () => {
  it('is taken back only by the instance that left it (a newer content script keeps its own)', () => {
    const scope = {};
    const older = async () => () => undefined;
    const newer = async () => () => undefined;
    const withdrawOlder = offerSnapshotVerdicts(scope, older);
    const withdrawNewer = offerSnapshotVerdicts(scope, newer);
    withdrawOlder();
    expect(findSnapshotVerdicts(scope)).toBe(newer);
    withdrawNewer();
    expect(findSnapshotVerdicts(scope)).toBeUndefined();
  });

  it('ignores anything else found under its key', () => {
    const scope = { [Symbol.for('forewarn.snapshot-verdicts')]: 'forged' };
    expect(findSnapshotVerdicts(scope)).toBeUndefined();
  });
});
