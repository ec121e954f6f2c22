import type { Scenario } from '@molecule/deploy-testkit';

/** `drill --list`: one line per scenario, name, expected outcome, then what it demonstrates. */
export function listScenarios(scenarios: readonly Scenario[]): string[] {
  const width = Math.max(...scenarios.map((s) => s.name.length));
  const outcomeWidth = Math.max(...scenarios.map((s) => s.expected.outcome.length));
  return scenarios.map((s) => `${s.name.padEnd(width)}  expect ${s.expected.outcome.padEnd(outcomeWidth)}  ${s.summary}`);
}
