import { useTranslation } from 'react-i18next';
import type { PresentIntent } from './presentKeys';
import type { ControlsShown } from './useControlsShown';

/**
 * Previous, the step number, next and leave, on the audience's screen for a mouse, a tablet or
 * an interactive whiteboard. They send the intents the keys send (usePresentKeys); whether they
 * show is the screen's business (useControlsShown).
 */
export function PresentControls({
  step,
  count,
  visibility,
  send,
}: {
  /** 0-based. */
  step: number;
  count: number;
  visibility: ControlsShown;
  send: (intent: PresentIntent) => void;
}) {
  const { t } = useTranslation();
  const atFirst = step <= 0;
  const atLast = step >= count - 1;
  // aria-disabled, not disabled: a focused button stays focused at the tour's ends.
  const button = (
    label: string,
    intent: PresentIntent,
    disabled: boolean,
    icon: string,
    name: 'previous' | 'next' | 'exit',
  ) => (
    <button
      type="button"
      className={`am-present__control am-present__control--${name}`}
      aria-label={label}
      title={label}
      aria-disabled={disabled || undefined}
      data-testid={`present-${name}`}
      onClick={() => {
        if (!disabled) send(intent);
      }}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={icon} />
      </svg>
    </button>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form's fieldset
    <div
      role="group"
      aria-label={t('present.controls')}
      className="am-present__controls"
      data-shown={visibility.shown}
      data-testid="presentation-controls"
      {...visibility.controls}
    >
      {button(t('present.previous'), { type: 'previous' }, atFirst, 'M15 5 8 12l7 7', 'previous')}
      <span className="am-present__position">
        {t('present.position', { step: step + 1, count })}
      </span>
      {button(t('present.forward'), { type: 'next' }, atLast, 'M9 5l7 7-7 7', 'next')}
      {button(t('present.leave'), { type: 'exit' }, false, 'M6 6l12 12M18 6 6 18', 'exit')}
    </div>
  );
}
