// `@molecule/deploy-core/visibility`: what operators see of production outside a job log — a
// run's commit statuses in Gitea (issue 15) and what the fleet runs right now (`readFleet`).
// A subpath so the root stays the deploy's own operations (at most 70 names).

export type { CommitStatusPoster, CommitStatusUpdate, PostedStatusState } from './ports';

export type { FinalStatus, StatusTargetInput, StatusReporterDeps, StatusPublication, StatusReporter } from './deployStatus/types';
export { statusReporter } from './deployStatus/statusReporter';
export { deployFinalStatus, canaryFinalStatus, rolloutFinalStatus } from './deployStatus/finalStatus';
export { statusDescription } from './deployStatus/description';

export type { ReadFleetInput, ReadFleetDeps, ReadFleetError, FleetSnapshot, FleetTenant, FleetCommit, FleetBranch } from './fleet/types';
export { readFleet } from './fleet/readFleet';
