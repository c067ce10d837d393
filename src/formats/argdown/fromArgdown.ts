import {
  ArgdownApplication,
  ArgdownTypes,
  DataPlugin,
  FrontMatterSettingsModes,
  type HasText,
  type IArgdownPlugin,
  type IArgdownResponse,
  IArgument,
  IEquivalenceClass,
  type IPCSStatement,
  type IRuleNodeHandler,
  type ISection,
  type IStatement,
  type ITokenNodeHandler,
  isConclusion,
  ModelPlugin,
  ParserPlugin,
  type RelationMember,
  RelationType,
  RuleNames,
  TokenNames,
} from '@argdown/core';
import { z } from 'zod';
import { parseMap } from '../../model/parseMap';
import {
  type ArgumentMap,
  type ArgumentNode,
  type Group,
  MAP_FORMAT_VERSION,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  type MapIssue,
  NODE_KINDS,
  type NodeKind,
  RELATION_KINDS,
  type Relation,
  type RelationKind,
  TAG_PATTERN,
} from '../../model/types';
import { sanitizeId, uniqueIds } from '../shared/ids';
import type { ImportResult } from '../shared/importResult';
import { leaveOutCircles } from '../shared/leaveOutCircles';
import { collapseWhitespace, nodeLabel } from '../shared/text';
import {
  readingHazard,
  syntaxErrorLimit,
  TooManySyntaxErrors,
  withSyntaxErrorLimit,
} from './guard';
import { withoutIncludes } from './includes';
import { argdownOfMarkdown } from './markdown';
import { compareAt, excerpt, isLine, locate, type Position, positionAt } from './position';
import { argdownPlusLine, explainSyntaxError } from './syntaxErrors';
import { lineList, type Same, Warnings } from './warnings';
import { argumentName, isCommentary, linksOf, memberName, statementName, wordsOf } from './words';

/**
 * Reads Argdown (https://argdown.org) with Argdown's own parser.
 *
 * Our own files (written by `toArgdown`) come back as they were: the YAML data of statements and
 * arguments and the `argmap` front matter restore kinds, both texts, quotes, where a claim was
 * said, ids and groups.
 *
 * Other Argdown becomes a map as follows:
 * - every statement (equivalence class) is a node; its text is Argdown's canonical text (the last
 *   definition), its kind follows from where it stands (see `guessKind`). Untitled paragraphs
 *   that no relation or argument uses are prose around the map and left out, as Argdown's own
 *   map does;
 * - a statement's `#tags` (of all its uses, in order, each once) are the node's tags. Tags at the
 *   start or end of a text are not part of its words; a tag inside a sentence stays in the text
 *   as its plain words (`a #(fair share) of` is "a fair share of"), and a mention its title
 *   (`see @[Harm]` is "see Harm");
 * - a reconstructed argument (premise-conclusion structure) is one support relation per inference:
 *   the premises together (co-premises) lead to the conclusion; an intermediary conclusion feeds
 *   the next inference. Undercuts (`_>`, `<_`) and any other relation aimed at the argument point
 *   at its (main) inference;
 * - an argument without premise-conclusion structure becomes a node whose text is its description
 *   and whose tags are the argument's;
 * - `+`, `-`, `+>`, `->` between statements are supports and attacks; a contradiction (`><`) is two
 *   attacks;
 * - headings are groups of the statements defined under them.
 * A Markdown document is read as its ```argdown blocks (./markdown.ts).
 * What does not fit the model is reported as a warning located by line and column, many of a kind
 * as one (./warnings.ts). Syntax errors, said in plain words where the cause is known
 * (./syntaxErrors.ts), stop the import (the first ones are listed: Argdown's parser stops after
 * a number of them), and so do unclosed brackets Argdown would take too long to read
 * (./guard.ts). The result has passed `parseMap`, like every imported map.
 */
export function fromArgdown(text: string, untitled?: string): ImportResult {
  if (text.trim() === '') return fail('', 'the file is empty: there is no Argdown to read');
  // Markdown with ```argdown blocks (Argdown's own documentation, notes): the blocks are read.
  const markdown = argdownOfMarkdown(text);
  const blocks = markdown?.blocks ?? [];
  const included = withoutIncludes(markdown?.argdown ?? text);
  const source = included.text;
  const withNote = (result: ImportResult, blocks: number[]) =>
    withNotes(result, blocks, included.warnings);
  if (source.trim() === '') {
    return withNote(
      fail('', markdown ? 'the Argdown code blocks are empty' : 'there is no Argdown to read'),
      blocks,
    );
  }
  // A `//` comment ends at a line break: on the last line it would be read as text.
  const input = /[\r\n]$/.test(source) ? source : `${source}\n`;
  // Unclosed brackets would keep Argdown's lexer busy for seconds: refused before it starts.
  const hazard = readingHazard(input);
  if (hazard) {
    return withNote(fail(locate(positionAt(input, hazard.offset)), hazard.message), blocks);
  }
  const parsed = parseArgdown(input);
  if (!parsed.ok) return withNote(parsed, blocks);
  return withNote(new Reader(parsed.response, markdown?.title || untitled).read(), blocks);
}

/**
 * What was read of a Markdown document and which includes were left out, said before the
 * warnings or the problems.
 */
function withNotes(result: ImportResult, blocks: number[], notes: MapIssue[]): ImportResult {
  const n = blocks.length;
  const read =
    n === 1
      ? `its Argdown code block (${lineList(blocks)}) is read`
      : `its ${n} Argdown code blocks (${lineList(blocks)}) are read together, as one Argdown text`;
  const first: MapIssue[] =
    n === 0
      ? notes
      : [
          {
            path: locate({ startLine: blocks[0], startColumn: 1 }),
            message: `this is Markdown: ${read}; the rest of the document is left out`,
          },
          ...notes,
        ];
  if (first.length === 0) return result;
  if (result.ok) return { ...result, warnings: [...first, ...result.warnings] };
  return { ok: false, issues: [...first, ...result.issues] };
}

