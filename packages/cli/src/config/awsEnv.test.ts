import { describe, expect, it } from 'vitest';
import { dropEmptyAwsEnv } from './awsEnv';

describe('dropEmptyAwsEnv', () => {
  it('removes empty and blank AWS_* variables in place and names them; keeps every other variable', () => {
    const env: Record<string, string | undefined> = {
      AWS_REGION: '',
      AWS_PROFILE: '  ',
      AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566',
      AWS_ACCESS_KEY_ID: 'AKIAFAKE',
      GITHUB_SHA: '',
      aws_region: '',
    };
    expect(dropEmptyAwsEnv(env).sort()).toEqual(['AWS_PROFILE', 'AWS_REGION']);
    expect(env).toEqual({ AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566', AWS_ACCESS_KEY_ID: 'AKIAFAKE', GITHUB_SHA: '', aws_region: '' });
  });

  it('changes nothing when no AWS_* variable is empty', () => {
    const env = { AWS_REGION: 'eu-west-1' };
    expect(dropEmptyAwsEnv(env)).toEqual([]);
    expect(env).toEqual({ AWS_REGION: 'eu-west-1' });
  });
});
