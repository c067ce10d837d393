import type {
  ArgumentMap,
  ArgumentNode,
  Localized,
  Relation,
  Tour,
  TourStep,
} from '../model/types';

/**
 * How a generated tour walks the argument:
 * - `leaves-first` builds up: each step shows a claim together with those of its reasons that
 *   rest on nothing further; reasons that have reasons of their own got their step before.
 *   The main conclusion comes last.
 * - `conclusion-first` takes it apart: step 1 shows the main conclusion(s), then, breadth first,
 *   one step per shown claim reveals its reasons and objections.
 */
export type TourOrder = 'leaves-first' | 'conclusion-first';

/** Interface languages the generated titles and captions are written in. */
const LANGUAGES = ['en', 'de'] as const;
type Language = (typeof LANGUAGES)[number];

/**
 * A tour for a map that has none, in reasoning order. Every node is revealed exactly once.
 * Co-premises of one relation come in the same step (unless one of them was revealed before).
 * An undercut (a relation aimed at a relation) comes with the step in which the relation it
 * targets appears, or, when the undercutting claim has reasons of its own, right after it.
 * A reason shared by several claims comes with the first of them the walk reaches.
 * Nodes outside the support/attack structure (isolated, or only linked by `continues`, which
 * is reading order) come at the end, one step each, in map order.
 * Attack cycles are allowed in maps: a walk never enters a node twice, so it ends; a cycle no
 * conclusion leads into is entered at its first node in map order.
 *
 * `language` limits the generated texts to that interface language (English is always kept
 * as the fallback); without it they are written in every language the app has.
 */
export function generateTour(
  map: ArgumentMap,
  order: TourOrder = 'leaves-first',
  language?: string,
): Tour {
  const graph = buildGraph(map);
  const steps = order === 'leaves-first' ? leavesFirst(graph) : conclusionFirst(graph);
  const revealed = new Set(steps.flatMap((s) => s.nodes));
  for (const n of map.nodes) {
    if (!revealed.has(n.id)) steps.push({ nodes: [n.id], focus: [n.id], kind: 'outside' });
  }

  const languages = languagesFor(language);
  const sourceLanguage = primary(map.source.language);
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const taken = new Set((map.tours ?? []).map((t) => t.id));
  let id = `generated-${order}`;
  for (let k = 2; taken.has(id); k++) id = `generated-${order}-${k}`;
  return {
    id,
    title: localize(languages, (l) => TEXTS[l].tourTitle[order]),
    steps: steps.map((s, i): TourStep => {
      const focus = s.focus.map((f) => byId.get(f)).filter((n) => n !== undefined);
      const about = (l: Language) => focus.map((n) => shortText(n, l, sourceLanguage));
      return {
        id: `step-${i + 1}`,
        title: localize(languages, (l) => TEXTS[l].title(s, about(l)) || TEXTS[l].step(i + 1)),
        caption: localize(languages, (l) => TEXTS[l].caption(s, about(l))),
        nodes: s.nodes,
      };
    }),
  };
}

/** What a step is about, for its generated title and caption. */
type StepKind = 'conclusions' | 'reasons' | 'built-up' | 'draws-on' | 'outside';

interface RawStep {
  nodes: string[];
  /** The claim(s) the step is about: the ones it builds up to, or whose reasons it shows. */
  focus: string[];
  kind: StepKind;
  /** For a `reasons` step: how many revealed nodes argue for the claim, how many against. */
  pro?: number;
  contra?: number;
}

interface Graph {
  /** Node ids in map order. */
  order: string[];
  position: Map<string, number>;
  /**
   * Support and attack relations bearing on a node: those aimed at it, each followed by the
   * relations aimed at that relation (undercuts, and undercuts of those), in map order.
   */
  attached: Map<string, { relation: Relation; onRelation: boolean }[]>;
  /** The premises of a node's attached relations: everything that argues for or against it. */
  reasons: Map<string, string[]>;
  /** Nodes that are no premise of any support or attack: where arguments end. */
  roots: string[];
  /** Nodes that take part in some support or attack. */
  inInference: Set<string>;
}