const MAX_TEXT = 5000; // the model's limit for a node's text and gloss
const MAX_SLUG = 60;
const DEFAULT_TITLE = 'Imported Argdown map';
const ID = /^[\p{L}\p{N}_.:-]+$/u;
const idSchema = z.string().max(200).regex(ID);

/** What many warnings of a kind say as one line, after their count (./warnings.ts). */
const SAME = {
  noStructure:
    'arguments have no premise-conclusion structure: each becomes a node with its description (or its title) as text',
  emptyArgument: 'arguments are left out: they have no premises, no description and no relations',
  textLost:
    'arguments become relations, which have no text: their descriptions, tags or inference rules are left out',
  noText: 'statements have no text: their titles are used as their texts',
  links: 'statements or arguments have links: their words are kept, the addresses left out',
  severalTexts: 'statements are defined with different texts: the last text of each is kept',
  severalHeadings:
    'statements or arguments are defined under several headings: they are left ungrouped',
  badTags: 'elements have tags the map cannot hold: those tags are left out',
  manyTags: `elements have more than ${MAX_TAGS} tags: the first ${MAX_TAGS} of each are kept`,
  cut: `texts are longer than ${MAX_TEXT} characters: each is cut`,
  relationLeftOut: 'relations are left out: one end of each is not in the map',
  contradiction: 'pairs of statements contradict each other: each is drawn as two attacks',
  undercut: 'undercuts aim at something without an inference: each is read as an attack',
  onInference:
    "relations aim at a reconstructed argument: each is drawn on the argument's inference (Argdown means one of its premises, but not which)",
} as const;

// What `toArgdown` writes into the front matter (`argmap`) and into statements and arguments.
const argmapSchema = z.object({
  version: z.literal(MAP_FORMAT_VERSION),
  labels: z.enum(['source', 'gloss']),
  source: z.object({
    text: z.string(),
    language: z.string(),
    page: z.number().int().optional(),
    citation: z.string().optional(),
  }),
  relationIds: z
    .array(z.tuple([idSchema, z.enum(['support', 'attack']), z.string(), z.string()]))
    .default([]),
  extraRelations: z
    .array(
      z.object({
        id: idSchema,
        kind: z.enum(RELATION_KINDS),
        from: z.array(z.string()),
        to: z.string(),
      }),
    )
    .default([]),
});
type Argmap = z.infer<typeof argmapSchema>;

const nodeDataSchema = z.object({
  kind: z.enum(NODE_KINDS),
  id: idSchema.optional(),
  implicit: z.boolean().optional(),
  breaksOff: z.boolean().optional(),
  text: z.string().optional(),
  gloss: z.string().optional(),
  quote: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  said: z.object({ speaker: z.string().optional(), text: z.string() }).optional(),
  // `place`: this node's place in the relation's `from`, when the relation has several.
  continues: z
    .array(z.object({ id: idSchema, to: z.string(), place: z.number().int().min(1).optional() }))
    .optional(),
});
type NodeData = z.infer<typeof nodeDataSchema>;

const argumentDataSchema = z.object({
  kind: z.enum(['support', 'attack']),
  id: idSchema.optional(),
});
type ArgumentData = z.infer<typeof argumentDataSchema>;

// ---------------------------------------------------------------------------------------------
// Parsing

type Parsed = { ok: true; response: IArgdownResponse } | { ok: false; issues: MapIssue[] };

function parseArgdown(input: string): Parsed {
  const app = new ArgdownApplication();
  const last: Position = {};
  app.addPlugin(new ParserPlugin(), 'parse');
  // First in its processor, so it has seen the element an exception of the others comes from.
  app.addPlugin(positionTracker(last), 'model');
  app.addPlugin(new DataPlugin(), 'model');
  app.addPlugin(new ModelPlugin(), 'model');
  const response: IArgdownResponse = {};
  const request = {
    input,
    logLevel: 'none',
    logExceptions: false,
    // Otherwise Argdown swallows errors that are not its own (a YAML mistake, the lexer's
    // failure) and leaves a model built half-way.
    throwExceptions: true,
    // The front matter is data for us, never settings that change how Argdown reads the file.
    data: { frontMatterSettingsMode: FrontMatterSettingsModes.IGNORE },
  };

  try {
    const limit = syntaxErrorLimit(input.length);
    withSyntaxErrorLimit(limit, () => app.run({ ...request, process: ['parse'] }, response));
  } catch (e) {
    if (e instanceof TooManySyntaxErrors) {
      return { ok: false, issues: withArgdownPlus(input, tooManyErrors(input, e)) };
    }
    return { ok: false, issues: [lexerIssue(input, e)] };
  }
  const issues = syntaxIssues(input, response);
  if (issues.length > 0) return { ok: false, issues: withArgdownPlus(input, issues) };
  const reserved = reservedTitles(response);
  if (reserved.length > 0) return { ok: false, issues: reserved };

  try {
    app.run({ ...request, process: ['model'] }, response);
  } catch (e) {
    return { ok: false, issues: [{ path: locate(last), message: errorMessage(e) }] };
  }
  return { ok: true, response };
}

/** Remembers where the walk through the syntax tree is, to locate an exception thrown there. */
function positionTracker(last: Position): IArgdownPlugin {
  const onRule: IRuleNodeHandler = (_request, _response, node) => {
    if (isLine(node.startLine)) {
      last.startLine = node.startLine;
      last.startColumn = node.startColumn;
    }
  };
  const onToken: ITokenNodeHandler = (_request, _response, token) => {
    last.startLine = token.startLine;
    last.startColumn = token.startColumn;
  };
  return {
    name: 'PositionTracker',
    ruleListeners: Object.fromEntries(Object.values(RuleNames).map((n) => [`${n}Entry`, onRule])),
    tokenListeners: { [TokenNames.DATA]: onToken, [TokenNames.FRONT_MATTER]: onToken },
  };
}

