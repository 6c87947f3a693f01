import type { ComponentChildren } from 'preact';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: ComponentChildren;
  choices: readonly Choice<T>[];
  value: T | null;
  disabled?: boolean;
  /** Shown under the choices, e.g. what the selected one means. */
  hint?: string;
  onChange: (value: T) => void;
}

/**
 * A set of native radio buttons drawn as segments: arrow keys move between them, the legend
 * names the group, and screen readers announce the choice as they would any radio group.
 */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { name, legend, choices, value, disabled, hint, onChange } = props;
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="fw-choice" disabled={disabled} aria-describedby={hintId}>
      <legend>{legend}</legend>
      <div class="fw-choice-options">
        {choices.map((choice) => (
          <label class="fw-choice-option" key={choice.value}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p class="fw-hint" id={hintId}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
