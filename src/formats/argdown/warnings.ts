import type { MapIssue } from '../../model/types';
import { compareAt, isLine, locate, type Position } from './position';

/**
 * What a warning has in common with others: a file with hundreds of arguments alike would
 * otherwise get hundreds of lines saying the same. `kind` is the plural sentence the grouped
 * line says after its count; `name` names the element in the list of examples.
 */
export interface Same {
  kind: string;
  name: string;
}

interface Warning {
  at: Position | undefined;
  issue: MapIssue;
  same: Same | undefined;
}

/** From this many warnings of a kind on, they are one line. */
const GROUP_FROM = 3;
const EXAMPLES = 3;

export class Warnings {
  private readonly list: Warning[] = [];

  add(at: Position | undefined, message: string, same?: Same): void {
    this.list.push({ at, issue: { path: locate(at), message }, same });
  }

  /** In reading order, those about the whole file first; many of a kind as one line. */
  sorted(): MapIssue[] {
    const byKind = new Map<string, Warning[]>();
    for (const w of this.list) {
      if (!w.same) continue;
      const list = byKind.get(w.same.kind);
      if (list) list.push(w);
      else byKind.set(w.same.kind, [w]);
    }
    const out: Warning[] = [];
    for (const w of this.list) {
      const alike = w.same && byKind.get(w.same.kind);
      if (!alike || alike.length < GROUP_FROM) out.push(w);
      else if (alike[0] === w) out.push(grouped(alike));
    }
    return out.sort((a, b) => compareAt(a.at, b.at)).map((w) => w.issue);
  }
}

/** `17 arguments … (<A> at line 3, <B> at line 9, <C> at line 12, and 14 more)`. */
function grouped(alike: Warning[]): Warning {
  const sorted = [...alike].sort((a, b) => compareAt(a.at, b.at));
  const first = sorted[0] as Warning;
  const examples = sorted.slice(0, EXAMPLES).map((w) => {
    const name = w.same?.name ?? '';
    return isLine(w.at?.startLine) ? `${name} at line ${w.at.startLine}` : name;
  });
  const rest = sorted.length - examples.length;
  if (rest > 0) examples.push(`and ${rest} more`);
  return {
    at: first.at,
    issue: {
      path: first.issue.path,
      message: `${sorted.length} ${first.same?.kind} (${examples.join(', ')})`,
    },
    same: undefined,
  };
}

/** `lines 4, 9, 12, 20, 31 and 11 more`: where the elements a message is about stand. */
export function lineList(lines: number[], max = 5): string {
  const shown = lines.slice(0, max).join(', ');
  const rest = lines.length - Math.min(lines.length, max);
  const word = lines.length === 1 ? 'line' : 'lines';
  return rest > 0 ? `${word} ${shown} and ${rest} more` : `${word} ${shown}`;
}
