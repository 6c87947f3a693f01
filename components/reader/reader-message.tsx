import type { JSX } from 'preact';

export type ReaderProblem = 'no-article' | 'unreachable' | 'invalid' | 'missing';

const TEXT: Record<ReaderProblem, { heading: string; body: string }> = {
  'no-article': {
    heading: 'No article on this page',
    body: 'The reading view shows the text of an article, and this page does not seem to have one: it may be a home page, a list of links or a form.',
  },
  unreachable: {
    heading: 'Forewarn cannot read this page yet',
    body: 'The page was probably open before Forewarn was installed or updated. Reload it, then open the reading view again. Browser pages and extension stores cannot be read.',
  },
  invalid: {
    heading: 'This page could not be read',
    body: 'Forewarn received something it could not use from the page. Reload it and try again.',
  },
  missing: {
    heading: 'Nothing to show',
    body: 'Open the reading view from a page with an article: use the Forewarn button, the page’s context menu or the keyboard shortcut.',
  },
};

/** A clear, calm message in place of the article, with the way back. */
export function ReaderMessage(props: { problem: ReaderProblem; url?: string }): JSX.Element {
  const text = TEXT[props.problem];
  return (
    <main class="reader-message" data-reader-problem={props.problem}>
      <h1>{text.heading}</h1>
      <p>{text.body}</p>
      {props.url && /^https?:/.test(props.url) ? (
        <p>
          <a href={props.url}>Back to the page</a>
        </p>
      ) : null}
    </main>
  );
}
