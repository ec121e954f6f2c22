import { LINT_RULES } from '@molecule/deploy-core/constants';

// The help texts every front end of the command line shares (commander's program and the fast
// main help): plain strings, so reading them loads neither commander nor the settings table.

export const PROGRAM_DESCRIPTION = 'Take a commit from green CI to a production tenant fleet that is proven to run it.';

export const HELP_FOOTER = `
Every flag falls back to its env var, then to its default; an empty value counts as unset.
Exit codes: 0 deployed, skipped or planned; 1 failed; 2 configuration or usage error (nothing
was contacted); 130/143 interrupted by SIGINT/SIGTERM.`;

/** The top-level help: the common footer, then what is true of the whole program. */
export const MAIN_HELP_FOOTER = `${HELP_FOOTER}
A configuration error still leaves its report (--report FILE, --json): outcome "failed",
error.kind "invalid-config" and every problem.
Colour only on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on (also without a
terminal), FORCE_COLOR=0 off; NO_COLOR wins.
Shell completion: source <(molecule-deploy completion bash), also zsh and fish.`;

export const PROMOTION_HELP_FOOTER = `
Every flag falls back to its env var, then to its default; an empty value counts as unset.
With --image-registry ecr (the default) the AWS SDK reads its own configuration from the
environment: credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, a role, ...)
and AWS_ENDPOINT_URL_ECR (an endpoint override). The region is required and passed:
--aws-region, else AWS_REGION, else AWS_DEFAULT_REGION (an AWS profile's region is not read).
Empty AWS_* variables are removed before the SDK reads the environment.
Exit codes: 0 green, promoted, rolled back or unchanged; 1 red, rejected or failed (a
failed promotion puts back what it moved); 2 configuration or usage error (nothing was
contacted); 130/143 interrupted by SIGINT/SIGTERM.`;

export const DOCTOR_HELP_FOOTER = `
Every flag falls back to its env var, then to its default; an empty value counts as unset.
doctor reads the settings deploy reads and changes nothing: GETs and one dry-run enumeration.
One line per check: ✓ pass, ! warning, ✗ failure with its fix.
Exit codes: 0 no check failed (warnings included); 1 a check failed; 2 configuration or usage
error (nothing was contacted); 130/143 interrupted by SIGINT/SIGTERM.`;

/** Every rule with its reason, from core's table: the help cannot drift from what the linter checks. */
export const LINT_HELP_FOOTER = `
Every flag falls back to its env var, then to its default; an empty value counts as unset.
Each finding is one line: PATH:LINE:COL  error|warning  RULE  message (GITHUB_ACTIONS=true
adds an ::error file=…,line=…:: annotation). The rules:
${Object.entries(LINT_RULES)
  .map(([rule, { severity, reason }]) => `  ${rule} (${severity})\n      ${reason}`)
  .join('\n')}
Exit codes: 0 no error (warnings do not fail); 1 at least one error; 2 the directory or a
file cannot be read, or a configuration or usage error.`;

export const DRILL_HELP_FOOTER = `
The drill runs the real deploy against a simulated Gitea, control plane and fleet on
127.0.0.1, with fast timings; the environment is ignored (only NO_COLOR, FORCE_COLOR, TERM
and GITHUB_ACTIONS change how progress is shown). Exit codes: 0 the pipeline behaved as the
scenario expects; 1 it did not; 2 unknown scenario or bad flag.`;

export const COMPLETION_HELP_FOOTER = `
Load it now:   source <(molecule-deploy completion bash)    (zsh: the same after compinit)
               molecule-deploy completion fish | source
Every command and flag is completed, from the same tables that define them.`;
