import { countedMessage, formatCount } from './counted-message';
import type { TabStatus } from './messages';

// What the toolbar button shows for one tab: the page's cover count on the badge, and a greyed
// icon where Forewarn is off for the site (a count there would mean nothing). Pure: the
// background applies it with the browser's action API.

type Translate = (key: string, substitutions?: string[]) => string;

export interface ToolbarState {
  /** Badge text: the number of covered pictures, or '' for none. */
  text: string;
  /** The button's tooltip, which screen readers read (they do not read a badge). */
  title: string;
  /** Draw the greyed icon. */
  off: boolean;
}

/** The badge has room for about four characters. */
const MOST_SHOWN = 999;

/** The button for a tab whose page said `status`; null: nothing known yet (a page loading). */
export function toolbarState(status: TabStatus | null, t: Translate): ToolbarState {
  const name = t('extName') || 'Forewarn';
  if (status?.mode === 'off') return { text: '', title: t('action_title_off'), off: true };
  if (!status || status.covered === 0) return { text: '', title: name, off: false };
  const text = status.covered > MOST_SHOWN ? `${formatCount(t, MOST_SHOWN)}+` : formatCount(t, status.covered);
  return { text, title: t('action_title_status', [countedMessage(t, 'popup_covered_count', status.covered)]), off: false };
}
