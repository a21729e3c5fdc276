import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { examples } from "@convintel/testing";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const documentedId = examples.UpdatedConfiguration.id;
const documentedRuleId = examples.UpdatedConfiguration.rules[0]!.id;

describe("the main example", () => {
  it("creates, runs the documented update, lists, fetches and deletes against the fake, printing each step", async () => {
    const lines: string[] = [];
    const code = await main([], {}, (line) => lines.push(line));
    const output = lines.join("\n");
    expect(code, output).toBe(0);
    expect(output).toMatch(/^Started a fake Intelligence API at http:\/\/127\.0\.0\.1:\d+$/m);
    for (const step of ["1. Create", "2. Update", "3. List", "4. Fetch", "5. Delete", "6. List operators", "7. The whole loop"])
      expect(output).toContain(step);
    // The loop: the check refuses a wrong type at its pointer, the right one is written, run, delivered.
    expect(output).toMatch(/\/rules\/0\/operators\/0\/parameters\/scale must be an integer/);
    expect(output).toMatch(
      /created intelligence_configuration_\w+ "sentiment-at-the-end" version 1, 1 rule\(s\).*\(checked against the operator\)/,
    );
    expect(output).toMatch(/operator result intelligence_operatorresult_\w+: CLASSIFICATION "(positive|neutral|negative)"/);
    expect(output).toMatch(/received a signed webhook:\n\s+configuration intelligence_configuration_\w+ version 1/);
    expect(output).toMatch(/sentiment-scale: (positive|neutral|negative) \(scale 10\)/);
    expect(output).toMatch(/version 2: ACTIVE since/);
    expect(output).toMatch(/version 1: DEPRECATED since .*, retires /);
    expect(output).toMatch(/created intelligence_configuration_[0-7][0-9a-z]{25} "end-of-conversation-summary" version 1, 1 rule/);
    expect(output).toContain(`${documentedId}: version 1 → 2`);
    expect(output).toContain(
      `rule ${documentedRuleId}: 1 operator(s), on COMMUNICATION (every 2), → POST https://my-webhook-endpoint.com/rule-action`,
    );
    expect(output).toContain("2 configuration(s)");
    const json = output
      .slice(output.indexOf("4. Fetch"), output.indexOf("5. Delete"))
      .split("\n")
      .slice(1)
      .map((line) => line.slice(3))
      .join("\n");
    const fetched = JSON.parse(json) as Record<string, unknown>;
    const { accountId: _account, dateUpdated: _updated, ...documented } = examples.UpdatedConfiguration;
    expect(fetched).toMatchObject({ ...documented, version: 2 });
    expect(lines.at(-1)).toBe("Done.");
  });

  it("refuses --live without Twilio credentials, without touching the network", async () => {
    const lines: string[] = [];
    expect(await main(["--live"], {}, (line) => lines.push(line))).toBe(2);
    expect(lines[0]).toMatch(/TWILIO_API_KEY/);
  });

  it("runs as a program and exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("../src/main.ts", import.meta.url))], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      env: { ...process.env, TWILIO_API_KEY: "", TWILIO_AUTH_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("5. Delete the created configuration");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("Done.");
  }, 60_000);
});
