import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { operations } from "@convintel/fetch";
import { describe, expect, it } from "vitest";
import { createFakeIntelligence } from "../src/index.js";

describe("the HTTP listener and browsers", () => {
  it("answers a CORS preflight, and marks answers readable from any origin", async () => {
    const fake = createFakeIntelligence();
    const server = await fake.listen();
    try {
      const url = `${server.url}${operations.ListConfigurations.path}`;
      const preflight = await fetch(url, {
        method: "OPTIONS",
        headers: {
          Origin: "http://localhost:5173",
          "Access-Control-Request-Method": "PUT",
          "Access-Control-Request-Headers": "authorization, content-type",
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      expect(preflight.headers.get("access-control-allow-methods")).toContain("PUT");
      expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
      expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
      // UpdateOperator takes If-Match, so a browser must be allowed to send it.
      expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-match");
      const answer = await fetch(url, { headers: { Origin: "http://localhost:5173" } });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("access-control-allow-origin")).toBe("*");
      expect(answer.headers.get("access-control-expose-headers")).toContain("Twilio-Request-Id");
    } finally {
      await fake.close();
    }
  });

  it("listens on 127.0.0.1 by default and on the port asked for", async () => {
    const fake = createFakeIntelligence();
    const first = await fake.listen();
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const second = await fake.listen({ port: first.port + 1 }).catch(() => undefined);
    if (second) expect(second.port).toBe(first.port + 1);
    await fake.close();
    await expect(fetch(first.url)).rejects.toBeInstanceOf(TypeError);
  });
});

describe("the in-process fake is runtime-neutral", () => {
  it("no module it loads imports a Node.js built-in (only http.ts and the command line do)", () => {
    const source = fileURLToPath(new URL("../src/", import.meta.url));
    const nodeOnly = new Set(["http.ts", "cli.ts", "command.ts"]);
    for (const file of readdirSync(source).filter((name) => name.endsWith(".ts") && !nodeOnly.has(name))) {
      const text = readFileSync(`${source}${file}`, "utf8");
      expect(text, file).not.toMatch(/from "node:|require\(|\bBuffer\b|(^|[^\w-])process\./m);
      // http.ts is only ever loaded on demand, by listen().
      expect(text, file).not.toMatch(/^import (?!type )[^\n]*from "\.\/http\.js"/m);
    }
  });
});
