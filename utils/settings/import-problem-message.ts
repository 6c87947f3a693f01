import type { ImportResult } from './settings-transfer';

// Why an import was refused, in the interface's language and in plain words. A site name from
// the file is set apart with Unicode isolates (FSI…PDI), so in a right-to-left sentence a Latin
// name keeps its own order instead of scrambling the words around it.

type Translate = (key: string, substitutions?: string[]) => string;
/** A file's site name can be anything: long ones are cut, so the sentence stays readable. */
const MAX_SITE_CHARS = 60;

export function importProblemMessage(result: Extract<ImportResult, { ok: false }>, t: Translate): string {
  switch (result.problem) {
    case 'too-large':
      return t('backup_error_too_large');
    case 'not-json':
      return t('backup_error_not_json');
    case 'foreign':
      return t('backup_error_foreign');
    case 'newer-version':
      return t('backup_error_newer');
    case 'invalid': {
      const where = result.where;
      if (where.part === 'defaults') return t('backup_error_invalid_defaults');
      if (where.part === 'site') return t('backup_error_invalid_site', [isolate(where.site)]);
      if (where.part === 'site-name') return t('backup_error_invalid_site_name', [isolate(where.site)]);
      return t('backup_error_invalid_file');
    }
  }
}

function isolate(text: string): string {
  // Bidi controls of its own would escape the isolate: they go.
  const plain = text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  const short = plain.length > MAX_SITE_CHARS ? `${plain.slice(0, MAX_SITE_CHARS - 1)}…` : plain;
  return `\u2068${short}\u2069`;
}
