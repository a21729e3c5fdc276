/** The `convintel` binary: the process's arguments, streams and environment, and its exit code. */
import { createInterface } from "node:readline/promises";
import { run } from "./program.js";

const confirm = process.stdin.isTTY
  ? async (question: string) => {
      const prompt = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return (await prompt.question(question)).trim() === "yes";
      } finally {
        prompt.close();
      }
    }
  : undefined;

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  confirm,
});
