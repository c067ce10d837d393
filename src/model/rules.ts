import type { ArgumentMap, MapIssue, Relation } from './types';

/** The model's rules that a schema cannot express. Returns every violation, located by path. */
export function checkMapRules(map: ArgumentMap): MapIssue[] {
  const issues: MapIssue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const earlier = seen.get(id);
    if (earlier)
      issues.push({ path, message: `duplicate id "${id}" (already used at ${earlier})` });
    else seen.set(id, path);
  };
  for (const [i, n] of map.nodes.entries()) claim(n.id, `nodes[${i}].id`);
  for (const [i, r] of map.relations.entries()) claim(r.id, `relations[${i}].id`);
  for (const [i, g] of map.groups.entries()) claim(g.id, `groups[${i}].id`);

  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const relationIds = new Set(map.relations.map((r) => r.id));
  const text = map.source.text;

  map.nodes.forEach((n, i) => {
    const at = `nodes[${i}]`;
    if (n.implicit && n.quote) {
      issues.push({ path: `${at}.quote`, message: 'an implicit node has no words in the text' });
    }
    if (!n.quote) return;
    const { start, end } = n.quote;
    if (end <= start || end > text.length) {
      issues.push({
        path: `${at}.quote`,
        message: `offsets ${start}-${end} lie outside the source text (length ${text.length})`,
      });
    } else if (text.slice(start, end) !== n.quote.text) {
      issues.push({
        path: `${at}.quote`,
        message: `text at ${start}-${end} differs from the quoted string`,
      });
    }
  });

  map.relations.forEach((r, i) => {
    const at = `relations[${i}]`;
    r.from.forEach((f, j) => {
      if (!nodeIds.has(f))
        issues.push({ path: `${at}.from[${j}]`, message: `unknown node "${f}"` });
    });
    if (new Set(r.from).size !== r.from.length) {
      issues.push({ path: `${at}.from`, message: 'lists the same node twice' });
    }
    if (nodeIds.has(r.to)) {
      // A relation from a node to itself: see circularRelations.
    } else if (relationIds.has(r.to)) {
      if (r.kind === 'continues') {
        issues.push({ path: `${at}.to`, message: 'a "continues" relation must point at a node' });
      }
      if (r.to === r.id)
        issues.push({ path: `${at}.to`, message: 'a relation cannot target itself' });
    } else {
      issues.push({ path: `${at}.to`, message: `unknown node or relation "${r.to}"` });
    }
  });

  const grouped = new Map<string, string>();
  map.groups.forEach((g, i) => {
    g.members.forEach((m, j) => {
      const path = `groups[${i}].members[${j}]`;
      if (!nodeIds.has(m)) issues.push({ path, message: `unknown node "${m}"` });
      const other = grouped.get(m);
      if (other === g.id) issues.push({ path, message: `"${m}" is listed twice in this group` });
      else if (other) issues.push({ path, message: `"${m}" is already in group "${other}"` });
      grouped.set(m, g.id);
    });
  });

  issues.push(...checkTours(map, nodeIds));

  issues.push(...findRelationTargetCycles(map));

  for (const c of circularRelations(map)) {
    const r = map.relations[c.index] as Relation;
    issues.push(
      c.loop
        ? {
            path: `relations[${c.index}]`,
            message: `closes a support cycle: ${c.loop.join(' -> ')}`,
          }
        : { path: `relations[${c.index}].to`, message: `"${r.to}" cannot ${r.kind} itself` },
    );
  }
  return issues;
}

/**
 * Tours have their own id space (a tour may share an id with a node), and each tour's steps
 * another; a step reveals known nodes, each node once per tour, since revealing is cumulative.
 */
