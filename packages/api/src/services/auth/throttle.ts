/**
 * The history the sign-in throttle weighs (domain auth/throttle.ts), in one statement over the
 * recorded attempts: failures in the window for (account, address), for the address, and for the
 * account from addresses it has not signed in from lately; and whether this address is one of those.
 */
import {
  FAMILIAR_ADDRESS_MS,
  type Failures,
  LOGIN_WINDOW_MS,
  type SignInHistory,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { sql } from "drizzle-orm";

const { signInAttempts: a } = schema;

type Row = {
  pair_n: number;
  pair_last: string | Date | null;
  address_n: number;
  address_last: string | Date | null;
  account_n: number;
  account_last: string | Date | null;
  familiar: boolean;
};

const failures = (count: number, last: string | Date | null): Failures => ({
  count: Number(count),
  lastAt: last === null ? null : new Date(last),
});

export async function signInHistory(
  tx: Tx,
  email: string,
  ip: string | null,
  now: Date,
): Promise<SignInHistory> {
  // Parameters of a raw statement: times as ISO text, cast (both drivers then agree).
  const instant = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
  const since = instant(now.getTime() - LOGIN_WINDOW_MS);
  const familiarSince = instant(now.getTime() - FAMILIAR_ADDRESS_MS);
  const sameIp = sql`${a.ip} is not distinct from ${ip}::inet`;
  const familiarIps = sql`(select f.ip from ${a} f where f.email = ${email} and f.success
    and f.at > ${familiarSince} and f.ip is not null)`;
  const result = await tx.execute(sql`
    with recent as (
      select ${a.email} as email, ${a.ip} as ip, ${a.at} as at from ${a}
      where not ${a.success} and ${a.at} > ${since} and (${a.email} = ${email} or ${sameIp})
    )
    select
      count(*) filter (where email = ${email} and ip is not distinct from ${ip}::inet)::int as pair_n,
      max(at) filter (where email = ${email} and ip is not distinct from ${ip}::inet) as pair_last,
      count(*) filter (where ip is not distinct from ${ip}::inet)::int as address_n,
      max(at) filter (where ip is not distinct from ${ip}::inet) as address_last,
      count(*) filter (where email = ${email} and coalesce(ip not in ${familiarIps}, true))::int as account_n,
      max(at) filter (where email = ${email} and coalesce(ip not in ${familiarIps}, true)) as account_last,
      (${ip}::inet is not null and ${ip}::inet in ${familiarIps}) as familiar
    from recent`);
  const row = ((result as unknown as { rows?: Row[] }).rows ?? (result as unknown as Row[]))[0];
  if (!row) throw new Error("sign-in history: no row");
  return {
    pair: failures(row.pair_n, row.pair_last),
    address: failures(row.address_n, row.address_last),
    account: failures(row.account_n, row.account_last),
    familiar: row.familiar === true,
  };
}
