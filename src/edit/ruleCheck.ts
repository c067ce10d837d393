import { checkMapRules } from '../model/rules';
import type { ArgumentMap } from '../model/types';
import { nodeLabel } from './labels';

/**
 * Runs the model's rules on an edited map and, if they object, says why in words a user
 * understands. Assumes the map before the edit was valid, as every loaded map is.
 */
export function ruleProblem(map: ArgumentMap): string | undefined {
  const issue = checkMapRules(map)[0];
  if (!issue) return undefined;
  const cycle = /closes a support cycle: (.+)$/.exec(issue.message)?.[1];
  if (cycle) {
    const ids = cycle.split(' -> ');
    const labels = ids.map((id) => nodeLabel(map, id));
    return (
      `this would make an argument go round in a circle (${labels.join(' → ')}); ` +
      'a claim cannot support itself, not even through others'
    );
  }
  return `this would break a rule of the map: ${issue.message}`;
}