function syntaxIssues(input: string, response: IArgdownResponse): MapIssue[] {
  const issues: MapIssue[] = [];
  const add = (at: Position | undefined, message: string) => {
    const line = at?.startLine;
    const column = at?.startColumn ?? 1;
    const where = { line: isLine(line) ? line : 0, column, message };
    issues.push({ path: locate(at), message: explainSyntaxError(input, where) });
  };
  for (const e of response.lexerErrors ?? []) {
    add({ startLine: e.line, startColumn: e.column }, e.message);
  }
  for (const e of response.parserErrors ?? []) {
    // A token inserted while recovering from the error has no position; the one before has.
    const previous = (e as { previousToken?: Position }).previousToken;
    add(isLine(e.token?.startLine) ? e.token : previous, e.message);
  }
  return issues;
}

/** The errors before Argdown's parser was stopped, and where it stopped. */
function tooManyErrors(input: string, e: TooManySyntaxErrors): MapIssue[] {
  const issues = syntaxIssues(input, { parserErrors: e.errors });
  const last = issues.at(-1);
  const n = e.errors.length;
  issues.push({
    path: last?.path ?? '',
    message: `stopped after ${n} syntax error${n === 1 ? '' : 's'}: the rest of the file is not checked`,
  });
  return issues;
}

/** A file that says it is Argdown+ fails for that reason first. */
function withArgdownPlus(input: string, issues: MapIssue[]): MapIssue[] {
  const line = argdownPlusLine(input);
  if (line === undefined) return issues;
  const path = locate({ startLine: line, startColumn: 1 });
  const message =
    'the front matter says "syntax: argdown+": Argdown+ is an extension this app does not read (only standard Argdown is supported)';
  return [{ path, message }, ...issues];
}

/**
 * Argdown keeps statements and arguments in plain objects keyed by title: a title such as
 * `__proto__` or `constructor` would reach into Object.prototype (and change it for the whole
 * page), so such files are refused before the model is built.
 */
function reservedTitles(response: IArgdownResponse): MapIssue[] {
  const patterns: Record<string, RegExp> = {
    [TokenNames.STATEMENT_DEFINITION]: /\[(.+)\]:/,
    [TokenNames.STATEMENT_REFERENCE]: /\[(.+)\]/,
    [TokenNames.ARGUMENT_DEFINITION]: /<(.+)>:/,
    [TokenNames.ARGUMENT_REFERENCE]: /<(.+)>/,
  };
  const issues: MapIssue[] = [];
  for (const token of response.tokens ?? []) {
    const pattern = patterns[token.tokenType.name];
    const title = pattern?.exec(token.image)?.[1];
    if (title !== undefined && title in Object.prototype) {
      issues.push({
        path: locate(token),
        message: `the title "${title}" is reserved in JavaScript and cannot be read; rename it`,
      });
    }
  }
  return issues;
}

/**
 * Argdown's lexer fails without saying where. The one thing it cannot read is a backslash that
 * escapes nothing: at the end of a line or of the file.
 */
function lexerIssue(input: string, error: unknown): MapIssue {
  for (let i = 0; i < input.length; i++) {
    if (input[i] !== '\\') continue;
    const next = input[i + 1];
    if (next === undefined || '\n\r\u2028\u2029'.includes(next)) {
      return {
        path: locate(positionAt(input, i)),
        message: 'a backslash at the end of a line escapes nothing (write \\\\ for a backslash)',
      };
    }
    i++; // the escaped character
  }
  return { path: '', message: `Argdown could not read the text: ${errorMessage(error)}` };
}

function errorMessage(error: unknown): string {
  // YAML errors carry a short reason and a long message with a drawing of the line.
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason === 'string') return `invalid data (YAML): ${reason}`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function fail(path: string, message: string): ImportResult {
  return { ok: false, issues: [{ path, message }] };
}

// ---------------------------------------------------------------------------------------------
// Building the map

interface NodeDraft {
  node: ArgumentNode;
  /** Plain Argdown: the kind is guessed once all relations are known. */
  guess: boolean;
  topLevel: boolean;
  section: ISection | undefined;
  at: Position | undefined;
  /** How the user wrote it: `[title]` or `<title>`. */
  name: string;
}

interface RelationDraft {
  relation: Relation;
  at: Position | undefined;
}

interface ContinuesDraft {
  id: string;
  to: string;
  sources: { node: string; place: number }[];
  at: Position | undefined;
}

interface Step {
  premises: IPCSStatement[];
  conclusion: IPCSStatement;
  index: number;
}

class Reader {
  private readonly warnings = new Warnings();
  private readonly unique = uniqueIds();
  private readonly statements: IEquivalenceClass[];
  private readonly arguments: IArgument[];
  private readonly title: string;
  private readonly argmap: Argmap | undefined;
  private readonly labels: 'source' | 'gloss';
  /** Conclusions `toArgdown` made up to carry an attack or an inference relation. */
  private readonly generated = new Set<IEquivalenceClass>();
  /** Untitled statements outside relations and arguments: prose around the map. */
  private readonly commentary: IEquivalenceClass[] = [];
  private readonly nodeData = new Map<IEquivalenceClass, NodeData>();
  private readonly argumentData = new Map<IArgument, ArgumentData>();
  private readonly nodeOfStatement = new Map<IEquivalenceClass, string>();
  private readonly nodeOfArgument = new Map<IArgument, string>();
  /** Relation id of each inference: argument title and conclusion index. */
  private readonly inferenceIds = new Map<string, string>();
  private readonly nameOf = new Map<string, string>();
  private readonly drafts: NodeDraft[] = [];
  private relations: RelationDraft[] = [];
  private readonly relationKeys = new Set<string>();
  private wildRelations = 0;

  constructor(
    private readonly response: IArgdownResponse,
    fallbackTitle?: string,
  ) {
    this.statements = Object.values(response.statements ?? {});
    this.arguments = Object.values(response.arguments ?? {});
    const front = (isRecord(response.frontMatter) ? response.frontMatter : {}) as Record<
      string,
      unknown
    >;
    this.title =
      typeof front.title === 'string' && front.title.trim() !== ''
        ? front.title
        : fallbackTitle || DEFAULT_TITLE;
    if (front.argmap !== undefined) {
      const parsed = argmapSchema.safeParse(front.argmap);
      if (parsed.success) this.argmap = parsed.data;
      else {
        this.warn(
          { startLine: 1, startColumn: 1 },
          'the front matter\'s "argmap" is not what this app writes; read as plain Argdown',
        );
      }
    }
    this.labels = this.argmap?.labels ?? 'source';
  }

