/**
 * Receiving a rule's webhook in a Next.js route handler (App Router): the handler gets the web
 * Request, which `parseRuleActionWebhook` takes as it is, before anything reads its body. The Auth
 * Token comes from `TWILIO_AUTH_TOKEN` in the server's environment; without it every delivery is
 * refused with a 500 that says so.
 */
import { parseRuleActionWebhook, WebhookError } from "@convintel/client";

/**
 * The URL Twilio requested, which the signature covers. Next.js hands the handler a `request.url`
 * with a host name of its own (`localhost` in development), so the origin is taken from
 * `WEBHOOK_ORIGIN` (`https://example.com`, what the rule's action names) when set, else from the
 * request's Host and X-Forwarded-Proto headers.
 */
function requestedUrl(request: Request): string {
  const { pathname, search } = new URL(request.url);
  const origin = process.env.WEBHOOK_ORIGIN ?? `${request.headers.get("x-forwarded-proto") ?? "http"}://${request.headers.get("host")}`;
  return `${origin}${pathname}${search}`;
}

export async function POST(request: Request): Promise<Response> {
  try {
    const webhook = await parseRuleActionWebhook(request, { url: requestedUrl(request) });
    for (const result of webhook.operatorResults) console.log(`operator ${result.operator.id}: ${result.outputFormat}`);
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof WebhookError) return new Response(error.message, { status: error.status });
    throw error;
  }
}
