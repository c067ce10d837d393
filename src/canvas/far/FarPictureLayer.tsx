import { useStore, ViewportPortal } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { MapLayout } from '../../layout/types';
import { NODE_KINDS, RELATION_KINDS } from '../../model/types';
import { farPictureOf } from './farPicture';
import './farPicture.css';

/** The whole map drawn as a few paths in the viewport, in place of its boxes, from far away. */
export function FarPictureLayer({ layout }: { layout: MapLayout }) {
  const picture = farPictureOf(layout);
  // One screen pixel in map units: the camera scales the picture by CSS, which SVG's
  // non-scaling strokes do not see, so line widths are set from the zoom instead.
  const pixel = useStore((s) => 1 / s.transform[2]);
  return (
    <ViewportPortal>
      <svg
        className="am-far"
        data-testid="far-picture"
        data-boxes={layout.nodes.length}
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
        style={{ '--am-far-px': pixel } as CSSProperties}
      >
        <path className="am-far__groups" d={picture.groups} />
        {RELATION_KINDS.map(
          (kind) =>
            picture.edges[kind] && (
              <path
                key={kind}
                className={`am-far__edges am-far__edges--${kind}`}
                d={picture.edges[kind]}
              />
            ),
        )}
        {NODE_KINDS.map(
          (kind) =>
            picture.boxes[kind] && (
              <path
                key={kind}
                className={`am-far__boxes am-far__boxes--${kind}`}
                d={picture.boxes[kind]}
              />
            ),
        )}
        <path className="am-far__junctions" d={picture.junctions} />
      </svg>
    </ViewportPortal>
  );
}
