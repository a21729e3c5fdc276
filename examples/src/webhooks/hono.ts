/**
 * Receiving a rule's webhook in Hono 4: `c.req.raw` is the web Request, which
 * `parseRuleActionWebhook` takes as it is (before anything reads its body), on every runtime Hono
 * runs on: Node.js through @hono/node-server, Bun, Deno, Workers.
 */
import { parseRuleActionWebhook, type RuleActionWebhook, WebhookError } from "@convintel/client";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export function honoApp(handle: (webhook: RuleActionWebhook) => Promise<void>, authToken: string): Hono {
  const app = new Hono();
  app.post("/twilio/intelligence", async (c) => {
    try {
      const webhook = await parseRuleActionWebhook(c.req.raw, { authToken });
      await handle(webhook);
      return c.body(null, 204);
    } catch (error) {
      if (!(error instanceof WebhookError)) throw error;
      return c.text(error.message, error.status as ContentfulStatusCode);
    }
  });
  return app;
}
