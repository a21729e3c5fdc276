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
import { FaultRuleError, readFaultRule } from "./fault-rules.js";
import type { FaultHandle, FaultRule } from "./fault-types.js";
import { applySeedData } from "./seed-data.js";
import { JSON_TYPE, jsonBody, type IncomingRequest, type ResponsePlan } from "./wire.js";

export const CONTROL_PATH = "/__convintel";

const json = (status: number, value: unknown): ResponsePlan => ({ status, headers: { "Content-Type": JSON_TYPE }, body: jsonBody(value) });
const empty = (status: number): ResponsePlan => ({ status, headers: {}, body: null });
const problem = (status: number, message: string) => json(status, { status, message });

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
        let rule: FaultRule;
        try {
          rule = readFaultRule(body, { overHttp: true });
        } catch (error) {
          if (error instanceof FaultRuleError) return problem(400, error.message);
          throw error;
        }
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
