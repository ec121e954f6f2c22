/**
 * The manifest media types a promotion reads and writes. An index (multi-arch) must be asked
 * for explicitly: a registry answering only single-image types would hand back one platform's
 * manifest, and retagging that would silently drop every other architecture from `latest`.
 */
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

/** Indexes first: the `Accept` order states the preference. */
export const MANIFEST_MEDIA_TYPES: readonly string[] = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST];
