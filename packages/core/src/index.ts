// The public surface of @molecule/deploy-core. Everything a caller may rely on is named here.

export type { PortError, PortErrorKind } from './errors/transport';
export type { InvalidInputError, AbortedError } from './errors/input';
export type { DescribableError } from './errors/describe';
export { describeError } from './errors/describe';

export type {
  Clock,
  CommitStatus,
  StatusPageRequest,
  CommitStatusSource,
  VariableSource,
  BranchSource,
  RedeployRequest,
  RedeployRow,
  RedeployResponse,
  RedeployCallOptions,
  ControlPlane,
  BuildInfo,
  BuildInfoSource,
} from './ports';
export { systemClock } from './portCall';

export type { DeployEvent, DeployEventListener, DeployPhase } from './events';

export { isSha, shaMatches, shortSha, SHA_PATTERN } from './sha';
// The defaults and shared facts are also `@molecule/deploy-core/constants`, which loads nothing else.
export { isLoopbackHost, redactSecrets, REDACTED } from './constants';
export { stripControl, stripControlDeep } from './text/stripControl';

export type {
  WaitForContextsInput,
  WaitForContextsDeps,
  WaitForContextsError,
  ContextState,
  ContextsGreen,
} from './contexts/types';
export { waitForContexts } from './contexts/waitForContexts';

export type {
  ResolveKillSwitchInput,
  ResolveKillSwitchDeps,
  ResolveKillSwitchError,
  KillSwitchState,
  CheckSupersededInput,
  CheckSupersededDeps,
  CheckSupersededError,
  SupersededCheck,
} from './gates/types';
export { resolveKillSwitch, isKillSwitchValueArmed, classifyKillSwitchValue, KILL_SWITCH_VARIABLE } from './gates/killSwitch';
export { checkSuperseded } from './gates/superseded';
export type { MutationGateInput, MutationGateDeps } from './gates/liveGate';
export { mutationGate, liveKillSwitch } from './gates/liveGate';

export type { SelectTargetInput, TargetSelection, SelectTargetError } from './target/types';
export { selectTarget, isValidImageTag, isManualRun } from './target/selectTarget';

export type {
  RedeployFleetInput,
  RedeployFleetDeps,
  RedeployFleetError,
  RolloutResult,
  RolloutProgress,
  RolloutBatch,
  MutationGateDecision,
  MutationGateContext,
  GateFailure,
  GateFailureKind,
  CpHalt,
} from './rollout/types';
export { redeployFleet } from './rollout/redeployFleet';
export { describeCompleted } from './rollout/describeProgress';

export type {
  VerifyFleetShaInput,
  VerifyFleetShaDeps,
  VerifyFleetShaError,
  FleetVerified,
  TenantVerification,
  TenantVerificationStatus,
} from './verify/types';
export { verifyFleetSha } from './verify/verifyFleetSha';

export type { DeployInput, DeployDeps, DeployReport, DeployOutcome, TenantReport, DeployFailure, DeployError } from './deploy/types';
export { deploy } from './deploy/deploy';

export type { ImageManifest, ImageRegistry, RegistryError, SmokeHttp, SmokeRequest, SmokeResponse } from './ports';
export type {
  Canary,
  RunSmokeInput,
  RunSmokeDeps,
  RunSmokeError,
  SmokeCheckName,
  SmokeCheckResult,
  CanarySmoke,
  SmokeReport,
  PromoteImageInput,
  PromoteImageDeps,
  RollbackLatestInput,
  RollbackLatestDeps,
  RepositoryPromotionState,
  RepositoryPromotion,
  PromotionReport,
  PromotionError,
  RollbackLatestError,
  CanaryVerifyInput,
  CanaryVerifyDeps,
  CanaryBuildInfo,
  CanaryVerifyOutcome,
  CanaryVerifyReport,
  CanaryVerifyCause,
  CanaryVerifyFailure,
} from './promotion/types';
export { pairCanaries } from './promotion/pairCanaries';
export { runSmoke } from './promotion/runSmoke';
export { promoteImage } from './promotion/promoteImage';
export { rollbackLatest } from './promotion/rollbackLatest';
export { canaryVerify } from './promotion/canaryVerify';
export { DEFAULT_REPOSITORIES } from './promotion/input';
