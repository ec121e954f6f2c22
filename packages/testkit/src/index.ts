// The public surface of @molecule/deploy-testkit: a simulated Gitea, control plane and tenant fleet on
// loopback, for end-to-end tests, `molecule-deploy drill` and benchmarks.

export type {
  World,
  WorldOptions,
  WorldTokens,
  RecordedRequest,
  GiteaControls,
  ControlPlaneControls,
  FleetControls,
  CommitStatusState,
  StatusTimelineStep,
  PostedStatus,
  Scenario,
  ScenarioName,
  ScenarioExpectation,
} from './types';
export { startWorld } from './startWorld';
export type { FaultControls, FaultKind, FaultService, FaultSpec, InjectedFault, RequestMatcher, RouteName } from './faults/types';
export { FAULT_KINDS } from './faults/types';
export { scenarios, scenarioNames, getScenario } from './scenarios';
export { REQUIRED_CONTEXTS } from './gitea/contexts';
export { INTERNAL_DETAIL_MARKERS } from './controlPlane/cpServer';

export { startFakeEcr, ecrDigestOf } from './ecr';
export type { FakeEcr, FakeEcrOptions, FakeEcrRequest, FakeEcrImage, FakeEcrRepository, EcrFaultControls, EcrFaultSpec } from './ecr';
export { isMutatingRedeploy, redeploySlugs } from './requestQueries';
export { ESCAPE_PAYLOAD, OVERSIZED_BYTES } from './faults/hostileBodies';
