/** What `--list` shows of a drill: the deploy's scenarios (testkit) and the pipeline drills alike. */
export interface ListedDrill {
  readonly name: string;
  readonly summary: string;
  readonly expected: { readonly outcome: string };
}

/** `drill --list`: one line per scenario, name, expected outcome, then what it demonstrates. */
export function listScenarios(scenarios: readonly ListedDrill[]): string[] {
  const width = Math.max(...scenarios.map((s) => s.name.length));
  const outcomeWidth = Math.max(...scenarios.map((s) => s.expected.outcome.length));
  return scenarios.map((s) => `${s.name.padEnd(width)}  expect ${s.expected.outcome.padEnd(outcomeWidth)}  ${s.summary}`);
}
