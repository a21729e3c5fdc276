import type { IntelligenceConfiguration } from "@convintel/fetch";
import { configurationWith } from "./fixtures.js";
import type { Handler, RecordedRequest, Reply } from "./server.js";

const COLLECTION = "/v3/ControlPlane/Configurations";

/** A small in-memory Configurations service: enough behaviour for paging and modify() tests. */
export class ConfigurationStore {
  readonly items = new Map<string, IntelligenceConfiguration>();
  /** Runs before a PUT is applied: a test can write in between, as another client would. */
  beforeUpdate: ((id: string) => void) | undefined;
  /** How the last page ends: without nextToken, or with `nextToken: null`. */
  lastPage: "absent" | "null" = "absent";

  constructor(count = 0) {
    for (let index = 0; index < count; index++) {
      const item = configurationWith(index);
      this.items.set(item.id, item);
    }
  }

  /** Another writer's update: bumps the version as the service would. */
  writeAsSomeoneElse(id: string, displayName: string): void {
    const item = this.items.get(id)!;
    this.items.set(id, { ...item, displayName, version: item.version + 1 });
  }

  readonly handler: Handler = (request: RecordedRequest): Reply => {
    if (request.path === COLLECTION && request.method === "GET") return this.#list(request);
    const id = decodeURIComponent(request.path.slice(COLLECTION.length + 1));
    const item = this.items.get(id);
    if (!item) return { status: 404, json: { code: 20404, message: "The requested resource was not found", httpStatusCode: 404 } };
    if (request.method === "GET") return { status: 200, json: item };
    if (request.method === "PUT") {
      this.beforeUpdate?.(id);
      const current = this.items.get(id)!;
      const body = JSON.parse(request.body) as Partial<IntelligenceConfiguration>;
      const next = {
        ...current,
        ...body,
        id: current.id,
        accountId: current.accountId,
        version: current.version + 1,
      } as IntelligenceConfiguration;
      this.items.set(id, next);
      return { status: 200, json: next, headers: { "twilio-request-id": `RQ${next.version}` } };
    }
    return { status: 405, json: { code: 20000, message: "method not allowed", httpStatusCode: 405 } };
  };

  #list(request: RecordedRequest): Reply {
    const all = [...this.items.values()];
    const pageSize = Number(request.query.get("pageSize") ?? 50);
    const start = Number(request.query.get("pageToken") ?? 0);
    const items = all.slice(start, start + pageSize);
    const end = start + items.length;
    const meta: Record<string, unknown> = { key: "items", pageSize: items.length };
    if (start > 0) meta.previousToken = String(Math.max(0, start - pageSize));
    if (end < all.length) meta.nextToken = String(end);
    else if (this.lastPage === "null") meta.nextToken = null;
    return { status: 200, json: { items, meta } };
  }
}
