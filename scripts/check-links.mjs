#!/usr/bin/env node
// Check that the links of markdown files resolve, offline:
//
//   node scripts/check-links.mjs --package <folder> [--repo <folder>] FILE.md…
//
// - `#fragment` must name a heading of the same file (GitHub's slugs, github-slugger);
// - a relative link must name a file inside the package folder (the extracted `npm pack` tarball: what users
//   get), and its fragment a heading of it;
// - a link into this repository on GitHub (`https://github.com/wirestory/wirestory/blob/main/PATH#fragment`, or
//   `tree/main/PATH`) must name a file (folder) of the repository (`--repo`, default: this checkout), and its
//   fragment a heading of it: it resolves once this commit is on main;
// - other `http(s)` links are only checked to be well formed (CI has no network but the npm registry).
//
// Prints each broken link as `FILE:LINE: LINK: why` and exits 1 when there is one. Used by scripts/ci-package.sh
// on the packed tarball and by test/links.test.ts.

import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import GithubSlugger from 'github-slugger'

/** Where the repository's files are published. */
export const repositoryUrl = 'https://github.com/wirestory/wirestory'

const repoLink = /^https:\/\/github\.com\/wirestory\/wirestory\/(blob|tree)\/main\/([^#?]+)(?:#(.*))?$/

/**
 * The links of a markdown document, outside code: inline links and images, `[id]: url` definitions, and
 * `<a href>`.
 *
 * @param {string} markdown
 * @returns {Array<{url: string, line: number}>}
 */
export function linksOf(markdown) {
  const links = []
  let fenced = false
  markdown.split('\n').forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced
      return
    }
    if (fenced) return
    const line = raw.replace(/`[^`]*`/g, '``')
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+["'(].*)?$/.exec(line)
    if (definition) links.push({url: definition[1], line: index + 1})
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g)) {
      links.push({url: match[1], line: index + 1})
    }
    for (const match of line.matchAll(/<a\s[^>]*href="([^"]+)"/g)) links.push({url: match[1], line: index + 1})
  })
  return links
}

/**
 * The anchors GitHub makes for the headings of a markdown document.
 *
 * @param {string} markdown
 * @returns {Set<string>}
 */
export function anchorsOf(markdown) {
  const slugger = new GithubSlugger()
  const anchors = new Set()
  let fenced = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    if (fenced) continue
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)
    if (!heading) continue
    const text = heading[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/[*_]{1,3}(\S[^*_]*?)[*_]{1,3}/g, '$1')
    anchors.add(slugger.slug(text))
  }
  for (const match of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(match[1])
  return anchors
}

/**
 * Check the links of markdown files.
 *
 * @param {object} options
 * @param {string[]} options.files Markdown files, inside `packageDir`.
 * @param {string} options.packageDir The folder relative links must stay in (the package as users get it).
 * @param {(relative: string) => boolean} [options.inPackage] Whether a path (relative to `packageDir`) is in the
 *   package; default: it exists there.
 * @param {string} options.repoDir The repository checkout that GitHub links point into.
 * @returns {string[]} Problems, as `file:line: url: why`.
 */
export function checkLinks({files, packageDir, inPackage, repoDir}) {
  const problems = []
  const has = inPackage ?? ((relative) => existsSync(path.join(packageDir, relative)))
  const anchorCache = new Map()
  const anchors = (file) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(readFileSync(file, 'utf8')))
    return anchorCache.get(file)
  }

  for (const file of files) {
    const name = path.relative(packageDir, file) || file
    const markdown = readFileSync(file, 'utf8')
    for (const {url, line} of linksOf(markdown)) {
      const problem = (why) => problems.push(`${name}:${line}: ${url}: ${why}`)
      const checkFragment = (target, fragment, where) => {
        if (!fragment || !target.endsWith('.md')) return
        const decoded = decodeURIComponent(fragment)
        if (!anchors(target).has(decoded)) problem(`no heading #${decoded} in ${where}`)
      }

      if (url.startsWith('#')) {
        checkFragment(file, url.slice(1), name)
        continue
      }
      const github = repoLink.exec(url)
      if (github) {
        const [, kind, target, fragment] = github
        const local = path.join(repoDir, decodeURIComponent(target))
        if (!existsSync(local)) {
          problem(`${target} is not in the repository`)
        } else if ((kind === 'tree') !== statSync(local).isDirectory()) {
          problem(
            kind === 'tree' ? `${target} is a file: link it with blob/` : `${target} is a folder: link it with tree/`
          )
        } else {
          checkFragment(local, fragment, target)
        }
        continue
      }
      if (/^[a-z][a-z\d+.-]*:/i.test(url)) {
        if (/^https?:/i.test(url)) {
          try {
            new URL(url)
          } catch {
            problem('not a valid URL')
          }
        }
        continue
      }
      const [target, fragment] = url.split('#')
      const relative = path.normalize(
        path.join(path.dirname(path.relative(packageDir, file)), decodeURIComponent(target))
      )
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        problem('points outside the package')
      } else if (!has(relative)) {
        problem(`${relative} is not in the package (link it as ${repositoryUrl}/blob/main/${relative})`)
      } else {
        checkFragment(path.join(packageDir, relative), fragment, relative)
      }
    }
  }
  return problems
}

function main(argv) {
  let packageDir = null
  let repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const files = []
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--package') packageDir = argv[++index]
    else if (argv[index] === '--repo') repoDir = argv[++index]
    else files.push(argv[index])
  }
  if (!packageDir || files.length === 0) {
    console.error('usage: node scripts/check-links.mjs --package <folder> [--repo <folder>] FILE.md…')
    return 2
  }
  const problems = checkLinks({
    files: files.map((file) => path.resolve(packageDir, file)),
    packageDir: path.resolve(packageDir),
    repoDir
  })
  for (const problem of problems) console.error(problem)
  const count = files.reduce(
    (sum, file) => sum + linksOf(readFileSync(path.resolve(packageDir, file), 'utf8')).length,
    0
  )
  console.log(
    `  ${count} links in ${files.join(', ')}: ${problems.length === 0 ? 'all resolve' : problems.length + ' broken'}`
  )
  return problems.length === 0 ? 0 : 1
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2))
}
