/**
 * Every rule `lintWorkflows` applies, its severity and the reason it exists (shown by
 * `lint-workflows --help`). Each is a set-up mistake that once broke a deploy.
 */
export const LINT_RULES = {
  'yaml-invalid': {
    severity: 'error',
    reason: 'a file that is not valid YAML is no workflow at all: the runner ignores it or fails it',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    reason: 'with a repeated key one of the two values is silently dropped, and not always the one you read',
  },
  'deploy-concurrency': {
    severity: 'error',
    reason: 'Gitea 1.22 cancels queued runs under `concurrency:` even with cancel-in-progress: false, so a deploy can silently never run',
  },
  'deploy-dispatch-inputs': {
    severity: 'error',
    reason: 'workflow_dispatch inputs are unreliable on Gitea 1.22: set PROD_MANUAL_REDEPLOY_TARGET_TAG (a variable) for a manual target instead',
  },
  'deploy-continue-on-error': {
    severity: 'error',
    reason: 'continue-on-error on the deploy step or its job turns a failed deploy into a green run',
  },
  'required-context-not-emitted': {
    severity: 'error',
    reason: 'a required context that no job emits keeps every deploy waiting until it times out',
  },
  'deploy-secret-in-run': {
    severity: 'warning',
    reason: "a secret interpolated straight into a deploy job's `run:` script lands in the script file and can leak through quoting; pass it through `env:`",
  },
} as const satisfies Record<string, { readonly severity: 'error' | 'warning'; readonly reason: string }>;
