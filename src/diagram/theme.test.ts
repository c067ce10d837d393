import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOX_STYLES, COLOURS, EDGE_STYLES } from './theme';

const css = readFileSync(new URL('../app/app.css', import.meta.url), 'utf8');
const rule = (selector: string) => {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`app.css has no rule for ${selector}`);
  return css.slice(at, css.indexOf('}', at));
};

describe('the screen and the exports draw with the same colours', () => {
  it('has the theme colours as app.css variables', () => {
    for (const [name, value] of [
      ['ink', COLOURS.ink],
      ['muted', COLOURS.muted],
      ['line', COLOURS.line],
      ['attack', COLOURS.attack],
      ['paper', COLOURS.paper],
    ])
      expect(css).toContain(`--am-${name}: ${value};`);
  });

  it('fills boxes of each kind alike', () => {
    expect(rule('.am-node--conclusion')).toContain(`background: ${BOX_STYLES.conclusion.fill}`);
    expect(rule('.am-node--objection')).toContain(`background: ${BOX_STYLES.objection.fill}`);
    expect(rule('.am-node--question')).toContain(`background: ${BOX_STYLES.question.fill}`);
  });

  it('dashes attack lines alike', () => {
    expect(rule('.am-edge--attack')).toContain(`stroke-dasharray: ${EDGE_STYLES.attack.dash}`);
    expect(rule('.am-edge--continues')).toContain(`stroke: ${EDGE_STYLES.continues.stroke}`);
  });
});
