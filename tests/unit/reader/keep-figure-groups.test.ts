// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keepFigureGroups } from '../../../utils/reader/keep-figure-groups';

// Grids of figures become a <figure> of figures before Readability, which drops a block of
// several pictures with little text of its own.

const fig = (n: number) => `<figure><img src="${n}.jpg" alt=""><figcaption>Caption ${n}</figcaption></figure>`;
const doc = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

describe('keepFigureGroups', () => {
  it('turns a block of figures, or a list of one figure per item, into a figure of figures', () => {
    const d = doc(`<p>Text</p><div class="grid">${fig(1)}${fig(2)}${fig(3)}${fig(4)}</div><ul><li>${fig(5)}</li><li>${fig(6)}</li></ul>`);
    expect(keepFigureGroups(d)).toBe(2);
    const groups = d.querySelectorAll('body > figure');
    expect(groups).toHaveLength(2);
    expect(groups[0]!.querySelectorAll(':scope > figure')).toHaveLength(4);
    expect(groups[1]!.querySelectorAll(':scope > figure figcaption')).toHaveLength(2);
    expect(d.querySelector('div, ul')).toBeNull();
  });

  it('takes the innermost grid and leaves blocks with text or a single figure alone', () => {
    const d = doc(`<div class="wrap"><div class="grid">${fig(1)}${fig(2)}</div></div><div>${fig(3)}<p>Words</p>${fig(4)}</div><div>${fig(5)}</div><div>Loose text ${fig(6)}${fig(7)}</div>`);
    expect(keepFigureGroups(d)).toBe(1);
    expect(d.querySelector('div.wrap > figure > figure')).not.toBeNull();
    expect(d.querySelectorAll('body > div')).toHaveLength(4);
  });
});
