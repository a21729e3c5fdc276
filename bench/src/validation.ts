/**
 * Validation: how many times per second the generated validator checks the seed's update body.
 * Each run calls it in a tight loop for a fixed time; the rate is the median over runs.
 */
import { validators } from "@convintel/fetch";
import { updateBody } from "./contenders.js";
import { collectGarbage } from "./gc.js";
import { summarize, type Summary } from "./stats.js";

export interface ValidationOptions {
  runs: number;
  milliseconds: number;
}

export interface ValidationResult {
  validator: string;
  validationsPerSecond: Summary;
  options: ValidationOptions;
}

function measure(milliseconds: number): number {
  const validate = validators.validateUpdateConfigurationRequest;
  let count = 0;
  let valid = 0;
  const begin = performance.now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    // Check the clock every 1,000 calls so that reading it costs little against the work.
    for (let index = 0; index < 1000; index++) if (validate(updateBody)) valid++;
    count += 1000;
    elapsed = performance.now() - begin;
  }
  if (valid !== count) throw new Error("the seed body failed validation");
  return count / (elapsed / 1000);
}

export function benchValidation(options: ValidationOptions, log: (line: string) => void): ValidationResult {
  measure(options.milliseconds);
  const rates: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    collectGarbage();
    rates.push(measure(options.milliseconds));
  }
  log(`validation: ${options.runs} runs of ${options.milliseconds} ms`);
  return { validator: "validators.validateUpdateConfigurationRequest", validationsPerSecond: summarize(rates), options };
}
