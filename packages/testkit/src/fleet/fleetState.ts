import type { FleetControls } from '../types';

export interface Tenant {
  readonly slug: string;
  /** The image tag it runs. */
  image: string;
  /** Set by `stale()`: the tag it keeps serving whatever it runs. */
  staleImage: string | undefined;
  dev: boolean;
  slowMs: number;
  /** 503 answers owed after each redeploy. */
  restartReads: number;
  pending503: number;
  /** Only canaries have one. */
  readonly adminToken: string | undefined;
  memories: { id: string; scope: string; namespace: string; content: string }[] | undefined;
}

export interface FleetStateOptions {
  readonly slugs: readonly string[];
  readonly initialImage: string;
  /** Published images: tag → commit. */
  readonly images: ReadonlyMap<string, string>;
  /** Admin tokens of the first tenants (the canaries), positionally. */
  readonly adminTokens: readonly string[];
  readonly latencyMs: number;
}

/** The fleet's tenants, looked up by slug in O(1). */
export class FleetState {
  readonly tenants = new Map<string, Tenant>();
  readonly images: ReadonlyMap<string, string>;
  readonly latencyMs: number;

  constructor(options: FleetStateOptions) {
    this.images = options.images;
    this.latencyMs = options.latencyMs;
    options.slugs.forEach((slug, i) => {
      this.tenants.set(slug, {
        slug,
        image: options.initialImage,
        staleImage: undefined,
        dev: false,
        slowMs: 0,
        restartReads: 0,
        pending503: 0,
        adminToken: options.adminTokens[i],
        memories: undefined,
      });
    });
  }

  /** The CP's redeploy landed: the tenant restarts on `image`. */
  redeploy(slug: string, image: string): void {
    const tenant = this.get(slug);
    tenant.image = image;
    tenant.pending503 = tenant.restartReads;
  }

  get(slug: string): Tenant {
    const tenant = this.tenants.get(slug);
    // Controls are test helpers: an unknown slug is a bug in the test, so say so loudly.
    if (tenant === undefined) throw new Error(`testkit: unknown tenant slug "${slug}"`);
    return tenant;
  }

  controls(): FleetControls {
    return {
      stale: (slug) => {
        const tenant = this.get(slug);
        tenant.staleImage = tenant.staleImage ?? tenant.image;
      },
      dev: (slug) => {
        this.get(slug).dev = true;
      },
      slow: (slug, ms) => {
        this.get(slug).slowMs = Math.max(0, ms);
      },
      restartReads: (slug, n) => {
        this.get(slug).restartReads = Math.max(0, Math.floor(n));
      },
      setImage: (slug, tag) => {
        this.get(slug).image = tag;
      },
      runningImage: (slug) => this.get(slug).image,
    };
  }
}