function buildGraph(map: ArgumentMap): Graph {
  const order = map.nodes.map((n) => n.id);
  const position = new Map(order.map((id, i) => [id, i]));
  const relationIds = new Set(map.relations.map((r) => r.id));
  // `continues` is reading order; an attack on a `continues` relation has no inference to attack.
  const into = new Map<string, Relation[]>();
  for (const r of map.relations) {
    if (r.kind === 'continues') continue;
    if (!position.has(r.to) && !relationIds.has(r.to)) continue;
    const list = into.get(r.to);
    if (list) list.push(r);
    else into.set(r.to, [r]);
  }

  const attached = new Map<string, { relation: Relation; onRelation: boolean }[]>();
  const reasons = new Map<string, string[]>();
  const premiseOfSome = new Set<string>();
  const inInference = new Set<string>();
  for (const id of order) {
    const list: { relation: Relation; onRelation: boolean }[] = [];
    const seen = new Set<string>();
    // Depth first, iteratively, so each undercut follows the relation it targets.
    const stack = [...(into.get(id) ?? [])].reverse().map((relation) => ({
      relation,
      onRelation: false,
    }));
    while (stack.length > 0) {
      const top = stack.pop() as { relation: Relation; onRelation: boolean };
      if (seen.has(top.relation.id)) continue; // relations aimed at each other in a circle
      seen.add(top.relation.id);
      list.push(top);
      const under = into.get(top.relation.id) ?? [];
      for (let k = under.length - 1; k >= 0; k--) {
        stack.push({ relation: under[k] as Relation, onRelation: true });
      }
    }
    attached.set(id, list);
    const premises = unique(list.flatMap((a) => a.relation.from)).filter(
      (p) => p !== id && position.has(p),
    );
    reasons.set(id, premises);
    for (const p of premises) premiseOfSome.add(p);
    if (premises.length > 0) {
      inInference.add(id);
      for (const p of premises) inInference.add(p);
    }
  }
  const roots = order.filter((id) => inInference.has(id) && !premiseOfSome.has(id));
  return { order, position, attached, reasons, roots, inInference };
}

/** A node to start from once the roots are done: a circle no conclusion leads into. */
function nextStart(graph: Graph, revealed: ReadonlySet<string>): string | undefined {
  return graph.order.find((id) => graph.inInference.has(id) && !revealed.has(id));
}

function conclusionFirst(graph: Graph): RawStep[] {
  const steps: RawStep[] = [];
  const revealed = new Set<string>();
  const queue: string[] = [];
  const reveal = (step: RawStep) => {
    steps.push(step);
    for (const n of step.nodes) revealed.add(n);
    queue.push(...step.nodes);
  };
  if (graph.roots.length > 0) {
    reveal({ nodes: [...graph.roots], focus: [...graph.roots], kind: 'conclusions' });
  }
  for (;;) {
    // Breadth first: the queue grows as steps reveal nodes; `head` walks it without shifting.
    for (let head = 0; head < queue.length; head++) {
      const claim = queue[head] as string;
      const nodes: string[] = [];
      let pro = 0;
      let contra = 0;
      for (const { relation } of graph.attached.get(claim) ?? []) {
        const fresh = unique(relation.from).filter(
          (p) => graph.position.has(p) && !revealed.has(p) && !nodes.includes(p),
        );
        nodes.push(...fresh);
        // An undercut counts against the claim, a backing of an inference for it.
        if (relation.kind === 'attack') contra += fresh.length;
        else pro += fresh.length;
      }
      if (nodes.length === 0) continue;
      reveal({ nodes: inMapOrder(graph, nodes), focus: [claim], kind: 'reasons', pro, contra });
    }
    queue.length = 0;
    const start = nextStart(graph, revealed);
    if (start === undefined) return steps;
    reveal({ nodes: [start], focus: [start], kind: 'conclusions' });
  }
}

