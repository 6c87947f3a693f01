import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

// Components never call browser.i18n themselves: the entrypoint provides a translate function
// (browser.i18n.getMessage in the extension, a messages.json table in tests).

export type Translate = (key: string, substitutions?: string | string[]) => string;

export const TranslateContext = createContext<Translate>((key) => key);

export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
