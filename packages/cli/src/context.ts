/** What every command runs with: where it writes, the environment, the client, colour. */
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { IntelligenceClient } from "@convintel/client";
import { parse as parseEnvFile } from "dotenv";
import picocolors from "picocolors";

export interface Output {
  write(text: string): void;
  isTTY?: boolean | undefined;
}

/** How the command meets the world; the binary passes the process's, tests their own. */
export interface Io {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Asks a yes/no question on a terminal; undefined when there is none. */
  confirm?: ((question: string) => Promise<boolean>) | undefined;
}

/** Options every command that reaches the API takes. */
export interface ConnectionOptions {
  baseUrl?: string | undefined;
  profile?: string | undefined;
  envFile?: string | undefined;
}

/** An error the command reports as it is (one line, exit 1): bad input, a refused plan. */
export class CommandError extends Error {
  override name = "CommandError";
}

export type Colors = ReturnType<typeof picocolors.createColors>;

/** Colour on a terminal; plain in CI, with NO_COLOR, or when output is piped. FORCE_COLOR turns it on. */
export function colorsFor(io: Io): Colors {
  const env = io.env;
  const enabled = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" ? true : Boolean(io.stdout.isTTY) && !env.NO_COLOR && !env.CI;
  return picocolors.createColors(enabled);
}

/** No colour: for text that is not a terminal's (a Markdown comment). */
export const plainColors = (): Colors => picocolors.createColors(false);

/** Where `--profile NAME` is read: `$CONVINTEL_PROFILES_DIR/NAME.env`, by default `~/.config/convintel/profiles`. */
export function profilePath(name: string, env: Io["env"]): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith("."))
    throw new CommandError(`--profile ${name}: a profile name is letters, digits, ".", "_" and "-".`);
  const base = env.CONVINTEL_PROFILES_DIR ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), "convintel", "profiles");
  return join(base, `${name}.env`);
}

async function readEnvFile(path: string, what: string): Promise<Record<string, string>> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`${what}: cannot read ${path} (${error.code ?? error.message}).`);
  });
  return parseEnvFile(text);
}

/** The environment a command runs with: the process's, with a profile's or an env file's values over it. */
async function environmentFor(io: Io, options: ConnectionOptions): Promise<Record<string, string | undefined>> {
  let env: Record<string, string | undefined> = { ...io.env };
  if (options.profile !== undefined)
    env = { ...env, ...(await readEnvFile(profilePath(options.profile, io.env), `--profile ${options.profile}`)) };
  if (options.envFile !== undefined) env = { ...env, ...(await readEnvFile(resolve(io.cwd, options.envFile), "--env-file")) };
  return env;
}

/**
 * Who the command acts as, without a secret: the API key SID, or the Account SID, as the client
 * picks them (a key wins over an Auth Token). Saved plans record it, so one is never applied to
 * another account.
 */
export async function principalFor(io: Io, options: ConnectionOptions): Promise<string> {
  const env = await environmentFor(io, options);
  return (env.TWILIO_API_KEY || env.TWILIO_API_SECRET ? env.TWILIO_API_KEY : env.TWILIO_ACCOUNT_SID) ?? "";
}

const WHERE_CREDENTIALS_GO =
  "Set TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN) in the environment, in a profile (--profile NAME), or in an env file (--env-file PATH).";

/** What is wrong with the credentials the environment gives, in a CLI user's words; undefined when a pair is complete. */
function missingCredentials(env: Record<string, string | undefined>): string | undefined {
  const set = (name: string) => Boolean(env[name]);
  const half = (pair: [string, string]) =>
    set(pair[0]) !== set(pair[1])
      ? `${set(pair[0]) ? pair[0] : pair[1]} is set but ${set(pair[0]) ? pair[1] : pair[0]} is not.`
      : undefined;
  if (set("TWILIO_API_KEY") || set("TWILIO_API_SECRET")) return half(["TWILIO_API_KEY", "TWILIO_API_SECRET"]);
  if (set("TWILIO_ACCOUNT_SID") || set("TWILIO_AUTH_TOKEN")) return half(["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"]);
  return "No Twilio credentials.";
}

/**
 * The client: credentials and region from the environment (TWILIO_API_KEY / TWILIO_API_SECRET, or
 * TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN; TWILIO_REGION, TWILIO_EDGE), over which a profile or an
 * env file lays its own values; the origin from `--base-url`, else CONVINTEL_BASE_URL.
 */
export async function clientFor(io: Io, options: ConnectionOptions): Promise<IntelligenceClient> {
  const env = await environmentFor(io, options);
  const baseUrl = options.baseUrl ?? env.CONVINTEL_BASE_URL;
  const missing = missingCredentials(env);
  if (missing) throw new CommandError(`${missing} ${WHERE_CREDENTIALS_GO}`);
  try {
    return new IntelligenceClient({ env, ...(baseUrl ? { baseUrl } : {}) });
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
}
