/** Named tenants first (the first is always the canary), then numbered ones. */
const NAMED = ['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli'] as const;

export const CANARY_SLUG = NAMED[0];

export function makeSlugs(count: number): string[] {
  const slugs: string[] = [];
  for (let i = 0; i < count; i += 1) slugs.push(NAMED[i] ?? `tenant-${i + 1}`);
  return slugs;
}
