// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadAloudControls } from '../../../components/reader/read-aloud-controls';
import { readerEnglish } from '../../../utils/reader/reader-wording';

// The component takes the speech engine as a prop; this stand-in records what it is asked to say
// and lets the test finish each utterance, as the browser's engine would.
class RecordingSynth extends EventTarget {
  spoken: { text: string; voice: string; rate: number; onend: (() => void) | null }[] = [];
  paused = false;
  constructor(private readonly voices: { name: string; lang: string; localService: boolean; default: boolean }[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: { text: string; voice: { name: string }; rate: number; onend: (() => void) | null }) {
    this.spoken.push({ text: u.text, voice: u.voice.name, rate: u.rate, onend: u.onend });
  }
  cancel() {}
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
}

class FakeUtterance {
  voice: unknown = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  constructor(public text: string) {}
}

let host: HTMLElement;
let article: HTMLElement;
beforeEach(() => {
  (globalThis as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = FakeUtterance;
  host = document.createElement('div');
  article = document.createElement('article');
  article.innerHTML = '<p>First paragraph.</p><p>Second paragraph.</p>';
  document.body.append(host, article);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
  article.remove();
});
// Preact runs effects after paint, with a 100 ms timer as the fallback to the next frame: a timer
// still pending when the file ends fires after jsdom is gone ("cancelAnimationFrame is not
// defined", an unhandled error that failed a CI run). Let it fire while the window exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

function mount(synth: RecordingSynth) {
  act(() => {
    render(
      <ReadAloudControls synth={synth as unknown as SpeechSynthesis} lang="en-GB" t={readerEnglish} blocks={() => Array.from(article.querySelectorAll('p'))} />,
      host,
    );
  });
}
const button = (name: string) => Array.from(host.querySelectorAll('button')).find((b) => b.textContent === name)!;

describe('ReadAloudControls', () => {
  it('reads block after block with an on-device voice, and pauses and resumes', () => {
    const synth = new RecordingSynth([
      { name: 'Network voice', lang: 'en-GB', localService: false, default: true },
      { name: 'Device voice', lang: 'en-GB', localService: true, default: false },
    ]);
    mount(synth);
    act(() => button('Read aloud').click());
    expect(synth.spoken.map((s) => [s.text, s.voice])).toEqual([['First paragraph.', 'Device voice']]);
    expect(article.querySelector('p')!.classList.contains('reader-speaking')).toBe(true);
    act(() => synth.spoken[0]!.onend!());
    expect(synth.spoken.map((s) => s.text)).toEqual(['First paragraph.', 'Second paragraph.']);
    act(() => button('Pause reading').click());
    expect(synth.paused).toBe(true);
    act(() => button('Resume reading').click());
    expect(synth.paused).toBe(false);
  });

  it('restarts the current block at a new speed', () => {
    const synth = new RecordingSynth([{ name: 'Device voice', lang: 'en-US', localService: true, default: true }]);
    mount(synth);
    act(() => button('Read aloud').click());
    const select = host.querySelector('select')!;
    act(() => {
      select.value = '1.5';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'First paragraph.', rate: 1.5 });
  });

  it('offers nothing when only network voices exist: no text may leave the device', () => {
    mount(new RecordingSynth([{ name: 'Network voice', lang: 'en-GB', localService: false, default: true }]));
    expect(host.querySelector('button')).toBeNull();
    expect(host.textContent).toContain('No on-device voice');
  });
});
