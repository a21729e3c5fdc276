import { IntelligenceClient } from "@convintel/client";
const body = JSON.parse(Deno.readTextFileSync("/tmp/dprobe/body.json"));
const origin = "http://127.0.0.1:4599";
const id = "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5";
const sid = "AC00000000000000000000000000000000",
  token = "0".repeat(32);
const on = new IntelligenceClient({ accountSid: sid, authToken: token, baseUrl: origin });
for (let i = 0; i < 20000; i++) await on.configurations.update(id, body);
