// The public surface of @molecule/deploy-registry: image registries behind core's `ImageRegistry` port.

export { createEcrRegistry } from './ecr/createEcrRegistry';
export type { EcrRegistryOptions } from './ecr/createEcrRegistry';
export {
  MANIFEST_MEDIA_TYPES,
  OCI_INDEX,
  OCI_MANIFEST,
  DOCKER_MANIFEST_LIST,
  DOCKER_MANIFEST,
} from './mediaTypes';
export { createOciRegistry } from './oci/createOciRegistry';
export type { OciRegistryOptions } from './oci/createOciRegistry';
export { parseRegistryAddress } from './oci/registryAddress';
export type { RegistryAddress } from './oci/registryAddress';
