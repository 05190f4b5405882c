import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {
    // The library (package.json `exports`).
    index: 'src/index.ts',
    // The scorer of the gold corpora (tests and tooling).
    eval: 'src/eval/score.ts',
    // The evaluation runner shared by `npm run eval` (scripts/eval.mjs) and `wirestory eval`.
    'eval-run': 'src/cli/eval.ts',
    // The `wirestory` bin (its shebang comes from the source) and the worker threads of `--jsonl`.
    cli: 'src/cli/index.ts',
    'cli-worker': 'src/cli/worker.ts'
  },
  format: ['esm'],
  // Declarations only for the modules people import.
  // (`stripInternal`: members marked `@internal`, such as a sieve rule's `find`, stay out of the declarations.)
  dts: {entry: {index: 'src/index.ts', eval: 'src/eval/score.ts'}, compilerOptions: {stripInternal: true}},
  clean: true,
  sourcemap: true,
  target: 'node20',
  // Keep regular expressions with `\p{…}` as literals: esbuild would turn `/^\p{Lu}/u` into
  // `new RegExp('^\\p{Lu}', 'u')`, evaluated on every call (Node 20 has the syntax; the engine is the same).
  esbuildOptions(options) {
    options.supported = {...options.supported, 'regexp-unicode-property-escapes': true}
  },
  // The library is platform-neutral (it must bundle for browsers); only the CLI modules import Node built-ins.
  platform: 'neutral',
  external: [/^node:/],
  removeNodeProtocol: false,
  splitting: true,
  treeshake: true
})
