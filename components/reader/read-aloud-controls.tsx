import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/cover-wording';
import { chooseOnDeviceVoice } from '../../utils/reader/choose-on-device-voice';

export interface ReadAloudProps {
  synth: SpeechSynthesis | undefined;
  lang: string;
  /** The blocks to read, in order, at the moment play is pressed (folded passages left out). */
  blocks(): HTMLElement[];
  t: Translate;
}

const RATES = [0.8, 1, 1.2, 1.5];

/** Play, pause and speed for the browser's speech synthesis, with on-device voices only. */
export function ReadAloudControls(props: ReadAloudProps): JSX.Element {
  const { synth, lang, t } = props;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  const [status, setStatus] = useState<'idle' | 'playing' | 'paused'>('idle');
  const [rate, setRate] = useState(1);
  const queue = useRef<{ blocks: HTMLElement[]; index: number; rate: number }>({ blocks: [], index: 0, rate: 1 });

  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      synth.cancel();
    };
  }, [synth]);

  const voice = chooseOnDeviceVoice(voices, lang);

  const mark = (el: HTMLElement | undefined, on: boolean) => el?.classList.toggle('reader-speaking', on);

  const speakFrom = (index: number) => {
    if (!synth || !voice) return;
    const q = queue.current;
    mark(q.blocks[q.index], false);
    q.index = index;
    const block = q.blocks[index];
    if (!block) {
      setStatus('idle');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(block.innerText || block.textContent || '');
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = q.rate;
    utterance.onend = () => {
      if (queue.current.index === index) speakFrom(index + 1);
    };
    mark(block, true);
    synth.speak(utterance);
  };

  const play = () => {
    if (!synth) return;
    if (status === 'paused') {
      synth.resume();
    } else {
      synth.cancel();
      queue.current = { blocks: props.blocks(), index: 0, rate };
      speakFrom(0);
    }
    setStatus('playing');
  };
  const pause = () => {
    synth?.pause();
    setStatus('paused');
  };
  const changeRate = (next: number) => {
    setRate(next);
    queue.current.rate = next;
    // Speech rate cannot change mid-utterance: restart the current block at the new speed.
    if (status === 'playing' && synth) {
      const index = queue.current.index;
      queue.current.index = -1;
      synth.cancel();
      speakFrom(index);
    }
  };

  if (!synth || !voice) {
    return (
      <p class="reader-note-small" title={t('reader_view_no_voice_hint')}>
        {t('reader_view_no_voice')}
      </p>
    );
  }
  return (
    <div class="reader-read-aloud" role="group" aria-label={t('reader_view_read_aloud')}>
      {status === 'playing' ? (
        <button type="button" class="reader-tool" onClick={pause}>{t('reader_view_pause')}</button>
      ) : (
        <button type="button" class="reader-tool" onClick={play}>
          {status === 'paused' ? t('reader_view_resume') : t('reader_view_read_aloud')}
        </button>
      )}
      <label class="reader-inline-label">
        {t('reader_view_speed')}
        <select value={String(rate)} onChange={(e) => changeRate(Number((e.currentTarget as HTMLSelectElement).value))}>
          {RATES.map((r) => (
            <option key={r} value={String(r)}>{`${r}×`}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
