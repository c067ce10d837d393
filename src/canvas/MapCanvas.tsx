import {
  Background,
  BackgroundVariant,
  Controls,
  type NodeMouseHandler,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type KeyboardEvent, type MouseEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectChooser, type PendingConnection } from '../editing/ConnectChooser';
import { editCommands } from '../editing/editCommands';
import { focusNode, pendingFocus } from '../editing/focusNode';
import { highlightFor } from '../explore/highlight';
import { isArrowKey, neighbourInDirection } from '../explore/keyboardNav';
import { foldableNodes } from '../explore/visibleMap';
import { FirstPictureHandover } from '../firstPicture/FirstPictureHandover';
import { relationOfJunction } from '../layout/elkIds';
import { useAppStoreApi } from '../store/useAppStore';
import { CenterOnRequest } from './camera/CenterOnRequest';
import { FitOnChange, type FittedView, fitDue } from './camera/FitOnChange';
import { FIT_VIEW } from './camera/fitView';
import { RefitOnResize } from './camera/RefitOnResize';
import { RevealHovered } from './camera/RevealHovered';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { edgeLabeller } from './edges/edgeLabel';
import { edgeTypes } from './edges/RouteEdge';
import { FarPictureLayer } from './far/FarPictureLayer';
import { boxAt } from './far/farPicture';
import { FarView, isBigLayout, useFarView, zoomBoundsFor } from './farView';
import { LayoutProgress } from './LayoutProgress';
import { firstNodeOf } from './layoutFacts';
import { nodeTypes } from './nodes/kindNodes';
import { OverviewMap } from './overview/OverviewMap';
import {
  extentNode,
  type FlowNode,
  isClaimNode,
  type RouteFlowEdge,
  toFlowElements,
} from './toFlowElements';
import { LAYOUT_TIMEOUT_MS, useMapLayout } from './useMapLayout';

const NO_EDGES: RouteFlowEdge[] = [];

