/**
 * The main example: create a configuration, run the documented update, list and fetch back, delete,
 * then list the operators and one operator's versions.
 * By default against a local fake server (@convintel/testing); with `--live` against the real API,
 * using TWILIO_API_KEY/TWILIO_API_SECRET (or TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN).
 */
import { pathToFileURL } from "node:url";
import {
  IntelligenceClient,
  IntelligenceError,
  type IntelligenceConfiguration,
  type Rule,
  type UpdateConfigurationRequest,
} from "@convintel/client";
import { createFakeIntelligence, examples } from "@convintel/testing";

type Print = (line: string) => void;

const copy = <T>(value: unknown): T => structuredClone(value) as T;

function describeRule(rule: Rule): string {
  const trigger = rule.triggers[0];
  const when = trigger
    ? `on ${trigger.on}${trigger.parameters?.count !== undefined ? ` (every ${trigger.parameters.count})` : ""}`
    : "no trigger";
  const webhooks = rule.actions.map((action) => `${action.method} ${action.url}`).join(", ") || "no action";
  return `rule ${rule.id}: ${rule.operators.length} operator(s), ${when}, → ${webhooks}`;
}

function describeConfiguration(configuration: IntelligenceConfiguration): string {
  return `${configuration.id} "${configuration.displayName}" version ${configuration.version}, ${configuration.rules.length} rule(s), updated ${configuration.dateUpdated}`;
}

/** Runs the example; returns the process exit code. */
export async function main(args: readonly string[], env: Record<string, string | undefined>, print: Print): Promise<number> {
  const live = args.includes("--live");
  let stop = async (): Promise<void> => {};
  let client: IntelligenceClient;
  let documentedId: string | undefined;

  if (live) {
    if (!env.TWILIO_API_KEY && !env.TWILIO_AUTH_TOKEN) {
      print("--live needs TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN) in the environment.");
      return 2;
    }
    client = new IntelligenceClient({ env });
    print(`Running against the live API at ${client.baseUrl}`);
  } else {
    const fake = createFakeIntelligence();
    // Seeded with the configuration the documented update is written for, so that request runs as it is.
    fake.seed([{ ...examples.UpdatedConfiguration, accountId: fake.credentials.accountSid }]);
    documentedId = examples.UpdatedConfiguration.id;
    // And with operators: one of Twilio's, and the custom one the configurations name, in two versions.
    fake.seed.operator(examples.OperatorPage.items[0]!);
    fake.seed.operator({ ...examples.UpdatedOperator, versions: [...examples.OperatorVersionPage.items].reverse() });
    const server = await fake.listen();
    stop = () => fake.close();
    client = new IntelligenceClient({ ...fake.credentials, baseUrl: server.url, env: {} });
    print(`Started a fake Intelligence API at ${server.url}`);
    print(`  seeded with the documented configuration ${documentedId}`);
  }

  try {
    print("");
    print("1. Create a configuration (POST /v3/ControlPlane/Configurations)");
    const created = await client.configurations.create(copy(examples.CreateConfigurationRequest));
    print(`   created ${describeConfiguration(created)}`);
    for (const rule of created.rules) print(`   ${describeRule(rule)}`);

    print("");
    print("2. Update a configuration with the documented request (PUT /v3/ControlPlane/Configurations/{id})");
    const update = copy<UpdateConfigurationRequest>(examples.UpdateConfigurationRequest);
    let targetId: string;
    if (documentedId) {
      targetId = documentedId;
    } else {
      // The documented ids exist only in the docs: update the configuration just created, keeping its rule.
      targetId = created.id;
      update.rules[0]!.id = created.rules[0]!.id;
    }
    const before = await client.configurations.fetch(targetId);
    const updated = await client.configurations.update(targetId, update);
    print(`   ${updated.id}: version ${before.version} → ${updated.version}, "${before.displayName}" → "${updated.displayName}"`);
    for (const rule of updated.rules) print(`   ${describeRule(rule)}`);

    print("");
    print("3. List configurations (GET /v3/ControlPlane/Configurations)");
    let count = 0;
    for await (const configuration of client.configurations.list({ pageSize: 20, limit: 100 })) {
      count++;
      print(`   - ${describeConfiguration(configuration)}`);
    }
    print(`   ${count} configuration(s)`);

    print("");
    print("4. Fetch the updated configuration back (GET /v3/ControlPlane/Configurations/{id})");
    const fetched = await client.configurations.fetch(targetId);
    for (const line of JSON.stringify(fetched, null, 2).split("\n")) print(`   ${line}`);

    print("");
    print("5. Delete the created configuration (DELETE /v3/ControlPlane/Configurations/{id})");
    await client.configurations.delete(created.id);
    print(`   deleted ${created.id}`);

    print("");
    print("6. List operators (GET /v3/ControlPlane/Operators) and one's versions (GET .../Operators/{id}/Versions)");
    const operators = [];
    for await (const operator of client.operators.list({ limit: 20 })) {
      operators.push(operator);
      print(
        `   - ${operator.id} "${operator.displayName}" (${operator.author}), version ${operator.version}, ${operator.outputFormat} output`,
      );
    }
    const custom = operators.find((operator) => operator.author === "SELF") ?? operators[0];
    if (custom?.id) {
      print(`   versions of ${custom.id}:`);
      for await (const version of client.operators.versions.list(custom.id)) {
        const retires = version.retirementDate ? `, retires ${version.retirementDate}` : "";
        print(`   - version ${version.version}: ${version.status} since ${version.dateDeprecated ?? version.dateCreated}${retires}`);
      }
    }

    print("");
    print("Done.");
    return 0;
  } catch (error) {
    print("");
    print(error instanceof IntelligenceError ? `${error.name}: ${error.message}` : `Unexpected failure: ${String(error)}`);
    return 1;
  } finally {
    await stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), process.env, (line) => console.log(line)).then((code) => {
    process.exitCode = code;
  });
}
