/**
 * Receiving a rule's webhook in a Next.js route handler (App Router): the handler gets the web
 * Request, which `parseRuleActionWebhook` takes as it is, before anything reads its body. The Auth
 * Token comes from `TWILIO_AUTH_TOKEN` in the server's environment; without it every delivery is
 * refused with a 500 that says so.
 */
import { parseRuleActionWebhook, WebhookError } from "@convintel/client";

/**
 * Where the signature is checked. Next.js hands the handler a `request.url` with a host name of its
 * own (`localhost` in development), so the receiver is pinned to `WEBHOOK_ORIGIN` (`https://example.com`,
 * the origin the rule's action names) with the request's path and query. Without it, the URL is built
 * from the request's Host and X-Forwarded-Proto headers, which the sender chooses.
 */
function signedOver(request: Request): { origin: string } | { url: string } {
  const origin = process.env.WEBHOOK_ORIGIN;
  if (origin) return { origin };
  const { pathname, search } = new URL(request.url);
  return { url: `${request.headers.get("x-forwarded-proto") ?? "http"}://${request.headers.get("host")}${pathname}${search}` };
}

export async function POST(request: Request): Promise<Response> {
  try {
    const webhook = await parseRuleActionWebhook(request, signedOver(request));
    for (const result of webhook.operatorResults) console.log(`operator ${result.operator.id}: ${result.outputFormat}`);
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof WebhookError) return new Response(error.message, { status: error.status });
    throw error;
  }
}
