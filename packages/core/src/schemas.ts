import { z } from 'zod';
import { isLoopbackHost, SLUG_PATTERN } from './constants';
import { SHA_PATTERN } from './sha';

/**
 * The zod primitives shared by every operation's input schema, so that one rule
 * (what a SHA, a slug, a tag is) is written once.
 */
export const shaSchema = z.string().trim().regex(SHA_PATTERN, 'must be 7 to 40 hexadecimal characters');

/** Docker's tag grammar. */
export const IMAGE_TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const imageTagSchema = z.string().trim().regex(IMAGE_TAG_PATTERN, 'must be a valid image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})');

/** A slug is substituted into a URL: refuse anything that could change the host or path. */
export { SLUG_PATTERN };
export const slugSchema = z.string().trim().regex(SLUG_PATTERN, 'must be letters, digits and dashes');

export const tenantUrlTemplateSchema = z
  .string()
  .trim()
  .refine((t) => t.includes('{slug}'), 'must contain {slug}')
  .refine((t) => /^https?:\/\//i.test(t), 'must start with https:// (or http:// for loopback)');

export const positiveSeconds = z.number().finite().positive('must be greater than 0');
export const nonNegativeSeconds = z.number().finite().nonnegative('must be 0 or more');

/**
 * A service base URL a token is sent to (e.g. a canary tenant): absolute https, or http only
 * on a loopback host (a bearer must not cross a network in clear), with no credentials,
 * query or fragment (a path is appended to it). The http package's `validateServiceUrl` is the
 * front ends' version; both ask the one `isLoopbackHost` (constants.ts).
 */
export function isServiceBaseUrl(value: string): boolean {
  // `https://host/?` parses with an empty query, yet `+ '/path'` would still land behind the `?`.
  if (typeof value !== 'string' || /[\s?#]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.hostname === '' || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

/** Validated and without trailing slashes, so that `baseUrl + path` never doubles one. */
export const serviceBaseUrlSchema = z
  .string()
  .trim()
  .refine(isServiceBaseUrl, 'must be an absolute https:// URL (http:// only on loopback) without credentials, query or fragment')
  .transform((url) => url.replace(/\/+$/, ''));