interface Frame {
  /** The claims this frame's step builds up to: one node, or the co-premises of a relation. */
  members: string[];
  /** The attached relations of all members, worked through one by one. */
  relations: { relation: Relation; onRelation: boolean }[];
  next: number;
  /** Reasons with nothing open under them: they come in this frame's step. */
  leaves: string[];
  /** Undercutting claims with reasons of their own: built up right after this frame's step. */
  after: string[][];
  nextAfter: number;
  emitted: boolean;
}

function leavesFirst(graph: Graph): RawStep[] {
  const steps: RawStep[] = [];
  const revealed = new Set<string>();
  // Members of the frames on the stack: a reason among them closes a cycle, and is not waited for.
  const building = new Set<string>();
  const open = (p: string) => graph.position.has(p) && !revealed.has(p) && !building.has(p);
  const isLeaf = (p: string) => (graph.reasons.get(p) ?? []).every((q) => !open(q));
  const frame = (members: string[]): Frame => {
    for (const m of members) building.add(m);
    return {
      members,
      relations: members.flatMap((m) => graph.attached.get(m) ?? []),
      next: 0,
      leaves: [],
      after: [],
      nextAfter: 0,
      emitted: false,
    };
  };

  // Iterative post-order: a hostile map's 10,000-long chain must not overflow the stack.
  const build = (start: string) => {
    const stack: Frame[] = [frame([start])];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Frame;
      if (top.next < top.relations.length) {
        const { relation, onRelation } = top.relations[top.next++] as Frame['relations'][number];
        const fresh = unique(relation.from).filter(open);
        if (fresh.length === 0) continue;
        // Leaves are not claimed yet: a deeper claim that rests on one takes it into its own
        // step, so that no claim is shown before its reasons.
        if (fresh.every(isLeaf)) top.leaves.push(...fresh);
        else if (onRelation) top.after.push(fresh);
        else stack.push(frame(fresh)); // co-premises are built up together
        continue;
      }
      if (!top.emitted) {
        top.emitted = true;
        const leaves = top.leaves.filter((l) => !revealed.has(l));
        const nodes = inMapOrder(graph, [...top.members, ...leaves]);
        for (const n of nodes) {
          building.delete(n);
          revealed.add(n);
        }
        const kind = leaves.length > 0 ? 'built-up' : 'draws-on';
        steps.push({ nodes, focus: top.members, kind });
        continue;
      }
      if (top.nextAfter < top.after.length) {
        const fresh = (top.after[top.nextAfter++] as string[]).filter(open);
        if (fresh.length > 0) stack.push(frame(fresh));
        continue;
      }
      stack.pop();
    }
  };

  for (const root of graph.roots) if (open(root)) build(root);
  for (let start = nextStart(graph, revealed); start !== undefined; ) {
    build(start);
    start = nextStart(graph, revealed);
  }
  return steps;
}

function inMapOrder(graph: Graph, ids: string[]): string[] {
  const position = (id: string) => graph.position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return unique(ids).sort((a, b) => position(a) - position(b));
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? '';
}

function languagesFor(language: string | undefined): Language[] {
  if (language === undefined) return [...LANGUAGES];
  const wanted = LANGUAGES.find((l) => l === primary(language));
  return wanted && wanted !== 'en' ? ['en', wanted] : ['en'];
}

function localize(languages: Language[], text: (language: Language) => string): Localized {
  return Object.fromEntries(languages.map((l) => [l, text(l)]));
}

const SHORT = 48;

/**
 * The first words of a node in an interface language: its own text when that is the source
 * language, else the English gloss (the text when there is no gloss).
 */
