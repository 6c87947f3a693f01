import { useTranslate } from './translate-context';

interface SwitchControlProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a real button with role="switch", so Space and Enter toggle it. */
export function SwitchControl({ id, label, checked, disabled, onChange }: SwitchControlProps) {
  const t = useTranslate();
  return (
    <div class="fw-switch-row">
      <span class="fw-switch-label" id={`${id}-label`}>
        {label}
      </span>
      <button
        type="button"
        id={id}
        class="fw-switch"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="fw-switch-track" aria-hidden="true">
          <span class="fw-switch-thumb" />
        </span>
        <span class="fw-switch-state" aria-hidden="true">
          {checked ? t('popup_switch_on') : t('popup_switch_off')}
        </span>
      </button>
    </div>
  );
}
