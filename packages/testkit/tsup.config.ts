import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.json',
  clean: true,
  sourcemap: true,
});
