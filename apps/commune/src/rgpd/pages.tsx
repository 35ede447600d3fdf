/**
 * The RGPD pages of the commune's space: its own registers (`@mutu/web/rgpd`), in the commune's
 * view. Loaded together when a RGPD page is first visited.
 */
import { useSession } from "@mutu/web";
import { RgpdSpaceProvider, rgpdPagesIn } from "@mutu/web/rgpd";
import type { ComponentType, ReactNode } from "react";

function CommuneRgpd({ children }: { children: ReactNode }) {
  const me = useSession();
  return (
    <RgpdSpaceProvider space={{ side: "commune", orgId: undefined, orgName: me.org.name }}>
      {children}
    </RgpdSpaceProvider>
  );
}

/** Each RGPD route's page (the app lazy-loads this module with the first one visited). */
export const rgpdPages = rgpdPagesIn((Page: ComponentType) => () => (
  <CommuneRgpd>
    <Page />
  </CommuneRgpd>
));
