import { useCallback, useEffect, useRef, useState } from 'react';
import { type AppStoreApi, useAppStoreApi } from '../store/useAppStore';
import { type PresentIntent, presentIntent, typedStep } from './presentKeys';

/**
 * Shows step `n` (kept within the tour) in either window; starts presenting there if the
 * audience window was not yet.
 */
export function goToStep(store: AppStoreApi, tourId: string, count: number, n: number): void {
  const s = store.getState();
  const step = Math.min(Math.max(n, 0), count - 1);
  if (s.presentation) s.showStep(step);
  else s.startPresentation(tourId, step);
}

export interface PresentHandlers {
  onExit?: () => void;
  onFullscreen?: () => void;
}

export interface PresentIntents {
  /** The step number typed so far, '' when none. */
  digits: string;
  /**
   * Does what an intent asks, as its key does: on-screen controls send the same intents.
   * Returns false for an intent this window does not handle (exit or full screen not given).
   */
  send: (intent: PresentIntent) => boolean;
}

/** Whether a key belongs to what has focus: Enter and Space press a focused button. */
function pressesFocusedButton(e: KeyboardEvent): boolean {
  return (
    (e.key === 'Enter' || e.key === ' ') &&
    e.target instanceof Element &&
    e.target.closest('button') !== null
  );
}

/**
 * Presenting keys for a window (audience or presenter): steps, ends, typed step numbers, blank,
 * and, where given, leaving and full screen. Returns the digits typed so far and `send`, which
 * on-screen controls call with the intent of the key they stand for.
 */
export function usePresentKeys(
  tourId: string,
  count: number,
  handlers: PresentHandlers = {},
): PresentIntents {
  const store = useAppStoreApi();
  const [digits, setDigits] = useState('');
  const digitsRef = useRef(digits);
  digitsRef.current = digits;
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const send = useCallback(
    (intent: PresentIntent): boolean => {
      const { onExit, onFullscreen } = handlersRef.current;
      if ((intent.type === 'exit' && !onExit) || (intent.type === 'fullscreen' && !onFullscreen))
        return false;
      const s = store.getState();
      const go = (n: number) => goToStep(store, tourId, count, n);
      const at = s.presentation?.step ?? 0;
      if (intent.type !== 'digit') setDigits('');
      switch (intent.type) {
        case 'next':
          go(at + 1);
          break;
        case 'previous':
          go(at - 1);
          break;
        case 'first':
          go(0);
          break;
        case 'last':
          go(count - 1);
          break;
        case 'blank':
          s.toggleBlank();
          break;
        case 'exit':
          onExit?.();
          break;
        case 'fullscreen':
          onFullscreen?.();
          break;
        case 'digit':
          setDigits((d) => `${d}${intent.digit}`.slice(-3));
          break;
        case 'jump': {
          const n = typedStep(digitsRef.current, count);
          if (n !== null) go(n);
        }
      }
      return true;
    },
    [store, count, tourId],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (pressesFocusedButton(e)) return;
      const intent = presentIntent(e.key, digitsRef.current !== '', {
        ctrl: e.ctrlKey,
        alt: e.altKey,
        meta: e.metaKey,
      });
      if (intent && send(intent)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);
  return { digits, send };
}
