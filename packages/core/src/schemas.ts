import { z } from 'zod';
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
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
export const slugSchema = z.string().trim().regex(SLUG_PATTERN, 'must be letters, digits and dashes');

export const tenantUrlTemplateSchema = z
  .string()
  .trim()
  .refine((t) => t.includes('{slug}'), 'must contain {slug}')
  .refine((t) => /^https?:\/\//i.test(t), 'must start with https:// (or http:// for loopback)');

export const positiveSeconds = z.number().finite().positive('must be greater than 0');
export const nonNegativeSeconds = z.number().finite().nonnegative('must be 0 or more');
