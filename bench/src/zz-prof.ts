import { IntelligenceClient } from "@convintel/client";
import type { FetchFunction } from "@convintel/fetch";
import { examples } from "@convintel/fetch/spec";
import { accountSid, authToken, configurationId, updateBody } from "./contenders.js";
const payload = JSON.stringify(examples.UpdatedConfiguration);
const init = { status: 200, headers: { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(payload)) } };
const stub: FetchFunction = async () => new Response(payload, init);
const client = new IntelligenceClient({ accountSid, authToken, baseUrl: "http://127.0.0.1:9", fetch: stub });
for (let i = 0; i < 60000; i++) await client.configurations.update(configurationId, updateBody);
