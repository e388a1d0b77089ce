import { defineConfig } from 'tsup';

// The command line, built apart from the library entries: it may read files,
// and its dependencies (papaparse, cli-progress) never reach a library bundle.
export default defineConfig({
  entry: { 'cli/sendright': 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  sourcemap: false,
  splitting: false,
  target: 'node18',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  external: ['libphonenumber-js', /^libphonenumber-js\//, 'papaparse', 'cli-progress'],
});