/** The map as React Flow draws it: positions and routes from ELK, nothing moved by hand. */
export function MapCanvas() {
  const { t } = useTranslation();
  const layoutMessage = (error: string) =>
    error === 'cancelled'
      ? t('app.layoutCancelled')
      : error === 'timeout'
        ? t('app.layoutTimeout', { seconds: LAYOUT_TIMEOUT_MS / 1000 })
        : error;
  const store = useAppStoreApi();
  useMapLayout(store);
  const epoch = store((s) => s.viewEpoch);
  const options = store((s) => s.options);
  const laidOut = store((s) => s.laidOut);
  const collapsed = store((s) => s.filter.collapsed);
  const selected = store((s) => s.selectedNodeId);
  const layoutError = store((s) => s.layoutError);
  const hovered = store((s) => s.hoveredNodeId);
  const selectedRelation = store((s) => s.selectedRelationId);
  const editing = store((s) => s.editingNodeId);
  const empty = store((s) => s.map.nodes.length === 0);
  const [pending, setPending] = useState<PendingConnection | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const shown = laidOut?.visible.map;
  const zoomBounds = useMemo(() => zoomBoundsFor(laidOut?.layout ?? null), [laidOut?.layout]);
  const userMoved = useRef(false);
  const fitted = useRef<FittedView | null>(null);
  const framing = () =>
    laidOut !== null &&
    fitDue(fitted.current, { map: epoch, options, sketch: laidOut.sketch === true }, userMoved);
  const far = useFarView(laidOut?.layout ?? null, zoomBounds, framing);
  const highlight = useMemo(
    () => (shown ? highlightFor(shown, { nodeId: selected, relationId: selectedRelation }) : null),
    [shown, selected, selectedRelation],
  );

  // One Tab stop on the map: the selected node, else the main conclusion.
  const tabStop = useMemo(() => {
    if (!laidOut) return null;
    return selected && laidOut.layout.nodes.some((b) => b.id === selected)
      ? selected
      : firstNodeOf(laidOut.layout, laidOut.visible.map);
  }, [laidOut, selected]);
  const big = laidOut ? isBigLayout(laidOut.layout) : false;
  // A big map seen from far away is drawn by the far picture; React Flow is given only the
  // boxes the keyboard or the editor need (the Tab stop, the one being edited) and a hidden
  // node spanning the map, so that fitting the view still frames all of it. Handing it
  // thousands of boxes was the longest task of opening a big map.
  const pictured = far && big;
  const only = useMemo(
    () => (pictured ? new Set([tabStop, editing].filter((id) => id !== null)) : null),
    [pictured, tabStop, editing],
  );
  const foldable = useMemo(() => laidOut && foldableNodes(laidOut.visible.map), [laidOut]);
  const elements = useMemo(() => {
    if (!laidOut) return null;
    const folds = {
      collapsed: new Set(collapsed),
      hiddenBelow: laidOut.visible.hiddenBelow,
      groupBoxes: laidOut.visible.groupBoxes,
      ...(foldable ? { foldable } : {}),
    };
    return toFlowElements(
      laidOut.visible.map,
      laidOut.layout,
      selected,
      options.labels,
      hovered,
      highlight,
      folds,
      only,
    );
  }, [laidOut, foldable, collapsed, selected, options.labels, hovered, highlight, only]);
  // Lines named by their claims' words (React Flow's own name is "Edge from <id> to <id>").
  const visibleMap = laidOut?.visible.map;
  const lineName = useMemo(
    () =>
      visibleMap &&
      edgeLabeller(visibleMap, {
        verb: {
          support: t('relation.support'),
          attack: t('relation.attack'),
          continues: t('relation.continues'),
        },
        togetherWith: t('outline.togetherWith'),
        undercuts: t('outline.undercuts'),
      }),
    [visibleMap, t],
  );
  const flowEdges = useMemo(() => {
    if (!elements || !lineName) return NO_EDGES;
    return elements.edges.map((e) => ({
      ...e,
      ariaLabel: e.data ? lineName(e.data.route.relationId) : undefined,
    }));
  }, [elements, lineName]);
  const flowNodes = useMemo(() => {
    if (!elements || !laidOut) return [];
    const nodes = elements.nodes.map((n): FlowNode => {
      if (!isClaimNode(n)) return n;
      return {
        ...n,
        data: n.id === editing ? { ...n.data, editing: true } : n.data,
        domAttributes: { ...n.domAttributes, tabIndex: n.id === tabStop ? 0 : -1 },
        // Keys on a box are the map's (onCanvasKeyDown): React Flow's own Escape on a selected
        // box would blur it, leaving focus on the page.
        className: n.className ? `${n.className} nokey` : 'nokey',
      };
    });
    // Fit view frames the extent: lines routed round the map lie beyond its boxes.
    return [extentNode(laidOut.layout), ...nodes];
  }, [elements, laidOut, tabStop, editing]);
  const { screenToFlowPosition } = useReactFlow();
  /** A click on the pane: from far away it may be on a box of the picture, else it clears. */
  const onPaneClick = (event: MouseEvent) => {
    const box =
      pictured && laidOut
        ? boxAt(laidOut.layout, screenToFlowPosition({ x: event.clientX, y: event.clientY }))
        : null;
    if (!box) {
      store.getState().clearSelection();
      return;
    }
    store.getState().selectNode(box.id);
    store.getState().centerOn(box.id);
  };

  /**
   * Arrows move to the connected node that way; Space folds (where a fold is offered); Enter
   * opens the details; F2 edits the text in place, R adds a reason, O an objection.
   */
  const onCanvasKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!laidOut || e.ctrlKey || e.metaKey) return;
    // While the view still glides to the box an arrow went to, keys act from that box; focus
    // waits on the map itself then (see focusNode).
    const from =
      pendingFocus() ??
      (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id ??
      (e.target === e.currentTarget ? selected : null);
    if (!from || !laidOut.layout.nodes.some((b) => b.id === from)) return;
    if (e.altKey) {
      // Alt+arrow along the siblings' line moves the node among them (the order is kept).
      const across =
        options.direction === 'up' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
      const step = e.key === across[0] ? -1 : e.key === across[1] ? 1 : 0;
      if (step === 0) return;
      e.preventDefault();
      editCommands(store, t).moveAmongSiblings(from, step);
      return;
    }
    const isNode = store.getState().map.nodes.some((n) => n.id === from);
    const key = e.key.toLowerCase();
    if (isNode && (e.key === 'F2' || key === 'r' || key === 'o')) {
      e.preventDefault();
      e.stopPropagation();
      if (e.key === 'F2') {
        store.getState().selectNode(from);
        store.getState().editNodeText(from);
      } else editCommands(store, t).attach(from, key === 'r' ? 'support' : 'attack');
      return;
    }
    if (e.key === ' ') {
      e.preventDefault();
      // As the fold button: where folding hides something, or to open a fold.
      if (foldable?.has(from) || collapsed.includes(from)) store.getState().toggleCollapsed(from);
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      store.getState().selectNode(from);
      return;
    }
    if (!isArrowKey(e.key) || e.shiftKey) return;
    e.preventDefault();
    const to = neighbourInDirection(laidOut.visible.map, laidOut.layout, from, e.key);
    if (!to) return;
    store.getState().selectNode(to);
    store.getState().centerOn(to);
    // A big map draws only the boxes in view: one out of view is drawn once the view got there.
    focusNode(to, { holdIn: e.currentTarget });
  };

  const onNodeClick: NodeMouseHandler<FlowNode> = (_, node) => {
    if (!isClaimNode(node)) return;
    store.getState().selectNode(node.id);
    // From far away the few boxes React Flow still draws (the Tab stop) look like the picture's
    // and must answer a click the same way: brought near, with their words.
    if (pictured) store.getState().centerOn(node.id);
  };
  const onNodeDoubleClick: NodeMouseHandler<FlowNode> = (_, node) => {
    if (store.getState().map.nodes.some((n) => n.id === node.id)) {
      store.getState().selectNode(node.id);
      store.getState().editNodeText(node.id);
    }
  };
  /**
   * An arrow drawn from one box to another: ask whether it supports or attacks (or joins or
   * undercuts an arrow there). Drawn onto a junction dot, it may attack that inference.
   */
  const onConnect = (c: { source: string; target: string }) => {
    const { nodes, relations } = store.getState().map;
    const to = relationOfJunction(c.target) ?? c.target;
    if (c.source === to || !nodes.some((n) => n.id === c.source)) return;
    if (!nodes.some((n) => n.id === to) && !relations.some((r) => r.id === to)) return;
    const at = stage.current?.getBoundingClientRect();
    const pointer = lastPointer.current;
    setPending({
      from: c.source,
      to,
      x: at ? pointer.x - at.left : 0,
      y: at ? pointer.y - at.top : 0,
    });
  };
  const lastPointer = useRef({ x: 0, y: 0 });

  if (layoutError && !laidOut) {
    return (
      <div className="am-canvas am-canvas--message" role="alert">
        <p>{t('app.layoutFailed', { message: layoutMessage(layoutError) })}</p>
        <button type="button" className="am-button" onClick={() => store.getState().retryLayout()}>
          {t('app.tryAgain')}
        </button>
      </div>
    );
  }
  // Before the first layout React Flow is there already, empty: taking it into the page then
  // keeps that work out of the task that draws a big map's first picture.
  return (
    // biome-ignore lint/a11y/useSemanticElements: the map canvas is a keyboard widget, not a form fieldset
    <div
      className={far ? 'am-canvas am-canvas--far' : 'am-canvas'}
      data-testid="map-canvas"
      data-layout-ready={!laidOut || laidOut.sketch ? 'false' : 'true'}
      aria-busy={!laidOut}
      role="group"
      aria-label={t('canvas.map')}
      // Not a Tab stop: holds focus while the box it goes to is not drawn yet (focusNode).
      tabIndex={-1}
      onKeyDown={onCanvasKeyDown}
      onPointerMove={(e) => {
        lastPointer.current = { x: e.clientX, y: e.clientY };
      }}
      ref={stage}
    >
      <EdgeMarkers />
      <FarView.Provider value={far}>
        <ReactFlow<FlowNode, RouteFlowEdge>
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          onNodeDoubleClick={onNodeDoubleClick}
          onConnect={onConnect}
          connectionRadius={40}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          onPaneClick={onPaneClick}
          onEdgeClick={(_, edge: RouteFlowEdge) => {
            if (edge.data) store.getState().selectRelation(edge.data.route.relationId);
          }}
          nodesDraggable={false}
          nodesConnectable
          elementsSelectable
          fitView
          fitViewOptions={FIT_VIEW}
          onMove={(event) => {
            // Only the reader's own moves count (programmatic ones come without an event); a
            // click starts a gesture too, but moves nothing.
            if (event) userMoved.current = true;
          }}
          minZoom={zoomBounds.min}
          maxZoom={3}
          proOptions={{ hideAttribution: true }}
          // A big map puts only what is in view into the page, so panning stays smooth.
          onlyRenderVisibleElements={big}
        >
          <Background
            variant={BackgroundVariant.Dots}
            gap={24}
            size={1}
            color="var(--am-canvas-dots)"
          />
          <Controls
            showInteractive={false}
            fitViewOptions={FIT_VIEW}
            onFitView={() => {
              userMoved.current = false;
            }}
            onZoomIn={() => {
              userMoved.current = true;
            }}
            onZoomOut={() => {
              userMoved.current = true;
            }}
          />
          {laidOut && (
            <>
              {pictured && <FarPictureLayer layout={laidOut.layout} />}
              <OverviewMap layout={laidOut.layout} />
              <CenterOnRequest layout={laidOut.layout} userMoved={userMoved} />
              <RevealHovered layout={laidOut.layout} userMoved={userMoved} />
              <FirstPictureHandover />
              <FitOnChange
                laidOut={laidOut}
                map={epoch}
                options={options}
                userMoved={userMoved}
                fitted={fitted}
              />
              <RefitOnResize userMoved={userMoved} layout={laidOut.layout} />
            </>
          )}
        </ReactFlow>
      </FarView.Provider>
      {!laidOut && <p className="am-canvas__laying">{t('app.laying')}</p>}
      {empty && (
        <p className="am-canvas__empty" data-testid="empty-map">
          {t('edit.emptyMap')}
        </p>
      )}
      {pending && <ConnectChooser pending={pending} onDone={() => setPending(null)} />}
      <div className="am-layout-status">
        <LayoutProgress />
        {layoutError && (
          <p role="alert" data-testid="layout-kept">
            {t(laidOut?.sketch ? 'app.layoutSketchKept' : 'app.layoutKept', {
              message: layoutMessage(layoutError),
            })}{' '}
            <button
              type="button"
              className="am-button"
              onClick={() => store.getState().retryLayout()}
            >
              {t('app.tryAgain')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
