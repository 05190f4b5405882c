import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', eval: 'src/eval/score.ts'},
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'neutral',
  splitting: true,
  treeshake: true
})
