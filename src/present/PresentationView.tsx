import { ReactFlow, useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './present.css';
import { EdgeMarkers } from '../canvas/edges/EdgeMarkers';
import { edgeTypes } from '../canvas/edges/RouteEdge';
import { motionMs } from '../canvas/motion';
import { nodeTypes } from '../canvas/nodes/kindNodes';
import type { FlowNode, RouteFlowEdge } from '../canvas/toFlowElements';
import { toUiLanguage } from '../i18n/resources';
import type { MapLayout } from '../layout/types';
import { useAppStoreApi } from '../store/useAppStore';
import { localized, tourFor } from '../tour/tourSteps';
import { frameStep, PRESENT_ZOOM } from './camera';
import { toggleFullscreen } from './fullscreen';
import { PresentControls } from './PresentControls';
import { stepElements } from './stepElements';
import { stepFocus } from './stepLayout';
import { useControlsShown } from './useControlsShown';
import { usePresentationLayout } from './usePresentationLayout';
import { usePresentKeys } from './usePresentKeys';

/** Set while F toggles full screen, so that leaving it that way keeps presenting. */
let fullscreenToggledByKey = false;

/** Shares of the screen kept for the progress bar above and the caption below the map. */
const TOP_SHARE = 0.05;
const CAPTION_SHARE = 0.16;

/** The height an element takes on screen, followed as it changes (a long caption wraps). */
function useHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.offsetHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}

/**
 * The audience's screen: the map revealed step by step in the projector theme, the camera
 * gliding to each step, a caption, a thin progress bar, and controls for a mouse or a touch
 * that show while the pointer moves.
 */
export function PresentationView({ onExit }: { onExit: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const presentation = store((s) => s.presentation);
  const map = store((s) => s.map);
  const options = store((s) => s.options);
  const tour = useMemo(() => tourFor(map, presentation?.tourId), [map, presentation?.tourId]);
  const { layout, error } = usePresentationLayout(map, options);
  const count = tour.steps.length;
  const step = Math.min(Math.max(presentation?.step ?? 0, 0), count - 1);
  const language = toUiLanguage(i18n.language);
  const { digits, send } = usePresentKeys(tour.id, count, {
    onExit,
    onFullscreen: () => {
      fullscreenToggledByKey = true;
      void toggleFullscreen();
    },
  });

  // Esc in full screen is the browser's: it leaves full screen without telling the page the
  // key. Leaving full screen other than by F therefore leaves the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && !fullscreenToggledByKey) onExit();
      fullscreenToggledByKey = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onExit]);

  const current = tour.steps[step];
  const caption = localized(current?.caption, language);
  const captionBox = useRef<HTMLDivElement>(null);
  const captionHeight = useHeight(captionBox);
  const controls = useControlsShown();
  return (
    <section
      className="am-present"
      aria-label={t('present.label')}
      aria-roledescription={t('present.label')}
      data-testid="presentation"
      data-step={step + 1}
      {...controls.screen}
    >
      <div className="am-present__progress" aria-hidden="true">
        <div style={{ width: `${((step + 1) / count) * 100}%` }} />
      </div>
      <div className="am-present__counter" aria-live="polite">
        {t('present.step', { step: step + 1, count })}
        {digits && <span className="am-present__typed"> → {digits}</span>}
      </div>
      <div className="am-present__stage">
        {layout ? (
          <StepMap layout={layout} step={step} captionHeight={captionHeight} />
        ) : (
          <p className="am-present__message">{error ?? t('app.laying')}</p>
        )}
      </div>
      <div className="am-present__caption" data-testid="presentation-caption" ref={captionBox}>
        {current?.title && <strong>{localized(current.title, language)}</strong>}
        {caption && <span>{caption}</span>}
      </div>
      <PresentControls step={step} count={count} visibility={controls} send={send} />
      {presentation?.blank && (
        <div className="am-present__blank" data-testid="presentation-blank">
          <span className="am-visually-hidden">{t('present.blanked')}</span>
        </div>
      )}
    </section>
  );
}

/**
 * The map of one step; the camera moves whenever the step, the screen size or the caption's
 * height changes.
 */
function StepMap({
  layout,
  step,
  captionHeight,
}: {
  layout: MapLayout;
  step: number;
  /** Pixels the caption covers at the bottom of the screen. */
  captionHeight: number;
}) {
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const labels = store((s) => s.options.labels);
  const tourId = store((s) => s.presentation?.tourId);
  const tour = useMemo(() => tourFor(map, tourId), [map, tourId]);
  const elements = useMemo(
    () => stepElements(map, layout, tour, step, labels),
    [map, layout, tour, step, labels],
  );
  const { setViewport } = useReactFlow();
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const first = useRef(true);
  useEffect(() => {
    // The map fills the screen; the bar and the caption lie over it, so keep their room free.
    const camera = frameStep(stepFocus(map, layout, tour, step), {
      width: size.width,
      height: size.height,
      top: TOP_SHARE * size.height,
      bottom: Math.max(CAPTION_SHARE * size.height, captionHeight),
    });
    void setViewport(camera, { duration: first.current ? 0 : motionMs(700) });
    first.current = false;
  }, [map, layout, tour, step, size, captionHeight, setViewport]);
  return (
    <>
      <EdgeMarkers />
      <ReactFlow<FlowNode, RouteFlowEdge>
        nodes={elements.nodes}
        edges={elements.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling
        minZoom={PRESENT_ZOOM.min}
        maxZoom={PRESENT_ZOOM.max}
        proOptions={{ hideAttribution: true }}
      />
    </>
  );
}
