import { createRandom, type Random } from "./random.js";
import { readFaultRule } from "./fault-rules.js";
import type { Fault, FaultHandle, FaultRequest, FaultRule } from "./fault-types.js";

interface ActiveRule {
  rule: FaultRule;
  fired: number;
  limit: number;
}

/**
 * The fake's fault schedule. Rules are tried in the order they were added; the first that matches and
 * fires decides the request's fault. Probabilities come from a generator seeded by the fake's `seed`, so
 * the same requests in the same order meet the same faults.
 */
export class FaultInjector {
  private rules: ActiveRule[] = [];
  private random: Random;
  private injected = 0;

  constructor(private seed: number) {
    this.random = createRandom(seed);
  }

  /** Adds a rule; see {@link FaultRule}. */
  add(rule: FaultRule): FaultHandle {
    rule = readFaultRule(rule, { overHttp: false });
    const scripted = Array.isArray(rule.fault);
    const limit = rule.times ?? (scripted ? (rule.fault as readonly Fault[]).length : Number.POSITIVE_INFINITY);
    const active: ActiveRule = { rule, fired: 0, limit };
    this.rules.push(active);
    return {
      get fired() {
        return active.fired;
      },
      remove: () => {
        this.rules = this.rules.filter((candidate) => candidate !== active);
      },
    };
  }

  /** The next matching request gets `fault`, once. */
  once(fault: Fault, filter: Omit<FaultRule, "fault" | "times"> = {}): FaultHandle {
    return this.add({ ...filter, fault, times: 1 });
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** Removes every rule and restarts the generator, as a fresh fake with the same seed. */
  reset(seed: number = this.seed): void {
    this.seed = seed;
    this.clear();
    this.random = createRandom(seed);
    this.injected = 0;
  }

  /** How many faults have been injected. */
  get count(): number {
    return this.injected;
  }

  /** The fault for this request, if any; consumes scripted faults and `times`. */
  pick(request: FaultRequest): Fault | undefined {
    for (const active of this.rules) {
      const { rule } = active;
      if (active.fired >= active.limit) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) continue;
      if (rule.operationId !== undefined) {
        const wanted = typeof rule.operationId === "string" ? [rule.operationId] : rule.operationId;
        if (!wanted.includes(request.operationId)) continue;
      }
      if (rule.match && !rule.match(request)) continue;
      if (rule.probability !== undefined && rule.probability < 1 && this.random.next() >= rule.probability) continue;
      const fault = Array.isArray(rule.fault)
        ? (rule.fault as readonly Fault[])[active.fired]
        : typeof rule.fault === "function"
          ? (rule.fault as (request: FaultRequest) => Fault | undefined)(request)
          : (rule.fault as Fault);
      if (fault === undefined) continue;
      active.fired++;
      this.injected++;
      if (active.fired >= active.limit) this.rules = this.rules.filter((candidate) => candidate !== active);
      return fault;
    }
    return undefined;
  }
}
