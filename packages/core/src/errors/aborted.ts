/** A run ended by its caller's abort signal (Ctrl-C, a job cancelled), not by a failure. */
export interface AbortedError {
  readonly kind: 'aborted';
  /** Where the run was when the signal fired. */
  readonly during: string;
}
