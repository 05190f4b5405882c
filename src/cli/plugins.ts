/**
 * `--use name[=options]` (retext plugins: the `plugins` option) and `--use-article name[=options]` (article
 * plugins: `articlePlugins`). As in unified-args: a bare name is looked up as given and with the `retext-`
 * prefix (`--use readability` loads `retext-readability`), from the working directory and then from where
 * wirestory is installed; `./x.js` and absolute paths are files; options are JSON5, with or without the braces
 * (`--use readability=age:18`, `--use 'readability={age: 18}'`).
 */

import path from 'node:path'
import process from 'node:process'
import {pathToFileURL} from 'node:url'

import {resolve} from 'import-meta-resolve'
import JSON5 from 'json5'
import type {Pluggable} from 'unified'

import {sanitize} from './sanitize.js'

/** A plugin named on the command line, resolved to a module URL (plain data: it goes to worker threads). */
export interface PluginSpec {
  /** As the user wrote it. */
  name: string
  /** The module to import. */
  url: string
  /** Options given after `=`, or `undefined`. */
  options: unknown
  kind: 'analyzer' | 'article'
}

/** A plugin the command line cannot find or load: a usage error. */
export class PluginError extends Error {}

/**
 * Split `name=options` and find the module.
 *
 * @throws {PluginError} When the options are not JSON5 or the module cannot be found.
 */
export function resolvePlugin(value: string, kind: PluginSpec['kind'], cwd = process.cwd()): PluginSpec {
  const equals = value.indexOf('=')
  const name = equals === -1 ? value : value.slice(0, equals)
  if (name === '') throw new PluginError(`expected a plugin name before \`=\` in \`${sanitize(value)}\``)
  let options: unknown
  if (equals !== -1) {
    const raw = value.slice(equals + 1).trim()
    try {
      options = raw === '' ? undefined : JSON5.parse(raw.startsWith('{') ? raw : `{${raw}}`)
    } catch (error) {
      throw new PluginError(
        `cannot read the options of \`${sanitize(name)}\` (${sanitize(raw)}): ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  return {name, url: locate(name, kind, cwd), options, kind}
}

function locate(name: string, kind: PluginSpec['kind'], cwd: string): string {
  if (name.startsWith('.') || path.isAbsolute(name)) return pathToFileURL(path.resolve(cwd, name)).href
  const candidates = [name]
  if (kind === 'analyzer' && !/^(?:@[^/]+\/)?retext-/u.test(name)) {
    candidates.push(name.startsWith('@') ? name.replace('/', '/retext-') : `retext-${name}`)
  }
  const parents = [pathToFileURL(path.join(cwd, 'index.js')).href, import.meta.url]
  for (const parent of parents) {
    for (const candidate of candidates) {
      try {
        return resolve(candidate, parent)
      } catch {
        // Not there: try the next.
      }
    }
  }
  throw new PluginError(
    `cannot find the plugin \`${sanitize(name)}\` (looked for ${candidates.map((candidate) => `\`${sanitize(candidate)}\``).join(' and ')} from ${sanitize(cwd)} and from wirestory)`
  )
}

/**
 * Import a plugin and pair it with its options, as `parseArticle` takes it: the module's default export (a
 * plugin or a preset).
 *
 * @throws {PluginError} When the module cannot be imported or exports no plugin.
 */
export async function loadPlugin(spec: PluginSpec): Promise<Pluggable> {
  let module: {default?: unknown}
  try {
    module = (await import(spec.url)) as {default?: unknown}
  } catch (error) {
    throw new PluginError(
      `cannot load the plugin \`${sanitize(spec.name)}\`: ${sanitize(error instanceof Error ? error.message : String(error))}`
    )
  }
  const plugin = module.default
  const preset = typeof plugin === 'object' && plugin !== null && ('plugins' in plugin || 'settings' in plugin)
  if (typeof plugin !== 'function' && !preset) {
    throw new PluginError(`the module of \`${sanitize(spec.name)}\` has no default export that is a plugin or a preset`)
  }
  if (preset) return plugin as Pluggable
  return spec.options === undefined ? (plugin as Pluggable) : ([plugin, spec.options] as Pluggable)
}

/** The `plugins` and `articlePlugins` options for a list of specs. */
export async function loadPlugins(
  specs: readonly PluginSpec[]
): Promise<{plugins: Pluggable[]; articlePlugins: Pluggable[]}> {
  const plugins: Pluggable[] = []
  const articlePlugins: Pluggable[] = []
  for (const spec of specs) (spec.kind === 'article' ? articlePlugins : plugins).push(await loadPlugin(spec))
  return {plugins, articlePlugins}
}
