import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { operations } from "@convintel/fetch";
import { describe, expect, it } from "vitest";
import { startCommand, usage } from "../src/command.js";

const collection = operations.ListConfigurations.path;

describe("the convintel-fake command", () => {
  it("starts the HTTP fake and prints a URL and credentials that work", async () => {
    const lines: string[] = [];
    const running = await startCommand(
      ["--port", "0"],
      (line) => lines.push(line),
      (line) => lines.push(line),
    );
    try {
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(lines.join("\n"))![1]!;
      const username = /username \(Account SID\): (AC[0-9a-f]{32})/.exec(lines.join("\n"))![1]!;
      const password = /password \(Auth Token\):\s+([0-9a-f]{32})/.exec(lines.join("\n"))![1]!;
      const response = await fetch(`${url}${collection}`, { headers: { Authorization: `Basic ${btoa(`${username}:${password}`)}` } });
      expect(response.status).toBe(200);
      expect(lines.at(-1)).toBe(`GET ${collection} → 200`);
    } finally {
      await running!.fake.close();
    }
  });

  it("takes its flags after the `--` that pnpm passes on (pnpm fake -- --port N)", async () => {
    const lines: string[] = [];
    const running = await startCommand(
      ["--", "--port", "0", "--quiet"],
      (line) => lines.push(line),
      (line) => lines.push(line),
    );
    try {
      expect(running).toBeDefined();
      expect(lines.join("\n")).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      await running?.fake.close();
    }
  });

  it("prints usage for --help and for bad flags", async () => {
    const printed: string[] = [];
    const errors: string[] = [];
    expect(
      await startCommand(
        ["--help"],
        (line) => printed.push(line),
        (line) => errors.push(line),
      ),
    ).toBeUndefined();
    expect(printed).toEqual([usage]);
    expect(
      await startCommand(
        ["--port", "http"],
        (line) => printed.push(line),
        (line) => errors.push(line),
      ),
    ).toBeUndefined();
    expect(
      await startCommand(
        ["--colour"],
        (line) => printed.push(line),
        (line) => errors.push(line),
      ),
    ).toBeUndefined();
    expect(errors).toHaveLength(2);
    expect(errors[1]).toContain("--colour");
  });

  const bin = fileURLToPath(new URL("../bin/convintel-fake.js", import.meta.url));
  const built = existsSync(fileURLToPath(new URL("../dist/cli.js", import.meta.url)));

  it.skipIf(!built)(
    "runs from the package's bin and stops on Ctrl-C (SIGINT)",
    async () => {
      const child = spawn(process.execPath, [bin, "--port", "0", "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 10_000);
        child.stdout.on("data", () => {
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      expect((await fetch(`${url}${collection}`)).status).toBe(401);
      const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill("SIGINT");
      expect(await exit).toBe(0);
    },
    20_000,
  );
});
