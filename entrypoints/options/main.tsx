import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsRoot } from './options-root';
import { applyDocumentLocale } from '../../components/controls/document-locale';
import './options.css';
import { z } from 'zod/mini';

// zod/mini ships no error wording; the options page shows why a value or a file was refused.
z.config(z.locales.en());

applyDocumentLocale(document, browser.i18n.getUILanguage());
document.title = browser.i18n.getMessage('options_title') || document.title;
render(<OptionsRoot />, document.getElementById('app')!);
