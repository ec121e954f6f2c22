const KIB = 1024;
const MIB = 1024 * KIB;

/** `4 MiB`, `256 KiB`, `100 bytes`: how a size cap reads in an error. */
export function describeBytes(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= KIB && bytes % KIB === 0) return `${bytes / KIB} KiB`;
  return `${bytes} bytes`;
}
