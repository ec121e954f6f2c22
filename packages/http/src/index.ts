// The public surface of @molecule/deploy-http.

export { createHttpClient } from './createHttpClient';
export type {
  HttpClient,
  HttpClientOptions,
  RetryOptions,
  RetryNotice,
  GetJsonOptions,
  PostJsonOptions,
  JsonResponse,
} from './types';
export { fetchJsonOnce } from './fetchJsonOnce';
export type { FetchJsonOnceRequest } from './fetchJsonOnce';
export { sanitizeExcerpt, redactSecrets, looksLikeHtml, MAX_EXCERPT_LENGTH } from './sanitizeExcerpt';
export { validateServiceUrl, isLoopbackHost } from './validateServiceUrl';
export type { ValidateServiceUrlOptions } from './validateServiceUrl';
export { parseRetryAfter } from './retryAfter';
export { summarizeZodIssues } from './summarizeZodIssues';
export { parseJsonBody } from './parseJsonBody';
export { isRetryableGetError, RETRYABLE_STATUSES } from './_internals/withGetRetries';
export { sendOnce } from './transport/sendOnce';
export type { OnceRequest, OnceResponse } from './transport/sendOnce';
export { createAgentPool } from './transport/agentPool';
export type { AgentPool, AgentPoolOptions } from './transport/agentPool';
export { describeBytes } from './transport/describeBytes';
