import type { JSX } from 'preact';
import { messageKey, type Translate } from '../../utils/cover-wording';

export type ReaderProblem = 'no-article' | 'unreachable' | 'invalid' | 'too-large' | 'missing' | 'navigated' | 'slow';


/** A clear, calm message in place of the article, with the way back. */
export function ReaderMessage(props: { problem: ReaderProblem; url?: string; t: Translate }): JSX.Element {
  const { t } = props;
  const key = messageKey('reader_msg', props.problem);
  return (
    <main class="reader-message" data-reader-problem={props.problem}>
      <h1>{t(`${key}_heading`)}</h1>
      <p>{t(`${key}_body`)}</p>
      {props.url && /^https?:/.test(props.url) ? (
        <p>
          <a href={props.url}>{t('reader_msg_back')}</a>
        </p>
      ) : null}
    </main>
  );
}
