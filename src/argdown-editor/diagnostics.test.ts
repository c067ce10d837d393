import { describe, expect, it } from 'vitest';
import { fromArgdown } from '../formats/argdown/fromArgdown';
import { clampDiagnostics, issueToDiagnostic } from './diagnostics';

const text = '[A]: first line\n  + [Clean air]: second {kind: "x"}\n\nlast';

function covered(source: string, path: string): string {
  const d = issueToDiagnostic(source, { path, message: 'm' }, 'error');
  // The editor's document has `\n` line breaks.
  return source.replace(/\r\n?/g, '\n').slice(d.from, d.to);
}

describe('issueToDiagnostic', () => {
  it('covers the token at the line and column, keeping the message and severity', () => {
    const d = issueToDiagnostic(text, { path: 'line 1, column 6', message: 'bad' }, 'warning');
    expect(d).toMatchObject({ from: 5, to: 10, severity: 'warning', message: 'bad' });
    expect(covered(text, 'line 1, column 6')).toBe('first');
  });

  it('covers a whole title or data block', () => {
    expect(covered(text, 'line 2, column 5')).toBe('[Clean air]');
    expect(covered(text, 'line 2, column 25')).toBe('{kind: "x"}');
  });

  it('covers the rest of the line from a space', () => {
    expect(covered(text, 'line 2, column 1')).toBe('  + [Clean air]: second {kind: "x"}');
  });

  it('counts a Windows line break as one character, as the editor does', () => {
    const windows = text.replace(/\n/g, '\r\n');
    const d = issueToDiagnostic(windows, { path: 'line 4, column 1', message: 'm' }, 'error');
    expect(d.from).toBe(text.indexOf('last'));
    expect(covered(windows, 'line 2, column 5')).toBe('[Clean air]');
    expect(covered('a\rb', 'line 2, column 1')).toBe('b');
  });

  it('covers the last line when the line is past the end', () => {
    expect(covered(text, 'line 99, column 3')).toBe('last');
    const d = issueToDiagnostic(text, { path: 'line 99, column 3', message: 'm' }, 'error');
    expect(d.to).toBe(text.length);
  });

  it('covers the whole line when the column is past its end or the line is 0', () => {
    expect(covered(text, 'line 1, column 80')).toBe('[A]: first line');
    expect(covered(text, 'line 1, column 0')).toBe('[A]: first line');
    expect(covered(text, 'line 0, column 3')).toBe('[A]: first line');
  });

  it('marks an empty line at its start', () => {
    const d = issueToDiagnostic(text, { path: 'line 3, column 1', message: 'm' }, 'error');
    expect(d.from).toBe(d.to);
    expect(d.from).toBe(text.indexOf('\n\n') + 1);
  });

  it('covers the first line for an issue without a location, keeping its path', () => {
    const d = issueToDiagnostic(text, { path: '', message: 'the file is empty' }, 'error');
    expect(d).toMatchObject({ from: 0, to: 15, message: 'the file is empty' });
    const model = issueToDiagnostic(text, { path: 'nodes[3].text', message: 'too long' }, 'error');
    expect(model).toMatchObject({ from: 0, to: 15, message: 'nodes[3].text: too long' });
  });

  it('works on an empty document', () => {
    const d = issueToDiagnostic('', { path: 'line 2, column 4', message: 'm' }, 'error');
    expect(d).toMatchObject({ from: 0, to: 0 });
  });

  it('covers the rest of an unclosed title up to the next space', () => {
    expect(covered('[Open title', 'line 1, column 1')).toBe('[Open');
  });
});

describe('issues from fromArgdown', () => {
  const marked = (source: string) => {
    const result = fromArgdown(source);
    const issues = result.ok ? result.warnings : result.issues;
    return issues.map((issue) => covered(source, issue.path));
  };

  it('marks the data block with invalid YAML', () => {
    expect(marked('[A]: text {kind: "claim", x: [}\n')).toEqual(['{kind: "claim", x: [}']);
  });

  it('marks a reserved title', () => {
    expect(marked('[A]: x\n\n[__proto__]: y\n')).toEqual(['[__proto__]']);
  });

  it('marks the line of a syntax error located past its end, with Windows line breaks', () => {
    expect(marked('[A]: x\r\n\r\n(1) [C]\r\n----\r\n')).toEqual(['----']);
  });
});

describe('clampDiagnostics', () => {
  it('keeps diagnostics inside the document', () => {
    const inside = { from: 1, to: 3, severity: 'error' as const, message: 'a' };
    const past = { from: 8, to: 20, severity: 'error' as const, message: 'b' };
    const [a, b] = clampDiagnostics([inside, past], 5);
    expect(a).toBe(inside);
    expect(b).toMatchObject({ from: 5, to: 5, message: 'b' });
  });
});
