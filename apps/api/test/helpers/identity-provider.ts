/**
 * A real OpenID Connect provider for tests (oidc-provider on a free loopback port) with one client,
 * mutu, and a few people. Its sign-in page asks only for an identifier (the test's people are
 * known by it); consent is implied for mutu, a first-party client. Everything else — discovery,
 * PKCE, signed ID tokens, userinfo — is the library's own, as a real provider's would be.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type ProviderAccount = { email: string; emailVerified: boolean };

export const OIDC_CLIENT = { id: "mutu", secret: "secret-de-test-du-client-mutu" };

const page = (uid: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Fournisseur d'identité de test</title></head>
<body><main><h1>Fournisseur d'identité de test</h1>
<form method="post" action="/interaction/${uid}">
<label for="identifiant">Identifiant</label> <input id="identifiant" name="login" autocomplete="username">
<button type="submit">S'identifier</button></form></main></body></html>`;

async function formOf(req: IncomingMessage) {
  let body = "";
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

export async function startIdentityProvider(
  redirectUri: string,
  accounts: Record<string, ProviderAccount>,
) {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["cle-de-test-des-cookies-du-fournisseur"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    async findAccount(_ctx, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          name: id,
        }),
      };
    },
    // mutu is first-party: the consent is implied, as an organisation's provider would set it.
    async loadExistingGrant(ctx) {
      const oidc = ctx.oidc;
      const grantId =
        oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client?.clientId ?? "");
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({
        clientId: oidc.client?.clientId,
        accountId: oidc.session?.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on("request", async (req, res) => {
    if (req.url === "/favicon.ico") {
      res.statusCode = 204; // the browser asks; a provider with no icon is no error
      return res.end();
    }
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "");
    if (!match?.[1]) return callback(req, res);
    try {
      if (req.method === "GET") {
        await provider.interactionDetails(req, res);
        res.setHeader("content-type", "text/html; charset=utf-8");
        return res.end(page(match[1]));
      }
      const login = (await formOf(req)).get("login") ?? "";
      const result = accounts[login]
        ? { login: { accountId: login } }
        : { error: "access_denied", error_description: "Identifiant inconnu." };
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    } catch (error) {
      res.statusCode = 400;
      res.end(String(error));
    }
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
