import { describe, expect, expectTypeOf, it } from 'vitest';
import type { InterruptedReport } from '../report/commandReport';
import type { CanaryVerifyConfig } from './canaryVerify';
import type { DeployConfig } from './deploy';
import { CLI_COMMAND_NAMES, COMMAND_NAMES, COMMANDS, type CommandConfig, type CommandName, type ConfigOf } from './index';
import type { PromoteConfig } from './promote';
import type { VerifyConfig } from './verify';

describe('the command registry', () => {
  it('lists every command once, configured ones first, then those without configuration', () => {
    expect(CLI_COMMAND_NAMES).toEqual([...COMMAND_NAMES, 'drill', 'version', 'completion']);
    expect(Object.keys(COMMANDS)).toEqual(COMMAND_NAMES);
  });

  it('hands each runner exactly its own configuration type, discriminated by command', () => {
    expectTypeOf<ConfigOf<'deploy'>>().toEqualTypeOf<DeployConfig>();
    expectTypeOf<ConfigOf<'verify'>>().toEqualTypeOf<VerifyConfig>();
    expectTypeOf<ConfigOf<'promote'>>().toEqualTypeOf<PromoteConfig>();
    expectTypeOf<ConfigOf<'canary-verify'>>().toEqualTypeOf<CanaryVerifyConfig>();
    expectTypeOf<CommandConfig['command']>().toEqualTypeOf<CommandName>();
    // A command does not even see the settings it does not read.
    expectTypeOf<VerifyConfig>().not.toHaveProperty('cpToken');
    expectTypeOf<PromoteConfig>().not.toHaveProperty('batchSize');
  });

  it('names only configured commands in reports and the action, never drill or version', () => {
    expectTypeOf<'drill'>().not.toMatchTypeOf<CommandName>();
    expectTypeOf<InterruptedReport['command']>().toEqualTypeOf<CommandName | 'unknown'>();
  });
});
