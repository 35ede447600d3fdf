/** Random secrets for session cookies and API tokens; only their SHA-256 is stored. */
import { createHash, randomBytes } from "node:crypto";
import { TOKEN_PREFIX } from "@mutu/domain";

export const newSessionSecret = () => randomBytes(32).toString("base64url");
export const newApiTokenSecret = () => `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
