import type { SettingsProblem } from '../../utils/settings/settings-store';
import { displaySiteKey } from '../../utils/settings/site-key';
import { useTranslate, type Translate } from '../controls/translate-context';

/** "site:xn--bcher-kva.de" → "bücher.de", "settings" → "Your defaults". */
function describeSource(source: string, t: Translate): string {
  if (source === 'settings') return t('problems_source_defaults');
  if (source.startsWith('site:')) return displaySiteKey(source.slice('site:'.length));
  return source;
}

/**
 * Saved values that could not be read. They are shown with their raw content so nothing is lost
 * silently; the reader decides whether to discard each one.
 */
export function ProblemsBanner({
  problems,
  onDiscard,
}: {
  problems: SettingsProblem[];
  onDiscard: (storageKey: string) => void;
}) {
  const t = useTranslate();
  if (problems.length === 0) return null;
  return (
    <section class="fw-problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('problems_heading')}</h2>
      <p>{t('problems_intro')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.storageKey} class="fw-problem">
            <div class="fw-problem-head">
              <strong>
                <bdi>{describeSource(problem.source, t)}</bdi>
              </strong>
              <span>{problem.kept ? t('problems_kept') : t('problems_in_place')}</span>
            </div>
            <p class="fw-hint" dir="ltr">
              {problem.reason}
            </p>
            <details>
              <summary>{t('problems_show_value')}</summary>
              <pre dir="ltr">{JSON.stringify(problem.value, null, 2)}</pre>
            </details>
            <button type="button" class="fw-button fw-danger" onClick={() => onDiscard(problem.storageKey)}>
              {t('problems_discard', describeSource(problem.source, t))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
