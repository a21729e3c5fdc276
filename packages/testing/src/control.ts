/**
 * The fake's control endpoint, under `/__convintel/`, beside the API and behind the same credentials:
 * seeds, faults, a reset and the fake's state over HTTP, so that tests in any language (or a
 * docker-compose setup) drive the fake as a test in this process drives `fake.seed` and `fake.faults`.
 *
 * - `POST /__convintel/seed`: seed data (see seed-data.ts) → 204; a problem → 400 naming the item.
 * - `POST /__convintel/faults`: a fault rule as data (`{ fault, operationId?, method?, probability?,
 *   times? }`) → 201 `{ id }`; `DELETE /__convintel/faults/{id}` removes it, `DELETE /__convintel/faults`
 *   every one.
 * - `POST /__convintel/reset`: as `fake.reset()`: empties the fake, then seeds its starting `data` again → 204.
 * - `GET /__convintel/state`: configurations, operators, conversations, operator results, rule
 *   executions, rule runs and webhook deliveries, as JSON.
 */
import type { Engine } from "./engine.js";
import type { Fault, FaultHandle, FaultRule } from "./faults.js";
import { isRecord } from "./records.js";
import { applySeedData } from "./seed-data.js";
import { JSON_TYPE, jsonBody, type IncomingRequest, type ResponsePlan } from "./wire.js";

export const CONTROL_PATH = "/__convintel";

const FAULT_KINDS: readonly Fault["kind"][] = [
  "latency",
  "rateLimit",
  "serverError",
  "connectionReset",
  "hang",
  "stallBody",
  "invalidJson",
  "htmlError",
  "redirect",
  "respond",
  "truncateBody",
  "oversizedBody",
];

const json = (status: number, value: unknown): ResponsePlan => ({ status, headers: { "Content-Type": JSON_TYPE }, body: jsonBody(value) });
const empty = (status: number): ResponsePlan => ({ status, headers: {}, body: null });
const problem = (status: number, message: string) => json(status, { status, message });

/** A fault rule sent as JSON: data only (no `match` or fault function), each fault of a known kind. */
function faultRuleOf(value: unknown): FaultRule | string {
  if (!isRecord(value)) return "a fault rule is an object with `fault`";
  const { fault, operationId, method, probability, times, ...rest } = value;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined)
    return `${unknown} is not a field of a fault rule sent over HTTP (fault, operationId, method, probability, times)`;
  const faults = Array.isArray(fault) ? fault : [fault];
  if (faults.length === 0 || !faults.every((each) => isRecord(each) && FAULT_KINDS.includes(each.kind as Fault["kind"])))
    return `fault must be a fault (or a list of them) whose kind is one of ${FAULT_KINDS.join(", ")}`;
  if (times !== undefined && !(Number.isInteger(times) && (times as number) > 0)) return "times must be a whole number above 0";
  if (probability !== undefined && !(typeof probability === "number" && probability >= 0 && probability <= 1))
    return "probability must be a number from 0 to 1";
  return value as unknown as FaultRule;
}

/** The control endpoint of one fake. */
export class Control {
  readonly #faults = new Map<string, FaultHandle>();
  #nextFault = 1;

  constructor(private readonly engine: Engine) {}

  handle(request: IncomingRequest): ResponsePlan {
    if (!this.engine.authenticated(request.headers.get("authorization"))) {
      const refused = problem(401, "The control endpoint takes the fake's credentials, as the API does.");
      return { ...refused, headers: { ...refused.headers, "WWW-Authenticate": 'Basic realm="convintel fake"' } };
    }
    const path = request.url.pathname.slice(CONTROL_PATH.length);
    const route = `${request.method} ${path.replace(/^\/faults\/[^/]+$/, "/faults/{id}")}`;
    let body: unknown;
    if (request.body) {
      try {
        body = JSON.parse(request.body);
      } catch {
        return problem(400, "The body is not JSON.");
      }
    }
    switch (route) {
      case "POST /seed":
        try {
          applySeedData(this.engine, body);
        } catch (error) {
          return problem(400, (error as Error).message);
        }
        return empty(204);
      case "POST /reset":
        this.engine.reset();
        this.#faults.clear();
        return empty(204);
      case "POST /faults": {
        const rule = faultRuleOf(body);
        if (typeof rule === "string") return problem(400, rule);
        const id = String(this.#nextFault++);
        this.#faults.set(id, this.engine.faults.add(rule));
        return json(201, { id });
      }
      case "DELETE /faults":
        for (const handle of this.#faults.values()) handle.remove();
        this.#faults.clear();
        return empty(204);
      case "DELETE /faults/{id}": {
        const id = decodeURIComponent(path.slice("/faults/".length));
        const handle = this.#faults.get(id);
        if (!handle) return problem(404, `No fault rule ${id}.`);
        handle.remove();
        this.#faults.delete(id);
        return empty(204);
      }
      case "GET /state": {
        const { engine } = this;
        return json(200, {
          configurations: engine.store.snapshot(),
          operators: engine.operators.snapshot(),
          conversations: engine.conversations.allConversations(),
          operatorResults: engine.conversations.allResults(),
          ruleExecutions: engine.conversations.ruleExecutions,
          ruleRuns: engine.rules.runs,
          deliveries: engine.rules.deliveries,
        });
      }
      default:
        return problem(
          404,
          `No control route ${request.method} ${request.url.pathname}: POST seed, POST reset, POST faults, DELETE faults[/{id}], GET state.`,
        );
    }
  }
}
