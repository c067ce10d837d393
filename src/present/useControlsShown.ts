import {
  type FocusEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

/** How long on-screen controls stay after the pointer last moved or touched the screen. */
export const CONTROLS_HIDE_MS = 2500;

export interface ControlsShown {
  shown: boolean;
  /** For the whole screen: moving the pointer or touching shows the controls for a while. */
  screen: {
    onPointerMove: (e: PointerEvent) => void;
    onPointerDown: (e: PointerEvent) => void;
  };
  /** For the controls: they stay while the pointer is on them or keyboard focus is in them. */
  controls: {
    onPointerEnter: () => void;
    onPointerLeave: () => void;
    onFocus: (e: FocusEvent) => void;
    onBlur: (e: FocusEvent) => void;
  };
}

/**
 * Whether controls lying over a presentation are shown: from a pointer's movement or a touch
 * until `hideMs` after the last, and while they are pointed at or focused from the keyboard.
 */
export function useControlsShown(hideMs = CONTROLS_HIDE_MS): ControlsShown {
  const [shown, setShown] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const pointed = useRef(false);
  const focused = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);

  const hideLater = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (pointed.current || focused.current) return;
    timer.current = window.setTimeout(() => setShown(false), hideMs);
  }, [hideMs]);
  const show = useCallback(() => {
    setShown(true);
    hideLater();
  }, [hideLater]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return {
    shown,
    screen: {
      onPointerMove: (e) => {
        // A move that goes nowhere (a page laid out again under a resting mouse) is no sign.
        const at = { x: e.clientX, y: e.clientY };
        if (last.current && last.current.x === at.x && last.current.y === at.y) return;
        last.current = at;
        show();
      },
      onPointerDown: show,
    },
    controls: {
      onPointerEnter: () => {
        pointed.current = true;
        show();
      },
      onPointerLeave: () => {
        pointed.current = false;
        hideLater();
      },
      onFocus: (e) => {
        // A click focuses its button too; only focus from the keyboard holds the controls.
        if (!(e.target instanceof Element) || !e.target.matches(':focus-visible')) return;
        focused.current = true;
        show();
      },
      onBlur: (e) => {
        if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
        focused.current = false;
        hideLater();
      },
    },
  };
}
