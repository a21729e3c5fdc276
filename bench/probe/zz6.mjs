import { IntelligenceClient } from "@convintel/client";
const body = JSON.parse(Deno.readTextFileSync("/tmp/dprobe/body.json"));
const payload = Deno.readTextFileSync("/tmp/dprobe/resp.json");
const init = {
  status: 200,
  headers: { "content-type": "application/json", "content-length": String(new TextEncoder().encode(payload).length) },
};
const stub = async () => new Response(payload, init);
const id = "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5";
const on = new IntelligenceClient({
  accountSid: "AC00000000000000000000000000000000",
  authToken: "0".repeat(32),
  baseUrl: "http://127.0.0.1:9",
  fetch: stub,
});
const t = performance.now();
for (let i = 0; i < 150000; i++) await on.configurations.update(id, body);
console.log((((performance.now() - t) * 1000) / 150000).toFixed(2), "µs/call");
