import { benchOverhead } from "./overhead.js";
const results = await benchOverhead({ calls: 2000, rounds: 7 }, console.log);
for (const r of results)
  console.log(r.name.padEnd(40), r.cpuMicrosecondsPerCall.median.toFixed(1), "µs", "above stub", r.aboveStub.toFixed(1));
