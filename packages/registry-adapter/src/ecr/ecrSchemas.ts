import { z } from 'zod';

// Only the fields the adapter uses; ECR adds others freely.
const imageSchema = z.object({
  imageId: z.object({ imageDigest: z.string().regex(/^sha256:[a-f0-9]{64}$/) }),
  imageManifest: z.string().min(1),
  imageManifestMediaType: z.string().min(1).optional(),
});

export const batchGetImageSchema = z.object({
  images: z.array(imageSchema).optional(),
  failures: z.array(z.object({ failureCode: z.string().optional() })).optional(),
});

export const putImageSchema = z.object({
  image: z.object({ imageId: z.object({ imageDigest: z.string().regex(/^sha256:[a-f0-9]{64}$/) }) }),
});

/** The `mediaType` a manifest declares about itself, when it does. */
export const declaredMediaTypeSchema = z.object({ mediaType: z.string().min(1) });
