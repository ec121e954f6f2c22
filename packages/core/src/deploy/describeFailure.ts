// Kept only for deploy.ts's live gate (`mutationGate`, `liveKillSwitch`), which another change is
// moving into its own file; once it imports `describeError` and `DeployError`, delete this module.
export { describeError as describeStageError } from '../errors/describe';
export type { DeployError as StageError } from './types';
