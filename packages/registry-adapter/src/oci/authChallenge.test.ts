import { describe, expect, it } from 'vitest';
import { parseAuthChallenge } from './authChallenge';

describe('parseAuthChallenge', () => {
  it('reads a Bearer challenge with quoted parameters, commas inside quotes included', () => {
    expect(parseAuthChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull,push' },
    });
  });

  it('reads a Basic challenge and bare parameter values', () => {
    expect(parseAuthChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
    expect(parseAuthChallenge('bearer realm=https://a.example/t, service=r')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://a.example/t', service: 'r' },
    });
  });

  it('prefers the Bearer challenge when several are offered', () => {
    expect(parseAuthChallenge('Basic realm="x", Bearer realm="https://auth.example/token"')?.scheme).toBe('bearer');
  });

  it('answers undefined without a header', () => {
    expect(parseAuthChallenge(null)).toBeUndefined();
    expect(parseAuthChallenge('')).toBeUndefined();
  });
});
