/**
 * Every benchmark figure a README quotes is the one `bench/RESULTS.md` holds. `pnpm bench` rewrites
 * RESULTS.md; when a figure moves, this fails until the README says the new one, so a README never
 * promises what the last run did not measure.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** Whether a file says `phrase`, a run of whitespace in the file matching one space (so it may wrap). */
function expectSays(path: string, phrase: string): void {
  const text = readFileSync(join(root, path), "utf8").replace(/\s+/g, " ");
  expect(text.includes(phrase), `${path} should say, as bench/RESULTS.md has it: ${phrase}`).toBe(true);
}

type Table = { header: string[]; rows: string[][] };

/** The Markdown tables of a file, each with its header cells and its rows' cells. */
function tables(path: string): Table[] {
  const found: Table[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length >= 2) {
      const [header, , ...rows] = lines.map((line) =>
        line
          .slice(1, -1)
          .split("|")
          .map((cell) => cell.trim()),
      );
      found.push({ header: header!, rows });
    }
    lines = [];
  };
  for (const line of readFileSync(join(root, path), "utf8").split("\n")) {
    if (line.startsWith("|") && line.trimEnd().endsWith("|")) lines.push(line.trimEnd());
    else flush();
  }
  flush();
  return found;
}

const results = tables("bench/RESULTS.md");

/** The cells of the row whose first cells are `keys`, in the table whose header starts with `header`. */
function row(header: string[], keys: string[]): string[] {
  const table = results.find((candidate) => header.every((name, index) => candidate.header[index] === name));
  if (!table) throw new Error(`bench/RESULTS.md has no table headed ${header.join(" | ")}`);
  const found = table.rows.find((cells) => keys.every((key, index) => cells[index] === key));
  if (!found) throw new Error(`bench/RESULTS.md has no row ${keys.join(" | ")} under ${header.join(" | ")}`);
  return found;
}

/** The leading number of a cell such as "2.59×", "20.0 kB" or "5,243 (±2.4 %)". */
function number(cell: string | undefined): number {
  const value = Number(/^-?[\d,]+(\.\d+)?/.exec(cell ?? "")?.[0]?.replaceAll(",", ""));
  if (!Number.isFinite(value)) throw new Error(`not a figure: ${cell}`);
  return value;
}

const versusTwilio = row(["client", "rate ÷ twilio-node, sequential"], ["@convintel/client (validation on)"]);
const twilioOneAtATime = number(versusTwilio[1]).toFixed(1);
const twilioSixteen = number(versusTwilio[2]).toFixed(1);

const runtimeHeader = ["runtime", "version", "client sends through", "contender", "concurrency 1 req/s", "ratio"];
/** The client's rate against raw fetch in a runtime, one at a time and with 16 in flight. */
function runtimeRatios(runtime: string): [string, string] {
  const table = results.find((candidate) => runtimeHeader.every((name, index) => candidate.header[index] === name))!;
  const cells = table.rows.find((cells) => cells[0] === runtime && cells[3] === "@convintel/client (validation on)");
  if (!cells) throw new Error(`bench/RESULTS.md has no ${runtime} row for @convintel/client (validation on)`);
  const [first, second] = table.header.flatMap((name, index) => (name === "ratio" ? [index] : []));
  return [number(cells[first!]).toFixed(2), number(cells[second!]).toFixed(2)];
}
const [denoOne, denoSixteen] = runtimeRatios("deno");
const [bunOne, bunSixteen] = runtimeRatios("bun");

const coldHeader = ["loads", "command", "median ms", "spread", "above bare Node, ms"];
const clientImport = number(row(coldHeader, ["@convintel/client (import)"])[4]).toFixed(1);
const twilioRequire = number(row(coldHeader, ["twilio (require)"])[4]).toFixed(1);

const bundleHeader = ["client", "browser gzip"];
const clientBundle = number(row(bundleHeader, ["@convintel/client"])[1]);
const fetchBundle = number(row(bundleHeader, ["@convintel/fetch + validation"])[1]);

describe("README figures match bench/RESULTS.md", () => {
  it("README.md: the rate against twilio-node, the cold import and the bundle", () => {
    const readme = "README.md";
    expectSays(readme, `runs at ${twilioOneAtATime}× twilio-node's rate one at a time and ${twilioSixteen}× with 16 in flight`);
    expectSays(readme, `importing it takes ${clientImport} ms above a bare Node.js start, against ${twilioRequire} ms for twilio-node`);
    expectSays(readme, `weighs about ${Math.round(clientBundle)} kB gzipped`);
  });

  it("packages/client/README.md: the rate against twilio-node, and against raw fetch in Deno and Bun", () => {
    const readme = "packages/client/README.md";
    expectSays(readme, `runs at ${twilioOneAtATime}× twilio-node's rate one at a time and ${twilioSixteen}× with 16 in flight`);
    expectSays(
      readme,
      `an update went at ${denoOne}× of raw \`fetch\` one at a time and ${denoSixteen}× with 16 in flight in Deno, and at ${bunOne}× and ${bunSixteen}× in Bun`,
    );
  });

  it("packages/fetch/README.md: the bundle of a checked update, with and without the client", () => {
    expectSays(
      "packages/fetch/README.md",
      `about ${Math.round(fetchBundle)} kB gzip bundled, against ${clientBundle.toFixed(1)} kB for \`@convintel/client\``,
    );
  });
});
