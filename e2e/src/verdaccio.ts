import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { installTool, tools } from "./install.js";
import { startBackground } from "./processes.js";

export interface LocalRegistry {
  url: string;
  /** A token of a user created on this registry, for publishing. */
  token: string;
  /** `.npmrc` lines that point npm or pnpm at this registry with that token. */
  npmrc: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts Verdaccio on 127.0.0.1 with its storage in `dir`. `@convintel/*` is served only from what
 * is published here; every other package is proxied from the npm registry.
 */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  const verdaccio = await installTool(tools.verdaccio);
  if (!verdaccio.ok) throw new Error(verdaccio.reason);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(join(dir, "storage"), { recursive: true });
  const config = join(dir, "config.yaml");
  writeFileSync(
    config,
    `storage: ${join(dir, "storage")}
auth:
  htpasswd:
    file: ${join(dir, "htpasswd")}
    max_users: 10
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    timeout: 60s
packages:
  "@convintel/*":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  "**":
    access: $all
    publish: $authenticated
    proxy: npmjs
web:
  enable: false
max_body_size: 50mb
listen: 127.0.0.1:${port}
log: { type: stdout, format: pretty, level: warn }
`,
  );
  const server = await startBackground(process.execPath, [verdaccio.bin, "--config", config], {
    cwd: dir,
    ready: /http address/,
    timeoutMs: 60_000,
  });
  try {
    const ping = await fetch(`${url}/-/ping`);
    if (!ping.ok) throw new Error(`Verdaccio /-/ping answered ${ping.status}`);
    // The htpasswd plugin creates the user on first login and hands back a bearer token.
    const login = await fetch(`${url}/-/user/org.couchdb.user:convintel-e2e`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "convintel-e2e", password: "convintel-e2e-password" }),
    });
    const { token } = (await login.json()) as { token?: string };
    if (!login.ok || !token) throw new Error(`Verdaccio user creation answered ${login.status}`);
    const npmrc = `registry=${url}/\n//127.0.0.1:${port}/:_authToken=${token}\n`;
    return { url, token, npmrc, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
