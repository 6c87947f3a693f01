import { registerBundledLexicons } from '../../utils/detection/bundled-lexicons';

// Detection reads only registered lexicons (utils/detection/lexicon-library.ts). Unit tests get
// all eight from the bundled data, compiled on first use, as the reader page and Node scripts do.
registerBundledLexicons();
