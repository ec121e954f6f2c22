/**
 * The small report of the single-step commands, in the spirit of core's `DeployReport`:
 * `outcome`, one-sentence `reason`, then details. Never a token or a raw body.
 */
export interface CommandReport {
  readonly command: string;
  readonly outcome: string;
  readonly reason: string;
  readonly [detail: string]: unknown;
}
