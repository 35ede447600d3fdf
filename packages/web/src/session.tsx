/** The signed-in person, as `auth.me` describes them, for every page under the session gate. */
import type { RouterOutputs } from "@mutu/api";
import type { Permission } from "@mutu/domain";
import { createContext, type ReactNode, useContext } from "react";

export type Me = RouterOutputs["auth"]["me"];

const SessionContext = createContext<Me | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error("useSession() outside the session gate.");
  return me;
}

/** Whether the person holds at least one of these permissions (none asked: yes). */
export function canAny(me: Me, permissions: readonly Permission[] | undefined) {
  return !permissions?.length || permissions.some((p) => me.permissions.includes(p));
}

export function can(me: Me, permission: Permission) {
  return me.permissions.includes(permission);
}