function checkTours(map: ArgumentMap, nodeIds: ReadonlySet<string>): MapIssue[] {
  const issues: MapIssue[] = [];
  const tourAt = new Map<string, number>();
  (map.tours ?? []).forEach((tour, t) => {
    const at = `tours[${t}]`;
    const earlierTour = tourAt.get(tour.id);
    if (earlierTour !== undefined) {
      issues.push({
        path: `${at}.id`,
        message: `duplicate tour id "${tour.id}" (already used at tours[${earlierTour}].id)`,
      });
    } else tourAt.set(tour.id, t);

    const stepAt = new Map<string, number>();
    // Node id -> index of the step that first reveals it in this tour.
    const revealedIn = new Map<string, number>();
    tour.steps.forEach((step, s) => {
      const stepPath = `${at}.steps[${s}]`;
      const earlierStep = stepAt.get(step.id);
      if (earlierStep !== undefined) {
        issues.push({
          path: `${stepPath}.id`,
          message: `duplicate step id "${step.id}" (already used at ${at}.steps[${earlierStep}].id)`,
        });
      } else stepAt.set(step.id, s);

      step.nodes.forEach((n, j) => {
        const path = `${stepPath}.nodes[${j}]`;
        if (!nodeIds.has(n)) {
          issues.push({ path, message: `unknown node "${n}"` });
          return;
        }
        const first = revealedIn.get(n);
        if (first === s) issues.push({ path, message: `"${n}" is listed twice in this step` });
        else if (first !== undefined) {
          // Steps are counted from 1, as the presenter sees them; the id removes any doubt.
          const earlier = tour.steps[first]?.id ?? '';
          issues.push({
            path,
            message: `"${n}" is already revealed in step ${first + 1} ("${earlier}")`,
          });
        } else revealedIn.set(n, s);
      });
    });
  });
  return issues;
}

/**
 * Relations that target relations (undercuts, undercuts of undercuts) must end at a claim:
 * an inference cannot be attacked by an attack on itself.
 */
function findRelationTargetCycles(map: ArgumentMap): MapIssue[] {
  const index = new Map(map.relations.map((r, i) => [r.id, i]));
  const targetOf = (id: string) => {
    const to = map.relations[index.get(id) ?? -1]?.to;
    return to !== undefined && to !== id && index.has(to) ? to : undefined;
  };
  const issues: MapIssue[] = [];
  const done = new Set<string>();
  // Each relation targets at most one relation, so every walk is a simple path or a loop.
  for (const start of map.relations) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = start.id;
    while (id !== undefined && !done.has(id) && !onPath.has(id)) {
      path.push(id);
      onPath.add(id);
      id = targetOf(id);
    }
    if (id !== undefined && onPath.has(id)) {
      const loop = path.slice(path.indexOf(id));
      issues.push({
        path: `relations[${index.get(id)}].to`,
        message: `relations target each other in a circle: ${[...loop, id].join(' -> ')}`,
      });
    }
    for (const p of path) done.add(p);
  }
  return issues;
}

/** A relation the model refuses because it goes round in a circle (see circularRelations). */
export interface CircularRelation {
  /** Its place in the map's relations. */
  index: number;
  /**
   * The circle of support it closes, from its target back to it (`a -> b -> a`); absent for a
   * relation from a node to that same node.
   */
  loop?: string[];
}

/**
 * Relations going round in a circle: from a node to itself (support or attack), or closing a
 * circle of support and "continues" (a claim cannot rest on itself). Attacks may form circles
 * (mutual rebuttal is ordinary). Leaving out every relation listed makes a map free of both:
 * the circles are closed by the back edges of one depth-first walk.
 */
export function circularRelations(
  map: Pick<ArgumentMap, 'nodes' | 'relations'>,
): CircularRelation[] {
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const found: CircularRelation[] = [];
  const next = new Map<string, { to: string; index: number }[]>();
  map.relations.forEach((r, index) => {
    if (!nodeIds.has(r.to)) return;
    if (r.from.includes(r.to)) {
      found.push({ index });
      return;
    }
    if (r.kind === 'attack') return;
    for (const f of r.from) {
      if (!nodeIds.has(f)) continue;
      const list = next.get(f) ?? [];
      list.push({ to: r.to, index });
      next.set(f, list);
    }
  });
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<number>();
  // Iterative DFS: a hostile file with a 100k-long chain must not blow the stack.
  for (const startId of nodeIds) {
    if (state.has(startId)) continue;
    const stack: { id: string; i: number }[] = [{ id: startId, i: 0 }];
    state.set(startId, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; i: number };
      const edges = next.get(top.id) ?? [];
      if (top.i >= edges.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const edge = edges[top.i++] as { to: string; index: number };
      const s = state.get(edge.to);
      if (s === 'open') {
        if (!reported.has(edge.index)) {
          reported.add(edge.index);
          const loop = stack.slice(stack.findIndex((f) => f.id === edge.to)).map((f) => f.id);
          found.push({ index: edge.index, loop: [...loop, edge.to] });
        }
      } else if (s === undefined) {
        state.set(edge.to, 'open');
        stack.push({ id: edge.to, i: 0 });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
