/**
 * Slowing down password guessing without locking anyone out (docs/adr/0015-sign-in-throttling.md).
 * Failed sign-ins are counted over a window for three keys: this account from this address, this
 * address for any account, and this account from addresses it has never signed in from. Past a few
 * free failures each key asks for a wait that doubles with every further failure, up to a ceiling;
 * a sign-in is answered only once every key's wait is over. So a guesser is slowed to a handful of
 * tries an hour, while the owner — at the address they usually sign in from — is not held back by
 * someone else's failures elsewhere.
 */

export const LOGIN_WINDOW_MS = 15 * 60_000;
/** An address the account signed in from within this time is « familiar ». */
export const FAMILIAR_ADDRESS_MS = 90 * 24 * 3600_000;
/**
 * Sign-in attempts, reset requests and ended sessions (addresses, emails typed) are kept as long
 * as the familiar-address window needs them, then deleted.
 */
export const AUTH_RECORDS_KEPT_MS = FAMILIAR_ADDRESS_MS;
export const FREE_FAILURES = {
  /** One person's typos at their desk. */
  pair: 3,
  /** An office behind one address: many people, a few typos each. */
  address: 20,
  /** Guesses spread over many addresses, against one account. */
  account: 10,
} as const;
export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 15 * 60_000;

export type Failures = { count: number; lastAt: Date | null };

export type SignInHistory = {
  /** This account, from this address. */
  pair: Failures;
  /** Any account, from this address. */
  address: Failures;
  /** This account, from addresses it has not signed in from lately. */
  account: Failures;
  /** The account signed in successfully from this address lately. */
  familiar: boolean;
};

/** The wait a key asks for after `count` failures (0 while they are free). */
export function delayAfter(count: number, free: number): number {
  if (count < free) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (count - free), MAX_DELAY_MS);
}

/** How long to wait before this sign-in is answered, in ms; 0: answer now. */
export function signInWait(history: SignInHistory, now: Date): number {
  const wait = (failures: Failures, free: number) =>
    failures.lastAt
      ? Math.max(0, failures.lastAt.getTime() + delayAfter(failures.count, free) - now.getTime())
      : 0;
  return Math.max(
    wait(history.pair, FREE_FAILURES.pair),
    wait(history.address, FREE_FAILURES.address),
    history.familiar ? 0 : wait(history.account, FREE_FAILURES.account),
  );
}

/** « Trop de tentatives… patientez 8 secondes » — in whole seconds, or minutes past one. */
export function signInWaitMessage(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const amount =
    seconds < 60
      ? `${seconds} seconde${seconds > 1 ? "s" : ""}`
      : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) > 1 ? "s" : ""}`;
  return `Trop de tentatives de connexion : patientez ${amount} avant de réessayer.`;
}
