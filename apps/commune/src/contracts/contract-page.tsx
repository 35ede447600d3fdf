/** « Mon contrat »: a placeholder until the contract feature lands. */
import { useSession } from "../auth/session.tsx";
import { ComingSoon } from "../coming-soon.tsx";
import { messages } from "../messages.ts";

export function ContractPage() {
  const me = useSession();
  const t = messages.contract;
  return (
    <ComingSoon
      title={t.title}
      lead={t.lead(me.org.name)}
      contents={t.contents}
      meanwhile={t.meanwhile}
    />
  );
}
