// `@molecule/deploy-core/helpers`: the predicates and small helpers that callers use to parse and
// present configuration (SHAs, kill-switch words, image tags, manual runs, control characters,
// canary pairs). The root export keeps the operations, their types, the ports, errors and events.

export { isSha, shaMatches, shortSha, SHA_PATTERN } from './sha';
export { isKillSwitchValueArmed, classifyKillSwitchValue, KILL_SWITCH_VARIABLE } from './gates/killSwitch';
export { isValidImageTag, isManualRun } from './target/selectTarget';
export { stripControl, stripControlDeep } from './text/stripControl';
export { pairCanaries } from './smoke/pairCanaries';
export { rolloutOutcome, type RolloutOutcome } from './rollout/rolloutOutcome';
