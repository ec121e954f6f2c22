// The public surface of @molecule/deploy-core. Everything a caller may rely on is named here.

export type { PortError } from './errors/transport';
export type { InvalidInputError } from './errors/input';
export type { AbortedError } from './errors/aborted';
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
export { systemClock } from './clock';

export type { DeployEvent, DeployEventListener, DeployPhase } from './events';

// The defaults and shared facts are `@molecule/deploy-core/constants`, which loads nothing else; the
// predicates and configuration helpers (isSha, shortSha, isValidImageTag, …) are `@molecule/deploy-core/helpers`.

export type { WaitForContextsError, ContextsGreen } from './contexts/types';
export { waitForContexts } from './contexts/waitForContexts';

export type { ResolveKillSwitchDeps, ResolveKillSwitchError, KillSwitchState, CheckSupersededError, SupersededCheck } from './gates/types';
export { resolveKillSwitch } from './gates/killSwitch';
export { checkSuperseded } from './gates/superseded';
export { mutationGate } from './gates/liveGate';

export type { TargetSelection, SelectTargetError } from './target/types';
export { selectTarget } from './target/selectTarget';

export type { FirstChange, RedeployFleetError, RolloutResult, RolloutProgress } from './rollout/types';
export { redeployFleet } from './rollout/redeployFleet';

export type { VerifyFleetShaError, FleetVerified, TenantVerification } from './verify/types';
export { verifyFleetSha } from './verify/verifyFleetSha';

export type { DeployInput, DeployDeps, DeployReport, TenantReport, DeployFailure, DeployError } from './deploy/types';
export { deploy } from './deploy/deploy';

export type { ImageManifest, ImageRegistry, RegistryError, SmokeHttp, SmokeRequest, SmokeResponse } from './ports';
export type { RunSmokeError, SmokeReport, CanarySmoke, SmokeCheckResult } from './smoke/types';
export type {
  PromotionError,
  PromotionReport,
  RepositoryPromotion,
  CanaryVerifyFailure,
  CanaryVerifyReport,
  CanaryBuildInfo,
} from './promotion/types';
export { runSmoke } from './smoke/runSmoke';
export { promoteImage } from './promotion/promoteImage';
export { rollbackLatest } from './promotion/rollbackLatest';
export { canaryVerify } from './promotion/canaryVerify';
