/** `run()` in-process against a fake: the streams a test reads, and a terminal whose questions it answers. */
import type { FakeIntelligence } from "@convintel/testing";
import type { Io } from "../../src/index.js";

export interface TestIo {
  value: Io;
  out(): string;
  err(): string;
  questions: string[];
}

export function testIo(
  fake: FakeIntelligence,
  baseUrl: string,
  cwd: string,
  answers: boolean[] = [],
  env: Record<string, string> = {},
): TestIo {
  const out: string[] = [];
  const err: string[] = [];
  const questions: string[] = [];
  const value: Io = {
    stdout: { write: (text) => void out.push(text), isTTY: true },
    stderr: { write: (text) => void err.push(text) },
    env: {
      TWILIO_ACCOUNT_SID: fake.credentials.accountSid,
      TWILIO_AUTH_TOKEN: fake.credentials.authToken,
      CONVINTEL_BASE_URL: baseUrl,
      NO_COLOR: "1",
      ...env,
    },
    cwd,
    confirm: async (question) => {
      questions.push(question);
      return answers.shift() ?? false;
    },
  };
  return { value, out: () => out.join(""), err: () => err.join(""), questions };
}
