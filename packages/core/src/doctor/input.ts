import { z } from 'zod';
import { DEFAULT_DOCTOR_HISTORY_COMMITS, KILL_SWITCH_VARIABLE } from '../constants';
import { deployInputSchema } from '../deploy/schema';
import { shaSchema } from '../schemas';

/** Gitea clamps every list to 50: a deeper history would need pages for no real gain. */
const MAX_HISTORY_COMMITS = 50;

/**
 * The settings `deploy` reads that doctor can prove, with deploy's own rules (at least one
 * required context, a usable tenant URL template, a slug for the canary). `sha` is optional:
 * run by hand, doctor uses the branch head.
 */
export const doctorInputSchema = deployInputSchema
  .pick({ branch: true, requiredContexts: true, canarySlug: true, tenantUrlTemplate: true, verifyConcurrency: true })
  .extend({
    /** The commit whose statuses the Gitea token must read, and whose staging tag the dry run names. @default the branch head */
    sha: shaSchema.optional(),
    /** @default 'PROD_AUTO_DEPLOY_DISABLED' */
    killSwitchVariable: z.string().trim().min(1).default(KILL_SWITCH_VARIABLE),
    /** How many of the branch's latest commits may show each required context. @default 20 */
    historyCommits: z.number().int().min(1).max(MAX_HISTORY_COMMITS).default(DEFAULT_DOCTOR_HISTORY_COMMITS),
  });
