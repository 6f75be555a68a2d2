// What one queue poll costs Azurite as its account fills (docs/benchmarks.md, ingress section).
// Azurite keeps every queue's messages in one LokiJS collection; a Get Messages on a queue first
// clears that queue's expired messages, then finds its visible ones, and both queries filter the
// whole collection (the first indexed field, accountName, is the same for every message), and the
// first removes what it found even when that is nothing, which re-sorts every index. So a WebJobs
// listener polling an empty queue pays for the messages waiting in another one.
// Same collection options and queries as azurite/dist/src/queue/persistence/LokiQueueMetadataStore.js.
//   node benchmarks/ingress/azurite-poll-cost.js
const path = require("path");
const Loki = require(path.join(__dirname, "../../tools/azurite/node_modules/lokijs"));
const messages = new Loki("probe").addCollection("messages", { indices: ["accountName", "queueName", "messageId", "visibleTime"] });
const account = "devstoreaccount1";

function pollMs(polls) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < polls; i++) {
    const now = Date.now();
    // clearExpiredMessages: remove() of an empty batch still rebuilds all four binary indices
    // (LokiJS removeBatchByPositions: ensureAllIndexes(true)) and marks the collection dirty, so
    // Azurite's 5 s autosave then writes the whole database again.
    messages.remove(messages.chain().find({ accountName: account, queueName: "roadmap-refresh", expirationTime: { $lte: now } }).data());
    const visible = messages.chain().find({ accountName: account, queueName: "roadmap-refresh", timeNextVisible: { $lte: now } })
      .compoundsort([["timeNextVisible", false], ["$loki", false]]).limit(16).data();
    messages.update(visible);
  }
  return Number(process.hrtime.bigint() - start) / 1e6 / polls;
}

let count = 0;
for (const size of [0, 1000, 10000, 20000, 40000]) {
  for (; count < size; count++) {
    const now = Date.now();
    messages.insert({ accountName: account, queueName: "tracker-events", messageId: `m${count}`, popReceipt: "p", dequeueCount: 0,
      insertionTime: now, timeNextVisible: now, expirationTime: now + 7 * 86400000 });
  }
  console.log(`${size} messages in tracker-events: one poll of the empty roadmap-refresh queue costs ${pollMs(20).toFixed(2)} ms`);
}
