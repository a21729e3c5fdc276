import { IntelligenceClient } from "@convintel/client";
import { createIntelligenceFetch } from "@convintel/fetch";
const body = JSON.parse(Deno.readTextFileSync("/tmp/dprobe/body.json"));
const origin = "http://127.0.0.1:4599";
const id = "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5";
const url = `${origin}/v3/ControlPlane/Configurations/${id}`;
const sid = "AC00000000000000000000000000000000",
  token = "0".repeat(32);
const headers = { Authorization: `Basic ${btoa(`${sid}:${token}`)}`, "Content-Type": "application/json", Accept: "application/json" };
const api = createIntelligenceFetch({ baseUrl: origin, auth: { username: sid, password: token } });
const on = new IntelligenceClient({ accountSid: sid, authToken: token, baseUrl: origin });
const off = new IntelligenceClient({ accountSid: sid, authToken: token, baseUrl: origin, validateRequests: false });
const noTimer = new IntelligenceClient({ accountSid: sid, authToken: token, baseUrl: origin, timeout: Infinity });
const c = {
  raw: async () => (await fetch(url, { method: "PUT", headers, body: JSON.stringify(body) })).json(),
  rawBuf: async () => {
    const r = await fetch(url, { method: "PUT", headers, body: JSON.stringify(body) });
    return JSON.parse(new TextDecoder().decode(await r.arrayBuffer()));
  },
  rawSignal: async () => {
    const ac = new AbortController();
    const t = setTimeout(() => ac.abort(), 30000);
    try {
      return (await fetch(url, { method: "PUT", headers, body: JSON.stringify(body), signal: ac.signal })).json();
    } finally {
      clearTimeout(t);
    }
  },
  fetchPkg: async () => (await api.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id } }, body })).data,
  clientOff: () => off.configurations.update(id, body),
  clientOn: () => on.configurations.update(id, body),
  clientNoTimer: () => noTimer.configurations.update(id, body),
};
async function rate(f, n) {
  const t = performance.now();
  for (let i = 0; i < n; i++) await f();
  return n / ((performance.now() - t) / 1000);
}
for (const f of Object.values(c)) await rate(f, 500);
const res = Object.fromEntries(Object.keys(c).map((k) => [k, []]));
for (let r = 0; r < 5; r++) for (const [k, f] of Object.entries(c)) res[k].push(await rate(f, 1000));
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
const base = med([...res.raw]);
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(14), Math.round(med(v)), (med(v) / base).toFixed(2));
