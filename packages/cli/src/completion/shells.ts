/** The shells `molecule-deploy completion` writes a script for. Its own module so `--help` loads no generator. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];
