/** Password hashing with argon2id (OWASP's recommended parameters: 19 MiB, 2 passes). */
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2;
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

/** A fixed hash to verify against when the email is unknown, so timing does not reveal accounts. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string) {
  if (!passwordHash) {
    decoy ??= hashPassword("mutu-decoy-password");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
