import { useEffect, useRef, useState } from 'react';
import { type AppStoreApi, useAppStoreApi } from '../store/useAppStore';
import { presentIntent, typedStep } from './presentKeys';

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

/**
 * Presenting keys for a window (audience or presenter): steps, ends, typed step numbers, blank,
 * and, where given, leaving and full screen. Returns the digits typed so far.
 */
export function usePresentKeys(
  tourId: string,
  count: number,
  handlers: { onExit?: () => void; onFullscreen?: () => void } = {},
): string {
  const store = useAppStoreApi();
  const [digits, setDigits] = useState('');
  const digitsRef = useRef(digits);
  digitsRef.current = digits;
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const intent = presentIntent(e.key, digitsRef.current !== '', {
        ctrl: e.ctrlKey,
        alt: e.altKey,
        meta: e.metaKey,
      });
      if (!intent) return;
      const { onExit, onFullscreen } = handlersRef.current;
      if ((intent.type === 'exit' && !onExit) || (intent.type === 'fullscreen' && !onFullscreen))
        return;
      e.preventDefault();
      const s = store.getState();
      const go = (n: number) => goToStep(store, tourId, count, n);
      const at = s.presentation?.step ?? 0;
      if (intent.type !== 'digit') setDigits('');
      switch (intent.type) {
        case 'next':
          return go(at + 1);
        case 'previous':
          return go(at - 1);
        case 'first':
          return go(0);
        case 'last':
          return go(count - 1);
        case 'blank':
          return s.toggleBlank();
        case 'exit':
          return onExit?.();
        case 'fullscreen':
          return onFullscreen?.();
        case 'digit':
          return setDigits((d) => `${d}${intent.digit}`.slice(-3));
        case 'jump': {
          const n = typedStep(digitsRef.current, count);
          if (n !== null) go(n);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, count, tourId]);
  return digits;
}
