import { parserOf } from './parserOf';
import { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands';
import { SETTINGS, type SettingSpec } from './settings';

describe('the settings table', () => {
  it("keys each setting by commander's attribute name for its flag, so parsed flags map straight onto it", () => {
    for (const [key, spec] of Object.entries(SETTINGS) as [string, SettingSpec][]) {
      expect(new Option(spec.flag).attributeName(), spec.flag).toBe(key);
    }
  });

  it('covers every env var of the CLI contract', () => {
    const envs = Object.values(SETTINGS).flatMap((spec: SettingSpec) => spec.env);
    expect(envs.sort()).toEqual(
      [
        'GITHUB_SHA',
        'GITHUB_REPOSITORY',
        'GITHUB_REF_NAME',
        'GITHUB_EVENT_NAME',
        'GITHUB_API_URL',
        'GITHUB_SERVER_URL',
        'AUTO_SYNC_TOKEN',
        'GITEA_TOKEN',
        'GITHUB_TOKEN',
        'PROD_AUTO_DEPLOY_CONTROL_TOKEN',
        'PROD_DEPLOY_STATUS_TOKEN',
        'PROD_DEPLOY_STATUS_CONTEXT',
        'GITHUB_RUN_ID',
        'CP_ADMIN_API_TOKEN',
        'PROD_CP_URL',
        'PROD_ALLOW_NON_PROD_CP_URL',
        'PROD_AUTO_DEPLOY_DISABLED',
        'PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS',
        'PROD_AUTO_DEPLOY_CANARY_SLUG',
        'PROD_AUTO_DEPLOY_SOAK_SECONDS',
        'PROD_AUTO_DEPLOY_BATCH_SIZE',
        'PROD_AUTO_DEPLOY_MAX_STRAGGLERS',
        'PROD_AUTO_DEPLOY_DRY_RUN',
        'PROD_MANUAL_REDEPLOY_TARGET_TAG',
        'PROD_EXPECTED_SHA',
        'CI_STATUS_POLL_INTERVAL_SECONDS',
        'CI_STATUS_TIMEOUT_SECONDS',
        'PROD_TENANT_URL_TEMPLATE',
        'PROD_VERIFY_TIMEOUT_SECONDS',
        'PROD_VERIFY_INTERVAL_SECONDS',
        'PROD_VERIFY_CONCURRENCY',
        'PROD_CP_RETRY_DELAYS_SECONDS',
        'MOLECULE_STAGING_TENANT_URLS',
        'MOLECULE_STAGING_ADMIN_TOKENS',
        'STAGING_VERIFY_WAIT_SECONDS',
        'PROD_IMAGE_REPOSITORIES',
        'PROD_IMAGE_REGISTRY',
        'PROD_IMAGE_REGISTRY_USERNAME',
        'PROD_IMAGE_REGISTRY_PASSWORD',
        'PROD_IMAGE_REGISTRY_TOKEN',
        'AWS_REGION',
        'AWS_DEFAULT_REGION',
      ].sort(),
    );
  });

  it('parses every default with its own parser', () => {
    for (const [key, spec] of Object.entries(SETTINGS) as [string, SettingSpec][]) {
      if (spec.default !== undefined) expect(parserOf(spec).safeParse(spec.default).success, key).toBe(true);
    }
  });

  it('offers --json and --report on every command, and tokens only where they are used', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(command.settings, name).toEqual(expect.arrayContaining(['json', 'report']));
    }
    expect(COMMANDS.verify.settings.filter((key) => (SETTINGS[key] as SettingSpec).secret)).toEqual([]);
    expect(COMMANDS.smoke.settings.filter((key) => (SETTINGS[key] as SettingSpec).secret)).toEqual(['stagingAdminTokens']);
    expect(COMMANDS.promote.settings.filter((key) => (SETTINGS[key] as SettingSpec).secret)).toEqual(['registryPassword', 'registryToken']);
    expect(COMMANDS.deploy.settings).not.toContain('stagingAdminTokens');
  });
});
