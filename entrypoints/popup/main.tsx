import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupRoot } from './popup-root';
import { applyDocumentLocale } from '../../components/controls/document-locale';
import './popup.css';

applyDocumentLocale(document, browser.i18n.getUILanguage());
render(<PopupRoot />, document.getElementById('app')!);
