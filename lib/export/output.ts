// Writing an export where the user asked: checked before the slow work starts, written to a
// temporary file beside the target and renamed into place only once it passed its checks,
// so a failed or interrupted export never leaves a half-written or unchecked file.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { onExit } from '../processes'

/** Paper sizes of the handout (A4 by default). */
export type Paper = 'A4' | 'Letter'
export const PAPERS: readonly Paper[] = ['A4', 'Letter']

export class OutputError extends Error {}

/** A clear message for a failed write: what, where, how to fix. */
export function describeWriteError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'EBUSY':
    case 'ETXTBSY':
      return `${path} is in use by another program (${code}). Close it there (a PDF viewer may lock the file), or choose another path with --output.`
    case 'EPERM':
    case 'EACCES':
      return `${path} cannot be written: permission denied (${code}). If another program has it open, close it there; otherwise choose a path you may write to with --output.`
    case 'EROFS':
      return `${path} is on a read-only file system (EROFS). Choose another path with --output.`
    case 'EISDIR':
      return `${path} is a directory (EISDIR). Give a file name, e.g. --output ${join(path, 'talk.pdf')}.`
    case 'ENOTDIR':
      return `${path} cannot be created: a part of that path is a file, not a directory (ENOTDIR). Choose another path with --output.`
    case 'ENOSPC':
      return `no space left on the device to write ${path} (ENOSPC).`
    case 'ENAMETOOLONG':
      return `${path} is too long a path (ENAMETOOLONG).`
    default:
      return `${path} cannot be written: ${(error as Error).message}`
  }
}

/**
 * Makes sure `path` can be written, before any work: its directory can be created, it is
 * not a directory (unless `directory` is set: then it is where PNGs go), and a file can be
 * created beside it. Throws OutputError with the reason.
 */
export function checkOutput(path: string, options: { directory?: boolean } = {}): void {
  try {
    if (!options.directory && existsSync(path) && statSync(path).isDirectory())
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    if (options.directory && existsSync(path) && !statSync(path).isDirectory())
      throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' })
    const dir = dirname(path)
    try {
      mkdirSync(dir, { recursive: true })
    }
    catch (error) {
      // mkdir -p says EEXIST when a file stands where a directory of the path should be.
      throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }) : error
    }
    const probe = join(dir, `.${basename(path)}.${process.pid}.probe`)
    closeSync(openSync(probe, 'wx'))
    rmSync(probe, { force: true })
  }
  catch (error) {
    throw new OutputError(describeWriteError(error, path))
  }
}

/** A temporary path beside `path`, removed on exit unless it was moved into place. */
export function scratchBeside(path: string): string {
  const scratch = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  onExit(() => rmSync(scratch, { recursive: true, force: true }))
  return scratch
}

/** Moves a checked scratch file (or directory) into place. */
export function moveIntoPlace(scratch: string, path: string): void {
  try {
    if (existsSync(path) && statSync(path).isDirectory() && statSync(scratch).isDirectory())
      rmSync(path, { recursive: true })
    renameSync(scratch, path)
  }
  catch (error) {
    rmSync(scratch, { recursive: true, force: true })
    throw new OutputError(describeWriteError(error, path))
  }
}
