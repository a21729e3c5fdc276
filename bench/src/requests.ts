/**
 * Request overhead: the contenders send N updates to a keep-alive server in another process, one at a
 * time and 16 at a time. Rounds interleave the contenders (each round starts with a different one),
 * and the reported rate is the median over rounds.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchDirectory } from "./paths.js";
import { createContenders, type Contender } from "./contenders.js";
import { collectGarbage } from "./gc.js";
import { poolReference, signalReference, twilioReference, undiciReference } from "./references.js";
import { median, rotate, summarize, type Summary } from "./stats.js";

export interface RequestOptions {
  requests: number;
  warmup: number;
  rounds: number;
  concurrencies: number[];
  /** Only run contenders whose name contains one of these (all when empty). */
  only: string[];
}

export interface RequestResult {
  contender: string;
  description: string;
  concurrency: number;
  requestsPerSecond: Summary;
  /** Client-process CPU time (user + system) per update, in microseconds: less sensitive to other load than the rate. */
  cpuMicrosecondsPerRequest: Summary;
  /** Median over rounds of (this contender's rate / raw fetch's rate in the same round). */
  ratioToFetch: number;
  /** Median over rounds of (this contender's CPU time per update / raw fetch's in the same round). */
  cpuRatioToFetch: number;
  /** For contenders over the global fetch: median over rounds of (their rate / the rate of raw fetch with a timeout signal in the same round). */
  ratioToFetchWithSignal?: number;
  /** Median over rounds of (this contender's rate / twilio-node's rate in the same round), when twilio-node ran. */
  ratioToTwilio?: number;
  /** Median over rounds of (this contender's CPU time per update / undici request's in the same round), when it ran. */
  cpuRatioToUndici?: number;
  /** Median over rounds of (this contender's rate / undici Pool.request's rate in the same round), when it ran. */
  ratioToPool?: number;
}

export interface RequestReport {
  options: RequestOptions;
  results: RequestResult[];
  seconds: number;
}

export async function startServer(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const child = fork(fileURLToPath(new URL("./server.ts", import.meta.url)), [], {
    cwd: benchDirectory,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench server exited with code ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.send("stop");
      }),
  };
}

/** What one contender at one concurrency collected over the rounds. */
interface Samples {
  rates: number[];
  cpuTimes: number[];
  ratios: number[];
  cpuRatios: number[];
  signalRatios: number[];
  twilioRatios: number[];
  undiciCpuRatios: number[];
  poolRatios: number[];
}

export interface BatchResult {
  requestsPerSecond: number;
  cpuMicrosecondsPerRequest: number;
}

/** Sends `total` updates with `concurrency` in flight. */
export async function runBatch(contender: Contender, total: number, concurrency: number): Promise<BatchResult> {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started++;
      await contender.update();
    }
  };
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - begin) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { requestsPerSecond: total / seconds, cpuMicrosecondsPerRequest: (cpu.user + cpu.system) / total };
}

export async function benchRequests(options: RequestOptions, log: (line: string) => void): Promise<RequestReport> {
  const begin = performance.now();
  const server = await startServer();
  try {
    const all = createContenders(server.origin);
    const contenders = all.filter(
      (contender, index) => index === 0 || options.only.length === 0 || options.only.some((part) => contender.name.includes(part)),
    );
    const reference = contenders[0]!;
    log(`request overhead: ${contenders.map((contender) => contender.name).join(", ")}`);

    // One full collection before the section, none between batches: a forced full collection makes
    // every contender slower for thousands of calls after it (measured here: about twice the CPU per
    // call), which is not the state an application runs in. The order rotates each round, so what one
    // contender leaves for the collector lands on each of the others in turn.
    collectGarbage();
    for (const contender of contenders) {
      for (const concurrency of options.concurrencies) await runBatch(contender, options.warmup, concurrency);
    }

    const comparedWithSignal = new Set(contenders.filter((contender) => contender.overGlobalFetch).map((contender) => contender.name));
    const samples = new Map<string, Samples>();
    const samplesOf = (name: string, concurrency: number): Samples => {
      const key = `${name}\u0000${concurrency}`;
      let entry = samples.get(key);
      if (!entry)
        samples.set(
          key,
          (entry = {
            rates: [],
            cpuTimes: [],
            ratios: [],
            cpuRatios: [],
            signalRatios: [],
            twilioRatios: [],
            undiciCpuRatios: [],
            poolRatios: [],
          }),
        );
      return entry;
    };
    for (let round = 0; round < options.rounds; round++) {
      for (const concurrency of options.concurrencies) {
        const batches = new Map<string, BatchResult>();
        for (const contender of rotate(contenders, round))
          batches.set(contender.name, await runBatch(contender, options.requests, concurrency));
        const fetchBatch = batches.get(reference.name)!;
        const signalBatch = batches.get(signalReference);
        const twilioBatch = batches.get(twilioReference);
        const undiciBatch = batches.get(undiciReference);
        const poolBatch = batches.get(poolReference);
        for (const [name, batch] of batches) {
          const entry = samplesOf(name, concurrency);
          entry.rates.push(batch.requestsPerSecond);
          entry.cpuTimes.push(batch.cpuMicrosecondsPerRequest);
          entry.ratios.push(batch.requestsPerSecond / fetchBatch.requestsPerSecond);
          entry.cpuRatios.push(batch.cpuMicrosecondsPerRequest / fetchBatch.cpuMicrosecondsPerRequest);
          if (signalBatch && comparedWithSignal.has(name)) entry.signalRatios.push(batch.requestsPerSecond / signalBatch.requestsPerSecond);
          if (twilioBatch) entry.twilioRatios.push(batch.requestsPerSecond / twilioBatch.requestsPerSecond);
          if (undiciBatch) entry.undiciCpuRatios.push(batch.cpuMicrosecondsPerRequest / undiciBatch.cpuMicrosecondsPerRequest);
          if (poolBatch) entry.poolRatios.push(batch.requestsPerSecond / poolBatch.requestsPerSecond);
        }
        log(
          `  round ${round + 1}/${options.rounds}, concurrency ${concurrency}: ` +
            contenders.map((contender) => `${contender.name} ${Math.round(batches.get(contender.name)!.requestsPerSecond)}/s`).join(", "),
        );
      }
    }

    const results = options.concurrencies.flatMap((concurrency) =>
      contenders.map((contender): RequestResult => {
        const entry = samplesOf(contender.name, concurrency);
        return {
          contender: contender.name,
          description: contender.description,
          concurrency,
          requestsPerSecond: summarize(entry.rates),
          cpuMicrosecondsPerRequest: summarize(entry.cpuTimes),
          ratioToFetch: median(entry.ratios),
          cpuRatioToFetch: median(entry.cpuRatios),
          ratioToFetchWithSignal: entry.signalRatios.length ? median(entry.signalRatios) : undefined,
          ratioToTwilio: entry.twilioRatios.length ? median(entry.twilioRatios) : undefined,
          cpuRatioToUndici: entry.undiciCpuRatios.length ? median(entry.undiciCpuRatios) : undefined,
          ratioToPool: entry.poolRatios.length ? median(entry.poolRatios) : undefined,
        };
      }),
    );
    return { options, results, seconds: (performance.now() - begin) / 1000 };
  } finally {
    await server.stop();
  }
}
