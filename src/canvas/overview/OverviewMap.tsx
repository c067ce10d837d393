import { Panel, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { type PointerEvent, useRef, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayout } from '../../layout/types';
import { useWholeMapVisible } from '../hooks/useWholeMapVisible';
import { mapPointAt, overviewPictureOf, viewArea } from './overviewGeometry';
import './overview.css';

const WIDTH = 160;
const HEIGHT = 100;

/**
 * The whole map in small, with the part in view marked; a press or drag on it moves the
 * view there, the wheel zooms. Ours rather than React Flow's MiniMap: that one keeps a store
 * subscription per node, which on a 2000-node map cost every frame of a pan; here the map is
 * one path drawn once and only the view's rectangle follows the camera.
 */
function Overview({ layout }: { layout: MapLayout }) {
  const { t } = useTranslation();
  const picture = overviewPictureOf(layout);
  const { bounds } = picture;
  const area = useStore((s) => viewArea(s.transform, s), sameRect);
  const { setCenter, getZoom } = useReactFlow();
  const flow = useStoreApi();
  const dragging = useRef(false);

  const pointAt = (e: PointerEvent<SVGSVGElement> | WheelEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return mapPointAt({ x: e.clientX - r.left, y: e.clientY - r.top }, r, bounds);
  };
  const moveTo = (e: PointerEvent<SVGSVGElement>) => {
    const p = pointAt(e);
    void setCenter(p.x, p.y, { zoom: getZoom() });
  };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    const { minZoom, maxZoom } = flow.getState();
    const zoom = Math.min(maxZoom, Math.max(minZoom, getZoom() * 2 ** (-e.deltaY / 500)));
    void setCenter(area.x + area.width / 2, area.y + area.height / 2, { zoom });
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap am-overview nowheel">
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
        role="img"
        aria-label={t('canvas.minimap')}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => dragging.current && moveTo(e)}
        onPointerUp={() => {
          dragging.current = false;
        }}
        onWheel={onWheel}
      >
        <path className="am-overview__groups" d={picture.groups} />
        <path className="am-overview__boxes" d={picture.boxes} />
        <rect
          className="am-overview__view"
          x={area.x}
          y={area.y}
          width={area.width}
          height={area.height}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </Panel>
  );
}

const sameRect = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The overview, shown only while part of the map is out of view. */
export function OverviewMap({ layout }: { layout: MapLayout }) {
  const whole = useWholeMapVisible(layout);
  return whole ? null : <Overview layout={layout} />;
}
