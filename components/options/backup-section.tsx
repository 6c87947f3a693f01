import { useTranslate } from '../controls/translate-context';

export interface BackupMessage {
  kind: 'ok' | 'error';
  text: string;
}

export function BackupSection({
  message,
  onExport,
  onImport,
}: {
  message: BackupMessage | null;
  onExport: () => void;
  onImport: (file: File) => void;
}) {
  const t = useTranslate();
  return (
    <section class="fw-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('options_backup_heading')}</h2>
      <p class="fw-section-intro">{t('options_backup_intro')}</p>
      <div class="fw-backup-actions">
        <button type="button" class="fw-button" onClick={onExport}>
          {t('backup_export')}
        </button>
        <label class="fw-button fw-file-button">
          <span>{t('backup_import')}</span>
          <input
            type="file"
            accept="application/json,.json"
            class="fw-file-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = ''; // the same file can be chosen again after a fix
              if (file) onImport(file);
            }}
          />
        </label>
      </div>
      <div class="fw-backup-message" role="status" aria-live="polite">
        {message && <p class={message.kind === 'ok' ? 'fw-ok' : 'fw-error'} data-kind={message.kind}>{message.text}</p>}
      </div>
    </section>
  );
}
