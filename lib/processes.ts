// Nothing a script starts outlives it. Every server, browser and child process a script
// starts is registered here; on success, on error and on Ctrl-C (SIGINT), SIGTERM or SIGHUP
// they are stopped, last started first.
import { spawn, type SpawnOptions } from 'node:child_process'

type Closer = () => unknown
const closers: Closer[] = []
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const
let handlersInstalled = false
let stopping = false
let signalExitCode: number | undefined

function installHandlers(): void {
  if (handlersInstalled)
    return
  handlersInstalled = true
  for (const [signal, code] of Object.entries(EXIT_CODES)) {
    process.on(signal, () => {
      if (stopping)
        return
      stopping = true
      signalExitCode = code
      console.error(`\n${signal}: stopping what this script started`)
      void stopAll().finally(() => process.exit(code))
    })
  }
}

/**
 * The exit code of the signal being handled (130 for SIGINT), if any. Work that fails
 * because its child was stopped should exit with it rather than report its own error.
 */
export function interruption(): number | undefined {
  return signalExitCode
}

/** Registers something to stop when the script ends or is interrupted; returns its unregister. */
export function onExit(close: Closer): () => void {
  installHandlers()
  closers.push(close)
  return () => {
    const at = closers.indexOf(close)
    if (at >= 0)
      closers.splice(at, 1)
  }
}

/** Stops everything registered, last first. Errors are reported, not thrown. */
export async function stopAll(): Promise<void> {
  while (closers.length > 0) {
    const close = closers.pop()!
    try {
      await close()
    }
    catch (error) {
      console.error(`while stopping: ${(error as Error).message}`)
    }
  }
}

export class ChildError extends Error {
  constructor(readonly command: string, readonly code: number | null, readonly output: string) {
    super(`${command} exited with ${code ?? 'a signal'}`)
  }
}

/**
 * Runs a command in its own process group and waits for it. On interruption the whole
 * group is stopped (SIGTERM, then SIGKILL), so grandchildren (e.g. npx -> node) go too.
 * Output is collected (and echoed when `echo` is set).
 */
export function runChild(cmd: string, args: string[], options: SpawnOptions & { echo?: boolean } = {}): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (options.echo)
        process.stdout.write(chunk)
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    const unregister = onExit(() => stopGroup(child.pid))
    child.on('error', (error) => {
      unregister()
      fail(error)
    })
    child.on('exit', (code) => {
      unregister()
      if (code === 0)
        ok(output)
      else
        fail(new ChildError(`${cmd} ${args.join(' ')}`, code, output))
    })
  })
}

function alive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  }
  catch {
    return false
  }
}

/** Stops a process group: SIGTERM, then SIGKILL after 3 s. */
export async function stopGroup(pid: number | undefined): Promise<void> {
  if (!pid || !alive(pid))
    return
  process.kill(-pid, 'SIGTERM')
  for (let i = 0; i < 30 && alive(pid); i++)
    await new Promise(r => setTimeout(r, 100))
  if (alive(pid))
    process.kill(-pid, 'SIGKILL')
}
