/**
 * Receiving a rule's webhook in Express 5. The route reads the raw body, which the signature is made
 * over, so it is registered before `express.json()`: a body that parser read first can no longer be
 * checked, and is refused with a 401 that says so.
 */
import { parseRuleActionWebhook, type RuleActionWebhook, WebhookError } from "@convintel/client";
import express, { type Express } from "express";

export function expressApp(handle: (webhook: RuleActionWebhook) => Promise<void>, authToken: string): Express {
  const app = express();
  app.post("/twilio/intelligence", async (request, response) => {
    try {
      const webhook = await parseRuleActionWebhook(request, { authToken });
      await handle(webhook);
      response.status(204).end();
    } catch (error) {
      if (!(error instanceof WebhookError)) throw error;
      response.status(error.status).type("text/plain").send(error.message);
    }
  });
  // The rest of the application's routes, with JSON bodies parsed.
  app.use(express.json());
  return app;
}
