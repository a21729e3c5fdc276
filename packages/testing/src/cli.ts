import { startCommand } from "./command.js";

startCommand(process.argv.slice(2), console.log, console.error).then(
  (running) => {
    if (!running) {
      process.exitCode = process.argv.includes("--help") || process.argv.includes("-h") ? 0 : 2;
      return;
    }
    const stop = () => void running.fake.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
