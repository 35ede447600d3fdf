/**
 * @mutu/api-server/testing — the real peers the browser tests need beside mutu: an SMTP server
 * that keeps what it receives, and an OpenID Connect provider.
 */
export { startMailServer } from "./mail-server.ts";
export { OIDC_CLIENT, type ProviderAccount, startIdentityProvider } from "./identity-provider.ts";
