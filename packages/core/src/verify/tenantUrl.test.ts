import { describe, expect, it } from 'vitest';
import { isUsableTenantUrlTemplate, renderTenantUrl } from './tenantUrl';

describe('renderTenantUrl', () => {
  it('replaces every {slug} and drops trailing slashes', () => {
    expect(renderTenantUrl('https://{slug}.moleculesai.app', 'acme')).toBe('https://acme.moleculesai.app');
    expect(renderTenantUrl('http://127.0.0.1:9/t/{slug}/x/{slug}//', 'acme')).toBe('http://127.0.0.1:9/t/acme/x/acme');
  });
});

describe('isUsableTenantUrlTemplate', () => {
  it.each(['https://{slug}.moleculesai.app', 'http://127.0.0.1:8080/tenants/{slug}'])('accepts %s', (template) => {
    expect(isUsableTenantUrlTemplate(template)).toBe(true);
  });

  it.each(['{slug}', 'ftp://{slug}.example', 'https://u:p@{slug}.example', 'https://{slug}.example/?q=1', 'https://{slug}.example/#x'])('refuses %s', (template) => {
    expect(isUsableTenantUrlTemplate(template)).toBe(false);
  });
});
