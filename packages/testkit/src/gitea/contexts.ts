/** The contexts a deploy requires by default (the CLI's default `PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS`). */
export const CI_CONTEXT = 'CI / all-required (push)';
export const SECRET_SCAN_CONTEXT = 'Secret scan / Scan diff for credential-shaped strings (push)';
export const REQUIRED_CONTEXTS = [CI_CONTEXT, SECRET_SCAN_CONTEXT] as const;

/**
 * Contexts that do not gate a deploy: noise a reader must page through. More than 30 distinct
 * contexts, so the combined `/status` view (latest per context, capped at 30) cannot list them all.
 */
export const UNRELATED_CONTEXTS: readonly string[] = [
  ...Array.from({ length: 24 }, (_, i) => `CI / test (shard ${i + 1}/24) (push)`),
  'CI / lint (push)',
  'CI / typecheck (push)',
  'CI / unit (push)',
  'CI / e2e (push)',
  'CI / build (push)',
  'Docs / build (push)',
  'Publish / image (push)',
  'Publish / sbom (push)',
  'CodeQL / analyze (push)',
  'Licenses / check (push)',
  'Bench / smoke (push)',
];
