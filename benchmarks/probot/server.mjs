// A minimal Probot 14 receiver: Probot's own webhooks middleware verifies X-Hub-Signature-256
// and dispatches to a no-op handler; nothing is queued. PORT and WEBHOOK_SECRET from the env.
import { createServer } from "node:http";
import { generateKeyPairSync } from "node:crypto";
import { Probot, createNodeMiddleware } from "probot";

// A throwaway app key: Probot requires one, and nothing here ever calls GitHub.
const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } });
const probot = new Probot({ appId: 1, privateKey, secret: process.env.WEBHOOK_SECRET, logLevel: "warn" });
const middleware = await createNodeMiddleware((app) => app.onAny(async () => {}), { probot, webhooksPath: "/api/github/webhook" });
createServer((req, res) => middleware(req, res, () => res.writeHead(404).end())).listen(Number(process.env.PORT), "127.0.0.1");
