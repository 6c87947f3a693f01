import { isolateText } from '../isolate-text';
import type { ImportResult } from './settings-transfer';

// Why an import was refused, in the interface's language and in plain words; a site name from
// the file is isolated (isolate-text.ts) so it cannot scramble a right-to-left sentence.

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
      if (where.part === 'site') return t('backup_error_invalid_site', [isolateText(where.site, MAX_SITE_CHARS)]);
      if (where.part === 'site-name') return t('backup_error_invalid_site_name', [isolateText(where.site, MAX_SITE_CHARS)]);
      return t('backup_error_invalid_file');
    }
  }
}