function shortText(node: ArgumentNode, language: Language, sourceLanguage: string): string {
  const full = (language === sourceLanguage ? node.text : node.gloss || node.text)
    .replace(/\s+/g, ' ')
    .replace(/^[…\s]+/, '')
    .trim();
  if (full.length <= SHORT) return full;
  const cut = full.slice(0, SHORT + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT / 2 ? cut.slice(0, space) : full.slice(0, SHORT)).replace(/[,;:.]$/, '')}…`;
}

/** One name, and how many more: a caption must stay short enough to project. */
function list(names: string[], and: string, more: (n: number) => string): string {
  return names.length > 1 ? `${names[0]} ${and} ${more(names.length - 1)}` : (names[0] ?? '');
}

/** `1 reason`, `2 reasons` */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Texts {
  tourTitle: Record<TourOrder, string>;
  step: (n: number) => string;
  title: (step: RawStep, about: string[]) => string;
  caption: (step: RawStep, about: string[]) => string;
}

const TEXTS: Record<Language, Texts> = {
  en: {
    tourTitle: {
      'leaves-first': 'From the reasons to the conclusion',
      'conclusion-first': 'From the conclusion to its reasons',
    },
    step: (n) => `Step ${n}`,
    title: ({ kind, pro = 0, contra = 0 }, about) => {
      const first = about[0] ?? '';
      if (kind === 'conclusions' && about.length > 1) return 'The conclusions';
      if (kind !== 'reasons') return first;
      return `${contra === 0 ? 'For' : pro === 0 ? 'Against' : 'For and against'}: ${first}`;
    },
    caption: ({ kind, pro = 0, contra = 0 }, about) => {
      const what = list(
        about.map((a) => `“${a}”`),
        'and',
        (n) => count(n, 'other', 'others'),
      );
      const they = about.length > 1;
      switch (kind) {
        case 'conclusions':
          return `Where the argument ends up: ${they ? 'its conclusions' : 'its conclusion'}.`;
        case 'reasons': {
          const parts = [
            ...(pro > 0 ? [count(pro, 'reason', 'reasons')] : []),
            ...(contra > 0 ? [count(contra, 'objection', 'objections')] : []),
          ];
          return `${parts.join(' and ')} bearing on ${what}`;
        }
        case 'built-up':
          return `${what}, with what ${they ? 'they rest' : 'it rests'} on`;
        case 'draws-on':
          return `${what} ${they ? 'follow' : 'follows'} from what is shown`;
        case 'outside':
          return 'Also on the map, outside the chain of reasons';
      }
    },
  },
  de: {
    tourTitle: {
      'leaves-first': 'Von den Gründen zum Schluss',
      'conclusion-first': 'Vom Schluss zu den Gründen',
    },
    step: (n) => `Schritt ${n}`,
    title: ({ kind, pro = 0, contra = 0 }, about) => {
      const first = about[0] ?? '';
      if (kind === 'conclusions' && about.length > 1) return 'Die Schlüsse';
      if (kind !== 'reasons') return first;
      return `${contra === 0 ? 'Dafür' : pro === 0 ? 'Dagegen' : 'Dafür und dagegen'}: ${first}`;
    },
    caption: ({ kind, pro = 0, contra = 0 }, about) => {
      const what = list(
        about.map((a) => `«${a}»`),
        'und',
        (n) => `${n} weitere`,
      );
      const they = about.length > 1;
      switch (kind) {
        case 'conclusions':
          return `Worauf das Argument hinausläuft: ${they ? 'seine Schlüsse' : 'sein Schluss'}.`;
        case 'reasons': {
          const parts = [
            ...(pro > 0 ? [count(pro, 'Grund', 'Gründe')] : []),
            ...(contra > 0 ? [count(contra, 'Einwand', 'Einwände')] : []),
          ];
          return `${parts.join(' und ')} zu ${what}`;
        }
        case 'built-up':
          return `${what}, mit dem, worauf ${they ? 'sie sich stützen' : 'es sich stützt'}`;
        case 'draws-on':
          return `${what} ${they ? 'folgen' : 'folgt'} aus dem Gezeigten`;
        case 'outside':
          return 'Ausserdem auf der Karte, ausserhalb der Begründungskette';
      }
    },
  },
};