  read(): ImportResult {
    this.readData();
    this.reserveIds();
    this.addStatementNodes();
    this.addArgumentNodes();
    this.nameArguments();
    this.addArgumentRelations();
    this.addPlainRelations();
    this.addOwnRelations();
    this.warnCommentary();
    if (this.drafts.length === 0) return fail('', this.nothingToMap());
    // Nodes in the order they first appear in the text (statements before arguments otherwise).
    this.drafts.sort((a, b) => compareAt(a.at, b.at));
    const groups = this.buildGroups();
    this.guessKinds();

    const nodes = this.drafts.map((d) => d.node);
    const map: ArgumentMap = {
      version: MAP_FORMAT_VERSION,
      title: this.title,
      source: this.argmap?.source ?? { text: '', language: 'und' },
      nodes,
      relations: this.withoutCircles(nodes),
      groups: groups.map((g) => g.group),
    };
    const result = parseMap(map);
    if (result.ok) return { ok: true, map: result.map, warnings: this.warnings.sorted() };
    return { ok: false, issues: result.issues.map((i) => this.locateIssue(i, groups)) };
  }

  /**
   * The relations without those going round in a circle, each left out with a warning where it
   * is written (Argdown draws them; the model refuses them, see circularRelations).
   */
  private withoutCircles(nodes: ArgumentNode[]): Relation[] {
    const { relations, leftOut } = leaveOutCircles(
      nodes,
      this.relations.map((r) => r.relation),
    );
    for (const c of leftOut) {
      const r = this.relations[c.index];
      if (!r) continue;
      const what = `the ${r.relation.kind} of ${this.display(r.relation.to)}`;
      const on = c.on === undefined ? undefined : this.relations[c.on]?.relation;
      this.warn(
        r.at,
        on
          ? `${what} is left out: the ${on.kind} of ${this.display(on.to)} it attacks is left out`
          : c.loop
            ? `${what} is left out: it would close a circle of support (${c.loop.map((id) => this.display(id)).join(' -> ')})`
            : `${what} is left out: it comes from ${this.display(r.relation.to)} itself`,
      );
    }
    // Later steps (locateIssue) index the relations as the map has them.
    const kept = new Set(relations);
    this.relations = this.relations.filter((r) => kept.has(r.relation));
    return relations;
  }

  private warn(at: Position | undefined, message: string, same?: Same): void {
    this.warnings.add(at, message, same);
  }

  /** Commentary is left out, as Argdown's own map does (`statementSelectionMode: with-title`). */
  private warnCommentary(): void {
    const n = this.commentary.length;
    if (n === 0 || this.drafts.length === 0) return;
    this.warn(
      firstMember(this.commentary[0] as IEquivalenceClass),
      `${n} untitled paragraph${n === 1 ? ' that takes' : 's that take'} part in no relation or argument ${n === 1 ? 'is' : 'are'} left out of the map (${lineList(this.commentaryLines())})`,
    );
  }

  private nothingToMap(): string {
    const n = this.commentary.length;
    if (n === 0) return 'no statements found: the map would be empty';
    return `no statements found: the text has only untitled paragraphs (${n}, ${lineList(this.commentaryLines())}), which take part in no relation or argument; give a statement a title ([Title]: text) or relate statements (+, -) to map them`;
  }

  private commentaryLines(): number[] {
    return this.commentary.flatMap((ec) => {
      const line = firstMember(ec)?.startLine;
      return isLine(line) ? [line] : [];
    });
  }

  /** Which statements and arguments carry this app's data, and which conclusions are made up. */
  private readData(): void {
    for (const ec of this.statements) {
      if (isGenerated(ec)) {
        this.generated.add(ec);
        continue;
      }
      const data: unknown = ec.data;
      if (!isRecord(data) || data.kind === undefined) continue;
      const parsed = nodeDataSchema.safeParse(data);
      if (parsed.success) this.nodeData.set(ec, parsed.data);
      else {
        this.warn(
          firstMember(ec),
          `the data of ${statementName(ec)} is not what this app writes; read as plain Argdown`,
        );
      }
    }
    for (const a of this.arguments) {
      if (!isReconstructed(a)) continue;
      const parsed = argumentDataSchema.safeParse(a.data);
      if (parsed.success) this.argumentData.set(a, parsed.data);
    }
  }

  /** Ids written in the file are kept as they are; made-up ids must not take them. */
  private reserveIds(): void {
    const explicit: string[] = [];
    for (const [ec, d] of this.nodeData) explicit.push(d.id ?? ownTitle(ec.title) ?? '');
    for (const [a, d] of this.argumentData) explicit.push(d.id ?? ownTitle(a.title) ?? '');
    for (const d of this.nodeData.values()) explicit.push(...(d.continues ?? []).map((c) => c.id));
    for (const r of this.argmap?.relationIds ?? []) explicit.push(r[0]);
    for (const r of this.argmap?.extraRelations ?? []) explicit.push(r.id);
    for (const s of allSections(this.response.sections)) {
      const id = ownGroupId(s);
      if (id) explicit.push(id);
    }
    // Once each: a "continues" relation from several nodes is in the data of each of them.
    for (const id of new Set(explicit)) if (id !== '') this.unique(id);
  }

