/**
 * Links in the docs resolve: the README and CHANGELOG as packed (`npm pack --dry-run`: what users get from npm,
 * where relative links can only reach packed files) and the docs/ pages in the repository. CI does the same on the
 * real tarball (scripts/ci-package.sh). The checker is scripts/check-links.mjs.
 */

import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a JavaScript module of the repo's scripts, without declarations.
import {anchorsOf, checkLinks, linksOf} from '../scripts/check-links.mjs'

type Check = (options: {
  files: string[]
  packageDir: string
  repoDir: string
  inPackage?: (file: string) => boolean
}) => string[]
const check = checkLinks as Check
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

describe('scripts/check-links.mjs', () => {
  it('should find GitHub’s anchors for headings, code and links stripped, duplicates numbered', () => {
    const anchors = (anchorsOf as (markdown: string) => Set<string>)(
      '# wirestory\n## `parseArticle(value, options?)`\n## [Use](#x) it\n## Use it\n```md\n# not a heading\n```\n'
    )
    expect([...anchors]).toEqual(['wirestory', 'parsearticlevalue-options', 'use-it', 'use-it-1'])
  })

  it('should read links outside code only', () => {
    const links = (linksOf as (markdown: string) => Array<{url: string}>)(
      'See [a](docs/a.md) and `[b](b.md)`.\n\n```js\n[c](c.md)\n```\n[d]: https://example.com/d\n'
    )
    expect(links.map((link) => link.url)).toEqual(['docs/a.md', 'https://example.com/d'])
  })

  it('should report links that do not resolve in the package or the repository', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wirestory-links-'))
    try {
      mkdirSync(path.join(folder, 'docs'))
      writeFileSync(path.join(folder, 'LICENSE'), 'MIT\n')
      writeFileSync(
        path.join(folder, 'README.md'),
        [
          '# Title',
          '## Use',
          '[ok](#use) [missing anchor](#usage) [license](LICENSE) [not packed](docs/ast.md)',
          '[repo ok](https://github.com/wirestory/wirestory/blob/main/docs/ast.md#article)',
          '[repo anchor](https://github.com/wirestory/wirestory/blob/main/docs/ast.md#no-such-node)',
          '[repo file](https://github.com/wirestory/wirestory/blob/main/docs/nope.md)',
          '[folder](https://github.com/wirestory/wirestory/tree/main/docs) [outside](../x.md)',
          '[elsewhere](https://example.com/page#anything)'
        ].join('\n')
      )
      const problems = check({files: [path.join(folder, 'README.md')], packageDir: folder, repoDir: root})
      expect(problems).toEqual([
        'README.md:3: #usage: no heading #usage in README.md',
        'README.md:3: docs/ast.md: docs/ast.md is not in the package (link it as https://github.com/wirestory/wirestory/blob/main/docs/ast.md)',
        'README.md:5: https://github.com/wirestory/wirestory/blob/main/docs/ast.md#no-such-node: no heading #no-such-node in docs/ast.md',
        'README.md:6: https://github.com/wirestory/wirestory/blob/main/docs/nope.md: docs/nope.md is not in the repository',
        'README.md:7: ../x.md: points outside the package'
      ])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('links of the docs', () => {
  it('should resolve every link of the packed README and CHANGELOG', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--silent'], {
      cwd: root,
      encoding: 'utf8'
    })
    const packed = new Set(
      (JSON.parse(output) as Array<{files: Array<{path: string}>}>)[0].files.map((file) => file.path)
    )
    expect(packed.has('README.md')).toBe(true)
    const files = ['README.md', 'CHANGELOG.md'].map((file) => path.join(root, file))
    expect(check({files, packageDir: root, repoDir: root, inPackage: (file) => packed.has(file)})).toEqual([])
  })

  it('should resolve every link of docs/ in the repository', () => {
    const files = readdirSync(path.join(root, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => path.join(root, 'docs', file))
    expect(files.length).toBeGreaterThan(3)
    expect(check({files, packageDir: root, repoDir: root})).toEqual([])
  })
})
