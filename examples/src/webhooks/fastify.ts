/**
 * Receiving a rule's webhook in Fastify 5. Fastify parses JSON bodies before a handler runs, and the
 * signature is made over the raw bytes: in a scope of its own, the webhook route keeps JSON bodies as
 * a Buffer and hands that to `parseRuleActionWebhook` with the request's method, URL and headers.
 */
import { parseRuleActionWebhook, type RuleActionWebhook, WebhookError } from "@convintel/client";
import Fastify, { type FastifyInstance } from "fastify";

export function fastifyApp(handle: (webhook: RuleActionWebhook) => Promise<void>, authToken: string): FastifyInstance {
  const app = Fastify();
  app.register(async (scope) => {
    scope.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    scope.post("/twilio/intelligence", async (request, reply) => {
      try {
        const { method, url, headers, body } = request;
        const webhook = await parseRuleActionWebhook({ method, url, headers, body }, { authToken });
        await handle(webhook);
        return reply.code(204).send();
      } catch (error) {
        if (!(error instanceof WebhookError)) throw error;
        return reply.code(error.status).type("text/plain").send(error.message);
      }
    });
  });
  return app;
}