  private addStatementNodes(): void {
    for (const ec of this.statements) {
      if (this.generated.has(ec)) continue;
      const data = this.nodeData.get(ec);
      if (!data && isCommentary(ec)) {
        this.commentary.push(ec);
        continue;
      }
      const title = ec.title ?? '';
      const at = firstMember(ec);
      const name = statementName(ec);
      const id = (data && (data.id ?? ownTitle(title))) || this.unique(slug(title, 'statement'));
      this.nodeOfStatement.set(ec, id);
      this.nameOf.set(id, name);
      const shown = this.statementText(ec, name);
      const section = this.sectionOf(ec.members, name);
      const topLevel = ec.isUsedAsTopLevelStatement === true;
      if (data) {
        const node = this.ownNode(id, data, shown);
        this.addTags(node, ec.tags, at, name);
        this.drafts.push({
          node,
          guess: false,
          topLevel,
          section,
          at,
          name,
        });
        continue;
      }
      let text = shown;
      if (text === '') {
        this.warn(at, `${name} has no text: its title is used as its text`, {
          kind: SAME.noText,
          name,
        });
        text = title;
      }
      const node: ArgumentNode = {
        id,
        kind: 'claim',
        implicit: false,
        text: this.fit(text, at, name),
        gloss: '',
      };
      this.addTags(node, ec.tags, at, name);
      this.drafts.push({ node, guess: true, topLevel, section, at, name });
    }
  }

  /** A node written by `toArgdown`: the data has what Argdown cannot say. */
  private ownNode(id: string, data: NodeData, shown: string): ArgumentNode {
    const labels = this.labels;
    const node: ArgumentNode = {
      id,
      kind: data.kind,
      implicit: data.implicit === true,
      text: data.text ?? (labels === 'source' ? shown : ''),
      gloss: data.gloss ?? (labels === 'gloss' ? shown : ''),
    };
    // The statement's text was edited in Argdown: that edit wins for the label it shows.
    if (shown !== '' && shown !== collapseWhitespace(nodeLabel(node, labels))) {
      if (labels === 'gloss') node.gloss = shown;
      else node.text = shown;
    }
    const source = this.argmap?.source.text;
    const q = data.quote;
    if (q && source !== undefined && q.start < q.end && q.end <= source.length) {
      node.quote = { start: q.start, end: q.end, text: source.slice(q.start, q.end) };
    }
    if (data.breaksOff === true) node.breaksOff = true;
    if (data.said) {
      node.said = {
        ...(data.said.speaker !== undefined && { speaker: data.said.speaker }),
        text: data.said.text,
      };
    }
    return node;
  }

