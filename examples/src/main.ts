/**
 * The main example: create a configuration, run the documented update, list and fetch back, delete,
 * then list the operators and one operator's versions; then the whole loop of a rule: an operator
 * with a parameter, a configuration whose rule uses it (checked against the operator), a
 * conversation, a rule execution, its operator results and the webhook a local listener receives.
 * By default against a local fake server (@convintel/testing); with `--live` against the real API,
 * using TWILIO_API_KEY/TWILIO_API_SECRET (or TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import {
  IntelligenceClient,
  IntelligenceError,
  parseRuleActionWebhook,
  RequestValidationError,
  WebhookError,
  type IntelligenceConfiguration,
  type Rule,
  type RuleExecutionWebhook,
  type UpdateConfigurationRequest,
} from "@convintel/client";
import { createFakeIntelligence, examples, type FakeIntelligence } from "@convintel/testing";

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

/** A webhook receiver on 127.0.0.1: each delivery is checked (signature included) and handed to `received`. */
async function startListener(authToken: string, received: (webhook: RuleExecutionWebhook) => void) {
  const server = createServer(async (request, response) => {
    try {
      received(await parseRuleActionWebhook(request, { authToken }));
      response.statusCode = 204;
    } catch (error) {
      response.statusCode = error instanceof WebhookError ? error.status : 500;
    }
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/intelligence/sentiment`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Step 7: the whole loop of one rule, against the fake (a conversation can only be seeded there). */
async function ruleLoop(client: IntelligenceClient, fake: FakeIntelligence, print: Print): Promise<void> {
  const received: RuleExecutionWebhook[] = [];
  const listener = await startListener(fake.credentials.authToken, (webhook) => received.push(webhook));
  try {
    const operator = await client.operators.create({
      displayName: "sentiment-scale",
      description: "Rates the customer's sentiment on a scale",
      prompt: "Rate the customer's sentiment from 1 to {{parameters.scale}}; answer with positive, neutral or negative.",
      outputFormat: "CLASSIFICATION",
      parameters: { scale: { type: "INTEGER", required: true, description: "The top of the scale" } },
    });
    print(`   created operator ${operator.id} "${operator.displayName}" with the INTEGER parameter scale (required)`);

    const configuration = (scale: unknown) => ({
      displayName: "sentiment-at-the-end",
      rules: [
        {
          operators: [{ id: operator.id!, parameters: { scale } }],
          triggers: [{ on: "CONVERSATION_END" as const }],
          actions: [{ type: "WEBHOOK" as const, method: "POST" as const, url: listener.url }],
        },
      ],
    });
    try {
      await client.configurations.check(configuration("ten"));
    } catch (error) {
      if (!(error instanceof RequestValidationError)) throw error;
      print(`   a rule passing scale: "ten" is refused before anything is written:`);
      for (const issue of error.issues) print(`     ${issue.message}`);
    }
    const created = await client.configurations.create(configuration(10), { checkOperators: true });
    print(`   created ${describeConfiguration(created)} (checked against the operator)`);
    for (const rule of created.rules) print(`   ${describeRule(rule)}`);

    const conversation = { ...structuredClone(examples.Conversation), intelligenceConfigurationIds: [created.id] };
    fake.seed.conversation(conversation);
    print(`   seeded conversation ${conversation.id} with ${conversation.communications.length} communication(s)`);

    const ruleId = created.rules[0]!.id;
    await client.ruleExecutions.create({ intelligenceConfigurationId: created.id, ruleId, conversationId: conversation.id });
    print(`   rule execution accepted (POST /v3/RuleExecutions): rule ${ruleId} on ${conversation.id}`);

    for await (const result of client.operatorResults.list({ conversationId: conversation.id, intelligenceConfigurationId: created.id })) {
      const label = result.outputFormat === "CLASSIFICATION" ? result.result.label : result.outputFormat;
      print(`   operator result ${result.id}: ${result.outputFormat} "${label}" from operator version ${result.operator.version}`);
    }

    // The fake delivers in the background, retrying on failure: wait until it is done.
    const [delivery] = await fake.waitForDeliveries();
    const webhook = received[0];
    if (!webhook) throw new Error(`The webhook was not received: ${JSON.stringify(delivery?.attempts)}`);
    print(`   the listener at ${listener.url} received a signed webhook:`);
    print(
      `     configuration ${webhook.intelligenceConfiguration.id} version ${webhook.intelligenceConfiguration.version}, rule ${webhook.intelligenceConfiguration.ruleId}, conversation ${webhook.conversationId}`,
    );
    for (const result of webhook.operatorResults) {
      const label = result.outputFormat === "CLASSIFICATION" ? result.result.label : JSON.stringify(result.result);
      print(`     ${result.operator.displayName ?? result.operator.id}: ${label} (scale ${String(result.operator.parameters?.scale)})`);
    }
    await client.configurations.delete(created.id);
    await client.operators.delete(operator.id!);
    print(`   deleted ${created.id} and ${operator.id}`);
  } finally {
    await fake.waitForDeliveries();
    await listener.close();
  }
}

/** Runs the example; returns the process exit code. */
export async function main(args: readonly string[], env: Record<string, string | undefined>, print: Print): Promise<number> {
  const live = args.includes("--live");
  let stop = async (): Promise<void> => {};
  let client: IntelligenceClient;
  let fake: FakeIntelligence | undefined;
  let documentedId: string | undefined;

  if (live) {
    if (!env.TWILIO_API_KEY && !env.TWILIO_AUTH_TOKEN) {
      print("--live needs TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN) in the environment.");
      return 2;
    }
    client = new IntelligenceClient({ env });
    print(`Running against the live API at ${client.baseUrl}`);
  } else {
    fake = createFakeIntelligence();
    // Seeded with the configuration the documented update is written for, so that request runs as it is.
    fake.seed([{ ...examples.UpdatedConfiguration, accountId: fake.credentials.accountSid }]);
    documentedId = examples.UpdatedConfiguration.id;
    // And with operators: one of Twilio's, and the custom one the configurations name, in two versions.
    fake.seed.operator(examples.OperatorPage.items[0]!);
    fake.seed.operator({ ...examples.UpdatedOperator, versions: [...examples.OperatorVersionPage.items].reverse() });
    const server = await fake.listen();
    stop = () => fake!.close();
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
    print("7. The whole loop of a rule: operator, checked configuration, conversation, rule execution, results, webhook");
    if (fake) await ruleLoop(client, fake, print);
    else print("   skipped with --live: it needs a conversation, which only the fake can seed");

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
