import type Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../../lib/graph";

export interface GraphCanvasProps {
  graph: Graph<NodeAttributes, EdgeAttributes>;
  /** Node to centre and highlight (with its neighbours). */
  focus?: string | null;
  /** Nodes shown; others are hidden (filters). Undefined: all. */
  visible?: (attrs: NodeAttributes) => boolean;
  onNodeClick?: (id: string, attrs: NodeAttributes) => void;
  /** Run ForceAtlas2 for this long after loading (ms); 0 keeps the given positions. */
  layoutMs?: number;
  className?: string;
  label?: string;
  /**
   * A small box (the blogger card): the whole graph stays in view (no zoom to the
   * focus) and labels are sparser, so only those with room are drawn.
   */
  compact?: boolean;
}

/**
 * WebGL graph view (sigma.js over graphology). Sigma draws only what is visible and
 * never re-renders through React, so thousands of nodes stay smooth; the layout runs in
 * a web worker. `data-rendered-nodes` tells tests (and curious people) how many nodes
 * the last frame drew.
 */
export function GraphCanvas({
  graph,
  focus = null,
  visible,
  onNodeClick,
  layoutMs = 3000,
  className,
  label,
  compact = false,
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const hovered = useRef<string | null>(null);
  const state = useRef({ focus, visible, onNodeClick });
  useLayoutEffect(() => {
    state.current = { focus, visible, onNodeClick };
  });
  // Sigma needs a container with a size: it is created once the box has one (a box
  // laid out later, or hidden at first, would otherwise make it throw).
  const sized = useHasSize(container);

  useEffect(() => {
    const element = container.current;
    if (!element || !sized) return;
    const neighbours = (node: string | null) =>
      node && graph.hasNode(node) ? new Set(graph.neighbors(node)) : null;
    const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, element, {
      renderEdgeLabels: false,
      allowInvalidContainer: true,
      labelRenderedSizeThreshold: compact ? 6 : 9,
      // One label per grid cell: cells as wide as a label keep labels from colliding.
      labelGridCellSize: compact ? 140 : 100,
      labelDensity: compact ? 0.6 : 1,
      stagePadding: compact ? 24 : 30,
      // In a small box a label that would run past the edge is not drawn at all.
      ...(compact && {
        defaultDrawNodeLabel: (context, data, settings) => {
          if (!data.label) return;
          context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
          const right = data.x + data.size + 3 + context.measureText(data.label).width;
          if (right > element.clientWidth || data.y - settings.labelSize < 0) return;
          drawDiscNodeLabel(context, data, settings);
        },
      }),
      defaultEdgeType: "line",
      hideEdgesOnMove: graph.size > 5000,
      zIndex: true,
      nodeReducer: (node, attrs) => {
        const { focus: current, visible: show } = state.current;
        const res: Partial<NodeAttributes> & { zIndex?: number; forceLabel?: boolean } = { ...attrs };
        if (show && !show(attrs)) res.hidden = true;
        const centre = hovered.current ?? current;
        if (centre) {
          const near = neighbours(centre);
          if (node === centre) {
            res.highlighted = true;
            res.forceLabel = true;
            res.zIndex = 2;
          } else if (near && !near.has(node)) {
            res.color = "#e3e7ee";
            res.label = "";
            res.zIndex = 0;
          } else {
            res.zIndex = 1;
          }
        }
        return res;
      },
      edgeReducer: (edge, attrs) => {
        const centre = hovered.current ?? state.current.focus;
        if (centre && !graph.extremities(edge).includes(centre)) return { ...attrs, hidden: true };
        return attrs;
      },
    });
    sigmaRef.current = renderer;
    renderer.on("afterRender", () => {
      let shown = 0;
      const show = state.current.visible;
      graph.forEachNode((_n, attrs) => {
        if (!show || show(attrs)) shown += 1;
      });
      element.dataset.renderedNodes = String(shown);
    });
    renderer.on("enterNode", ({ node }) => {
      hovered.current = node;
      element.style.cursor = "pointer";
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("leaveNode", () => {
      hovered.current = null;
      element.style.cursor = "";
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("clickNode", ({ node }) => {
      state.current.onNodeClick?.(node, graph.getNodeAttributes(node));
    });

    let layout: FA2Layout | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (layoutMs > 0 && graph.order > 1 && typeof Worker !== "undefined") {
      layout = new FA2Layout(graph, {
        settings: { gravity: 1, scalingRatio: 10, barnesHutOptimize: graph.order > 500, slowDown: 5 },
      });
      layout.start();
      timer = setTimeout(() => layout?.stop(), layoutMs);
    }
    return () => {
      if (timer) clearTimeout(timer);
      layout?.kill();
      renderer.kill();
      sigmaRef.current = null;
    };
  }, [graph, layoutMs, sized, compact]);

  // Filters and focus change only what is drawn: refresh, and move the camera to the focus.
  useEffect(() => {
    const renderer = sigmaRef.current;
    if (!renderer) return;
    renderer.refresh({ skipIndexation: true });
    if (focus && graph.hasNode(focus) && !compact) {
      const position = renderer.getNodeDisplayData(focus);
      if (position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.3 }, { duration: 500 });
    }
  }, [focus, visible, graph, compact, sized]);

  return (
    <div
      ref={container}
      className={className ?? "graph-canvas"}
      data-testid="graph-canvas"
      data-nodes={graph.order}
      data-edges={graph.size}
      role="img"
      aria-label={label}
    />
  );
}

/** Whether the element has a width and a height (watched with ResizeObserver where there is one). */
function useHasSize(ref: React.RefObject<HTMLElement | null>): boolean {
  const [sized, setSized] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setSized(element.offsetWidth > 0 && element.offsetHeight > 0);
    check();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return sized;
}