  /**
   * Argdown's tags as the node's: the ones the model cannot hold (punctuation, more than
   * MAX_TAG_LENGTH characters, beyond the first MAX_TAGS) are left out with a warning.
   */
  private addTags(
    node: ArgumentNode,
    raw: string[] | undefined,
    at: Position | undefined,
    name: string,
  ): void {
    const tags: string[] = [];
    const bad: string[] = [];
    for (const t of raw ?? []) {
      const tag = collapseWhitespace(t);
      if (tag.length > MAX_TAG_LENGTH || !TAG_PATTERN.test(tag)) bad.push(t);
      else if (!tags.includes(tag)) tags.push(tag);
    }
    if (bad.length > 0) {
      this.warn(
        at,
        `${name}: left out the tag${bad.length === 1 ? '' : 's'} ${bad.map((t) => `#(${excerpt(t)})`).join(', ')}: a tag has only letters, digits, spaces, - and _, at most ${MAX_TAG_LENGTH} characters`,
        { kind: SAME.badTags, name },
      );
    }
    if (tags.length > MAX_TAGS) {
      this.warn(
        at,
        `${name} has ${tags.length} tags; the first ${MAX_TAGS} are kept (${tags
          .slice(MAX_TAGS)
          .map((t) => `#(${t})`)
          .join(', ')} left out)`,
        { kind: SAME.manyTags, name },
      );
      tags.length = MAX_TAGS;
    }
    if (tags.length > 0) node.tags = tags;
  }

  /** Argdown's canonical text (the last definition), else any other text it was given. */
  private statementText(ec: IEquivalenceClass, name: string): string {
    const texts = ec.members
      .filter((m) => !m.isReference)
      .map(wordsOf)
      .filter((t) => t !== '');
    const member = IEquivalenceClass.getCanonicalMember(ec);
    const canonical = wordsOf(member);
    this.warnLinks(member, firstMember(ec), name);
    const text = canonical || (texts.at(-1) ?? '');
    const variants = new Set(texts).size;
    if (variants > 1 && !this.nodeData.has(ec)) {
      this.warn(
        firstMember(ec),
        `${name} is defined with ${variants} different texts; the last one is kept`,
        { kind: SAME.severalTexts, name },
      );
    }
    return text;
  }

  /** The map keeps a link's words, not where it leads: said, as for Kialo's links. */
  private warnLinks(text: HasText | undefined, at: Position | undefined, name: string): void {
    const urls = linksOf(text);
    if (urls.length === 0) return;
    this.warn(
      at,
      `${name}: ${urls.length === 1 ? 'the address of its link' : `the addresses of its ${urls.length} links`} (${urls.map((u) => excerpt(u)).join(', ')}) ${urls.length === 1 ? 'is' : 'are'} left out; the words are kept`,
      { kind: SAME.links, name },
    );
  }

  /**
   * An argument without premise-conclusion structure has nothing a relation could stand for: it
   * becomes a node whose text is its description, so relations to and from it are kept.
   */
  private addArgumentNodes(): void {
    for (const a of this.arguments) {
      if (isReconstructed(a)) continue;
      const title = a.title ?? '';
      const name = argumentName(a);
      const at = firstMember(a) ?? a;
      const description = wordsOf(IArgument.getCanonicalMember(a));
      this.warnLinks(IArgument.getCanonicalMember(a), at, name);
      const related = (a.relations?.length ?? 0) > 0;
      if (description === '' && !related) {
        this.warn(at, `${name} is left out: it has no premises, no description and no relations`, {
          kind: SAME.emptyArgument,
          name,
        });
        continue;
      }
      const id = this.unique(slug(title, 'argument'));
      this.nodeOfArgument.set(a, id);
      this.nameOf.set(id, name);
      this.warn(
        at,
        description === ''
          ? `${name} has no premise-conclusion structure and no description: it becomes a node with its title as text`
          : `${name} has no premise-conclusion structure: it becomes a node with its description as text`,
        { kind: SAME.noStructure, name },
      );
      const node: ArgumentNode = {
        id,
        kind: 'claim',
        implicit: false,
        text: this.fit(description || title, at, name),
        gloss: '',
      };
      this.addTags(node, a.tags, at, name);
      const topLevel = a.members.some((m) => m.isTopLevel === true);
      this.drafts.push({
        node,
        guess: true,
        topLevel,
        section: this.sectionOf(a.members, name),
        at,
        name,
      });
    }
  }

  /** Ids of the inferences of reconstructed arguments, before anything points at them. */
  private nameArguments(): void {
    for (const a of this.arguments) {
      if (!isReconstructed(a)) continue;
      const data = this.argumentData.get(a);
      const main =
        (data && (data.id ?? ownTitle(a.title))) || this.unique(slug(a.title ?? '', 'argument'));
      this.nameOf.set(main, argumentName(a));
      this.warnTextLost(a);
      let step = 0;
      a.pcs.forEach((s, index) => {
        if (!isConclusion(s)) return;
        step++;
        const last = index === a.pcs.length - 1;
        const id = last ? main : this.unique(`${main}-${step}`);
        if (!last) this.nameOf.set(id, `${argumentName(a)} (inference ${step})`);
        this.inferenceIds.set(inferenceKey(a.title, index), id);
      });
    }
  }

  /** A reconstructed argument becomes relations, and relations have no text. */
  private warnTextLost(a: IArgument): void {
    const lost: string[] = [];
    if (wordsOf(IArgument.getCanonicalMember(a)) !== '') lost.push('its description');
    const tags = a.tags ?? [];
    if (tags.length > 0) {
      lost.push(
        `its tag${tags.length === 1 ? '' : 's'} (${tags.map((t) => `#(${t})`).join(', ')})`,
      );
    }
    const rules = a.pcs
      .flatMap((s) => (isConclusion(s) ? (s.inference?.inferenceRules ?? []) : []))
      .filter((r) => r !== '');
    if (rules.length > 0) {
      const quoted = rules.map((r) => `"${excerpt(r)}"`).join(', ');
      lost.push(`its inference rule${rules.length === 1 ? '' : 's'} (${quoted})`);
    }
    if (lost.length === 0) return;
    const verb = lost.length > 1 || tags.length > 1 || rules.length > 1 ? 'are' : 'is';
    this.warn(
      firstMember(a) ?? a,
      `${argumentName(a)} becomes relations, which have no text: ${listed(lost)} ${verb} left out`,
      { kind: SAME.textLost, name: argumentName(a) },
    );
  }

  private addArgumentRelations(): void {
    for (const a of this.arguments) {
      if (!isReconstructed(a)) continue;
      const data = this.argumentData.get(a);
      for (const step of steps(a, (at, message) => this.warn(at, message))) {
        const id = this.inferenceIds.get(inferenceKey(a.title, step.index));
        if (id === undefined) continue;
        const main = step.index === a.pcs.length - 1;
        const from = step.premises.flatMap((p) => {
          const ec = this.statement(p.title);
          const node = ec && this.nodeOfStatement.get(ec);
          return node ? [node] : [];
        });
        const conclusion = this.statement(step.conclusion.title);
        let to = conclusion ? this.nodeOfStatement.get(conclusion) : undefined;
        let kind: RelationKind = (main && data?.kind) || 'support';
        if (main && conclusion && this.generated.has(conclusion)) {
          // `toArgdown`'s made-up conclusion: the relation goes where that conclusion points.
          const own = conclusion.relations?.find((r) => r.from === conclusion);
          to = own && this.targetOf(own.to)?.id;
          kind = data?.kind ?? (own && isSupport(own.relationType) ? 'support' : 'attack');
        }
        if (to === undefined) continue;
        this.addRelation({ id, kind, from, to }, step.conclusion, argumentName(a));
      }
    }
  }

  private addPlainRelations(): void {
    const ids = new Map<string, string[]>();
    for (const [id, kind, from, to] of this.argmap?.relationIds ?? []) {
      const key = relationKey(kind, [from], to);
      const list = ids.get(key);
      if (list) list.push(id);
      else ids.set(key, [id]);
    }
    for (const r of this.response.relations ?? []) {
      // A made-up conclusion's own relation is the argument's, read above.
      if (r.from?.type === ArgdownTypes.EQUIVALENCE_CLASS && this.generated.has(r.from)) continue;
      const at = r.occurrences[0];
      const from = this.sourceOf(r.from);
      const target = this.targetOf(r.to);
      if (from === undefined || target === undefined) {
        this.warn(
          at,
          `left out a relation of ${memberName(r.from)} to ${memberName(r.to)}: one end is not in the map`,
          { kind: SAME.relationLeftOut, name: `${memberName(r.from)} to ${memberName(r.to)}` },
        );
        continue;
      }
      const type = r.relationType;
      if (type === RelationType.CONTRADICTORY) {
        this.warn(
          at,
          `${memberName(r.from)} and ${memberName(r.to)} contradict each other: drawn as two attacks`,
          { kind: SAME.contradiction, name: `${memberName(r.from)} >< ${memberName(r.to)}` },
        );
        const back = this.sourceOf(r.to);
        this.addWild('attack', from, target.id, at);
        if (back !== undefined) this.addWild('attack', back, from, at);
        continue;
      }
      const kind: RelationKind = isSupport(type) ? 'support' : 'attack';
      if (type === RelationType.UNDERCUT && !target.inference) {
        this.warn(
          at,
          `${memberName(r.to)} has no inference to undercut: the undercut is read as an attack on it`,
          { kind: SAME.undercut, name: memberName(r.to) },
        );
      } else if (target.inference && type !== RelationType.UNDERCUT && !this.argmap) {
        this.warn(
          at,
          `the ${kind} of ${memberName(r.to)} is drawn on its inference (Argdown means one of its premises, but not which)`,
          { kind: SAME.onInference, name: memberName(r.to) },
        );
      }
      const own = ids.get(relationKey(kind, [from], target.id));
      if (own) {
        for (const id of own) this.addRelation({ id, kind, from: [from], to: target.id }, at);
        ids.delete(relationKey(kind, [from], target.id));
      } else this.addWild(kind, from, target.id, at);
    }
  }

  /** "continues" relations and the ones Argdown cannot draw, kept as data by `toArgdown`. */
  private addOwnRelations(): void {
    for (const c of this.continuesRelations()) {
      const from = c.sources.sort((a, b) => a.place - b.place).map((s) => s.node);
      this.addRelation({ id: c.id, kind: 'continues', from, to: c.to }, c.at);
    }
    for (const r of this.argmap?.extraRelations ?? []) {
      this.addRelation({ ...r, from: [...r.from] }, undefined);
    }
  }

  /**
   * The `continues` entries of all statements, one relation per id and target: a relation from
   * several nodes is in the data of each of them.
   */
  private continuesRelations(): ContinuesDraft[] {
    const drafts = new Map<string, ContinuesDraft>();
    for (const [ec, data] of this.nodeData) {
      const node = this.nodeOfStatement.get(ec);
      if (node === undefined) continue;
      for (const c of data.continues ?? []) {
        const key = `${c.id}\u0000${c.to}`;
        const draft = drafts.get(key) ?? { id: c.id, to: c.to, sources: [], at: firstMember(ec) };
        // Without a place, in the order the statements come.
        draft.sources.push({ node, place: c.place ?? Number.MAX_SAFE_INTEGER });
        drafts.set(key, draft);
      }
    }
    return [...drafts.values()];
  }

  private addWild(kind: RelationKind, from: string, to: string, at: Position | undefined): void {
    if (this.relationKeys.has(relationKey(kind, [from], to))) return;
    this.wildRelations++;
    this.addRelation({ id: this.unique(`r${this.wildRelations}`), kind, from: [from], to }, at);
  }

  private addRelation(relation: Relation, at: Position | undefined, name?: string): void {
    const from = [...new Set(relation.from)].filter((f) => f !== relation.to);
    const label = name ?? `the ${relation.kind} of ${this.display(relation.to)}`;
    if (from.length < relation.from.length && relation.from.includes(relation.to)) {
      this.warn(
        at,
        `${label}: ${this.display(relation.to)} cannot ${relation.kind} itself; left out there`,
      );
    }
    if (from.length === 0) return;
    this.relationKeys.add(relationKey(relation.kind, from, relation.to));
    this.relations.push({ relation: { ...relation, from }, at });
  }

  /** The node a relation starts from: a reconstructed argument speaks through its conclusion. */
  private sourceOf(member: RelationMember | undefined): string | undefined {
    if (!member) return undefined;
    if (member.type === ArgdownTypes.EQUIVALENCE_CLASS) return this.nodeOfStatement.get(member);
    if (member.type === ArgdownTypes.ARGUMENT) {
      if (!isReconstructed(member)) return this.nodeOfArgument.get(member);
      const conclusion = this.statement(member.pcs.at(-1)?.title);
      return conclusion && this.nodeOfStatement.get(conclusion);
    }
    return undefined;
  }

  /** What a relation points at: a node, or the relation an inference became. */
  private targetOf(
    member: RelationMember | undefined,
  ): { id: string; inference: boolean } | undefined {
    if (!member) return undefined;
    if (member.type === ArgdownTypes.EQUIVALENCE_CLASS) {
      const id = this.nodeOfStatement.get(member);
      return id === undefined ? undefined : { id, inference: false };
    }
    if (member.type === ArgdownTypes.ARGUMENT) {
      const id = isReconstructed(member)
        ? this.inferenceIds.get(inferenceKey(member.title, member.pcs.length - 1))
        : this.nodeOfArgument.get(member);
      return id === undefined ? undefined : { id, inference: isReconstructed(member) };
    }
    const id = this.inferenceIds.get(
      inferenceKey(member.argumentTitle, member.conclusionIndex ?? -1),
    );
    return id === undefined ? undefined : { id, inference: true };
  }

  private statement(title: string | undefined): IEquivalenceClass | undefined {
    return title === undefined ? undefined : this.response.statements?.[title];
  }

  /**
   * The section a statement or argument belongs to: the one it is defined in, when all its
   * definitions are in that one (Argdown's `isInGroup` data can say otherwise).
   */
  private sectionOf(members: IStatement[], name: string): ISection | undefined {
    const sections = new Set<ISection | undefined>();
    for (const m of members) {
      const inGroup = isRecord(m.data) ? m.data.isInGroup : undefined;
      if (inGroup === true || (!m.isReference && inGroup !== false)) {
        sections.add(m.section ?? undefined);
      }
    }
    if (sections.size === 1) return [...sections][0];
    if ([...sections].filter((s) => s !== undefined).length > 0) {
      this.warn(members[0], `${name} is defined under several headings: it is left ungrouped`, {
        kind: SAME.severalHeadings,
        name,
      });
    }
    return undefined;
  }

  private buildGroups(): { group: Group; at: Position | undefined }[] {
    const members = new Map<ISection, string[]>();
    for (const d of this.drafts) {
      if (!d.section) continue;
      const list = members.get(d.section);
      if (list) list.push(d.node.id);
      else members.set(d.section, [d.node.id]);
    }
    const groups: { group: Group; at: Position | undefined }[] = [];
    let nested = false;
    for (const s of allSections(this.response.sections)) {
      const list = members.get(s);
      if (s.isGroup === false || !list) continue;
      nested ||= s.parent !== undefined;
      const id = ownGroupId(s) ?? this.unique(slug(s.title ?? '', 'group'));
      const label = collapseWhitespace(s.title ?? '') || id;
      groups.push({ group: { id, label, members: list }, at: s });
    }
    if (nested) {
      this.warn(
        undefined,
        'headings under headings become groups of their own: groups do not nest',
      );
    }
    return groups;
  }

  /**
   * A plain statement's kind, from where it stands: a question by its question mark; one that
   * supports or attacks nothing is a conclusion when something leads to it or it stands at the
   * top; one that only attacks is an objection, one that only supports a premise; else a claim.
   */
  private guessKinds(): void {
    const out = new Map<string, Set<RelationKind>>();
    const targeted = new Set<string>();
    for (const { relation: r } of this.relations) {
      if (r.kind === 'continues') continue;
      for (const f of r.from) out.set(f, (out.get(f) ?? new Set()).add(r.kind));
      targeted.add(r.to);
    }
    for (const d of this.drafts) {
      if (!d.guess) continue;
      d.node.kind = guessKind(d.node, out.get(d.node.id), targeted.has(d.node.id) || d.topLevel);
    }
  }

  private fit(text: string, at: Position | undefined, name: string): string {
    if (text.length <= MAX_TEXT) return text;
    this.warn(at, `${name}: the text (${text.length} characters) is cut to ${MAX_TEXT}`, {
      kind: SAME.cut,
      name,
    });
    let cut = text.slice(0, MAX_TEXT - 1);
    // Never cut a character in two.
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    return `${cut}…`;
  }

  private display(id: string): string {
    return this.nameOf.get(id) ?? id;
  }

  /** A problem parseMap found, located in the Argdown text where possible. */
  private locateIssue(
    issue: MapIssue,
    groups: { group: Group; at: Position | undefined }[],
  ): MapIssue {
    const match = /^(nodes|relations|groups)\[(\d+)\]\.?(.*)$/.exec(issue.path);
    if (!match) return issue;
    const [, list, index, rest] = match;
    const i = Number(index);
    let at: Position | undefined;
    let name: string | undefined;
    if (list === 'nodes') {
      at = this.drafts[i]?.at;
      name = this.drafts[i]?.name;
    } else if (list === 'relations') {
      const r = this.relations[i];
      at = r?.at;
      name = r && `the ${r.relation.kind} of ${this.display(r.relation.to)}`;
    } else {
      at = groups[i]?.at;
      name = groups[i] && `the heading "${groups[i]?.group.label}"`;
    }
    const path = locate(at);
    if (path === '') return issue;
    const field = rest ? ` (${rest})` : '';
    return { path, message: `${name ?? issue.path}${field}: ${issue.message}` };
  }
}

/**
 * The inferences of a premise-conclusion structure. An inference uses the statements since the
 * previous conclusion and that conclusion, unless its data names them (`{uses: [1, 2]}`).
 */
function steps(a: IArgument, warn: (at: Position | undefined, message: string) => void): Step[] {
  const result: Step[] = [];
  let since = 0;
  a.pcs.forEach((s, index) => {
    if (!isConclusion(s)) return;
    let premises = a.pcs.slice(since, index);
    const data: unknown = s.inference?.data;
    const uses = isRecord(data) ? data.uses : undefined;
    if (uses !== undefined) {
      const listed: unknown[] = Array.isArray(uses) ? uses : [uses];
      const numbers = listed.filter(
        (n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= index,
      );
      if (numbers.length > 0 && numbers.length === listed.length) {
        premises = numbers.flatMap((n) => a.pcs[n - 1] ?? []);
      } else {
        warn(
          s.inference,
          `${argumentName(a)}: "uses" must list numbers of earlier statements; ignored`,
        );
      }
    }
    result.push({ premises, conclusion: s, index });
    since = index;
  });
  return result;
}

function guessKind(
  node: ArgumentNode,
  out: Set<RelationKind> | undefined,
  onTop: boolean,
): NodeKind {
  if (node.text.trimEnd().endsWith('?')) return 'question';
  if (!out || out.size === 0) return onTop ? 'conclusion' : 'claim';
  if (out.size === 1 && out.has('attack')) return 'objection';
  if (out.size === 1 && out.has('support')) return 'premise';
  return 'claim';
}

/** A conclusion `toArgdown` made up: data `generated`, concluding one argument, one relation out. */
function isGenerated(ec: IEquivalenceClass): boolean {
  const data: unknown = ec.data;
  if (!isRecord(data) || data.generated !== true) return false;
  const relations = ec.relations ?? [];
  return (
    ec.isUsedAsMainConclusion === true &&
    ec.isUsedAsPremise !== true &&
    ec.isUsedAsIntermediaryConclusion !== true &&
    relations.length === 1 &&
    relations[0]?.from === ec
  );
}

function isReconstructed(a: IArgument): boolean {
  return a.pcs !== undefined && a.pcs.length > 0;
}

function isSupport(type: RelationType): boolean {
  return type === RelationType.SUPPORT || type === RelationType.ENTAILS;
}

function inferenceKey(argumentTitle: string | undefined, conclusionIndex: number): string {
  return `${argumentTitle ?? ''}\u0000${conclusionIndex}`;
}

function relationKey(kind: string, from: string[], to: string): string {
  return [kind, ...from, to].join('\u0000');
}

function firstMember(x: { members?: IStatement[] }): IStatement | undefined {
  return x.members?.[0];
}

function allSections(sections: ISection[] | undefined): ISection[] {
  const out: ISection[] = [];
  const visit = (list: ISection[]) => {
    for (const s of list) {
      out.push(s);
      visit(s.children ?? []);
    }
  };
  visit(sections ?? []);
  return out;
}

/** A heading `toArgdown` wrote for a group: `{isGroup: true, id: ...}`. */
function ownGroupId(section: ISection): string | undefined {
  const data: unknown = section.data;
  if (!isRecord(data) || data.isGroup !== true) return undefined;
  const parsed = idSchema.safeParse(data.id);
  return parsed.success ? parsed.data : undefined;
}

/** A title `toArgdown` wrote is the id itself when it is a valid id. */
function ownTitle(title: string | undefined): string | undefined {
  return title !== undefined && idSchema.safeParse(title).success ? title : undefined;
}

/** `My Title!` -> `my-title`: letters, digits and `_ . : -`, short, never empty. */
function slug(title: string, fallback: string): string {
  const s = sanitizeId(title.normalize('NFC').toLowerCase(), /[\p{L}\p{N}_.:-]/u, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^[-.:]+|[-.:]+$/g, '');
  return s || fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
