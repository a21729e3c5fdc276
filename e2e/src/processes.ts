import { spawn, type SpawnOptions } from "node:child_process";

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

const running = new Set<number>();

/**
 * The environment without what a parent `pnpm run` or `npm run` passes down (npm_config_registry
 * and friends), which would override the .npmrc of a project under test.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, DO_NOT_TRACK: "1", TURBO_TELEMETRY_DISABLED: "1", npm_config_update_notifier: "false", FORCE_COLOR: "0", ...extra };
}

/** Kills a whole process group (every child is started as its own group leader). */
function killGroup(pid: number, signal: NodeJS.Signals = "SIGKILL"): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Ends every process started here that is still running; for afterAll and exit hooks. */
export function killAll(): void {
  for (const pid of running) killGroup(pid);
  running.clear();
}
process.once("exit", killAll);

/** Runs a command to completion, killing its whole process group after `timeoutMs`. */
export function run(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { timeoutMs: number; input?: string },
): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, detached: true, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // A command that exits without reading its input closes the pipe first; what it did is in its exit code and output.
    child.stdin?.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") stderr += `stdin: ${error.message}\n`;
    });
    child.stdin?.end(options.input ?? "");
    if (child.pid) running.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) killGroup(child.pid);
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (child.pid) {
        running.delete(child.pid);
        killGroup(child.pid); // grandchildren left behind
      }
      resolve({ code, signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/** Like `run`, but throws with the output when the command fails or times out. */
export async function runOk(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { timeoutMs: number; input?: string },
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0 || result.timedOut) {
    throw new Error(
      `${command} ${args.join(" ")} ${result.timedOut ? `timed out after ${options.timeoutMs} ms` : `exited ${result.code ?? result.signal}`}\n${result.stdout}\n${result.stderr}`.trim(),
    );
  }
  return result;
}

export interface Background {
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/** Starts a long-running server; resolves once `ready` matches its output. */
export function startBackground(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { ready: RegExp; timeoutMs: number },
): Promise<Background> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let settled = false;
    const pid = child.pid;
    if (pid) running.add(pid);
    const exited = new Promise<void>((done) => child.once("close", () => done()));
    const stop = async () => {
      if (pid) {
        killGroup(pid, "SIGTERM");
        const timer = setTimeout(() => killGroup(pid), 3000);
        await exited;
        clearTimeout(timer);
        killGroup(pid);
        running.delete(pid);
      }
    };
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${message}\n${output}`.trim())));
    };
    const timer = setTimeout(() => fail(`${command} did not become ready in ${options.timeoutMs} ms`), options.timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!settled && options.ready.test(output)) {
        settled = true;
        clearTimeout(timer);
        resolve({ pid: pid ?? -1, output: () => output, stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("error", (error) => fail(String(error)));
    child.on("close", (code) => fail(`${command} exited ${code} before becoming ready`));
  });
}
