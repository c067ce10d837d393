import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssVariables } from './cssVariables';
import { TAG_COLOURS } from './tagColour';
import { BOX_STYLES, COLOURS, EDGE_STYLES } from './theme';

const css = readFileSync(new URL('../app/app.css', import.meta.url), 'utf8');
const light = cssVariables(css, ':root');
const rule = (selector: string) => {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`app.css has no rule for ${selector}`);
  return css.slice(at, css.indexOf('}', at));
};

describe('the screen (light theme) and the exports draw with the same colours', () => {
  it('has the theme colours as app.css variables', () => {
    expect(light).toMatchObject({
      '--am-ink': COLOURS.ink,
      '--am-muted': COLOURS.muted,
      '--am-line': COLOURS.line,
      '--am-attack': COLOURS.attack,
      '--am-continues': COLOURS.continues,
      '--am-paper': COLOURS.paper,
      '--am-group-border': COLOURS.groupBorder,
      '--am-group-label': COLOURS.groupLabel,
    });
  });

  it('fills and frames boxes of each kind alike', () => {
    expect(light).toMatchObject({
      '--am-box-fill': BOX_STYLES.claim.fill,
      '--am-conclusion-fill': BOX_STYLES.conclusion.fill,
      '--am-conclusion': BOX_STYLES.conclusion.stroke,
      '--am-conclusion-halo': BOX_STYLES.conclusion.halo,
      '--am-objection-fill': BOX_STYLES.objection.fill,
      '--am-question-fill': BOX_STYLES.question.fill,
    });
    expect(BOX_STYLES.premise.fill).toBe(BOX_STYLES.claim.fill);
    expect(rule('.am-node--conclusion')).toContain('background: var(--am-conclusion-fill)');
    expect(rule('.am-node--objection')).toContain('background: var(--am-objection-fill)');
    expect(rule('.am-node--question')).toContain('background: var(--am-question-fill)');
  });

  it('gives tags the same stripe colours', () => {
    expect(TAG_COLOURS.map((_, i) => light[`--am-tag-${i}`])).toEqual([...TAG_COLOURS]);
  });

  it('dashes attack lines alike', () => {
    expect(rule('.am-edge--attack')).toContain(`stroke-dasharray: ${EDGE_STYLES.attack.dash}`);
    expect(rule('.am-edge--continues')).toContain('stroke: var(--am-continues)');
  });
});
