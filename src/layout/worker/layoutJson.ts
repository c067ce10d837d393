import { nextTask } from '../../workers/nextTask';
import type { EdgeRoute, MapLayout, NodeBox } from '../types';

/**
 * A layout as the worker sends it: JSON text, its boxes and lines in slices. The page parses
 * thousands of boxes from text in a third of the time the structured clone takes to rebuild
 * them, and a slice at a time, each in a task of its own: its thread is what the reader feels.
 */
export interface LayoutJson {
  /** Everything but the boxes and lines: size, group frames, junctions. */
  rest: string;
  nodes: string[];
  edges: string[];
}

/** Boxes or lines per slice: a 2000-box layout parsed at once held the page for 60 ms. */
const SLICE = 500;

const sliced = <T>(items: readonly T[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += SLICE) out.push(JSON.stringify(items.slice(i, i + SLICE)));
  return out;
};

export function toLayoutJson(layout: MapLayout): LayoutJson {
  const { nodes, edges, ...rest } = layout;
  return { rest: JSON.stringify(rest), nodes: sliced(nodes), edges: sliced(edges) };
}

/** The layout back, a slice per task. */
export async function fromLayoutJson(json: LayoutJson): Promise<MapLayout> {
  const rest = JSON.parse(json.rest) as Omit<MapLayout, 'nodes' | 'edges'>;
  const nodes: NodeBox[] = [];
  const edges: EdgeRoute[] = [];
  for (const part of json.nodes) {
    await nextTask();
    nodes.push(...(JSON.parse(part) as NodeBox[]));
  }
  for (const part of json.edges) {
    await nextTask();
    edges.push(...(JSON.parse(part) as EdgeRoute[]));
  }
  return { ...rest, nodes, edges };
}
