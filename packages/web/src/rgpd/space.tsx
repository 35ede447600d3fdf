/**
 * Where the RGPD pages are shown: the commune's space (its own registers) or the Métropole's (the
 * registers of the commune it names, `?commune=`, or its own). Pages read the organisation and
 * build their links through this context, so one page serves both spaces.
 */
import { Link, Page, useRoute } from "@mutu/ui";
import { createContext, type ReactNode, useContext } from "react";

export type RgpdSpace = {
  side: "commune" | "operator";
  /** Shown under each page's title: the Métropole's choice of organisation. */
  picker?: ReactNode;
  /** The organisation whose registers are shown; undefined in a commune's space (its own). */
  orgId: string | undefined;
  orgName: string;
};

const SpaceContext = createContext<RgpdSpace | null>(null);

export function RgpdSpaceProvider({ space, children }: { space: RgpdSpace; children: ReactNode }) {
  return <SpaceContext.Provider value={space}>{children}</SpaceContext.Provider>;
}

export function useRgpdSpace(): RgpdSpace {
  const space = useContext(SpaceContext);
  if (!space) throw new Error("useRgpdSpace() outside <RgpdSpaceProvider>.");
  return space;
}

/** A path of the RGPD pages, keeping the organisation chosen in the Métropole's space. */
export function useRgpdHref() {
  const { orgId, side } = useRgpdSpace();
  return (path: string, params: Record<string, string> = {}) => {
    const search = new URLSearchParams(params);
    if (side === "operator" && orgId) search.set("commune", orgId);
    const query = search.toString();
    return `${path}${query ? `?${query}` : ""}`;
  };
}

export function RgpdLink({
  to,
  params,
  children,
}: {
  to: string;
  params?: Record<string, string>;
  children: ReactNode;
}) {
  const href = useRgpdHref();
  return <Link to={href(to, params)}>{children}</Link>;
}

/** The `id` of the record a page shows (`?id=`). */
export function useRecordId() {
  return useRoute().search.get("id") ?? "";
}

/** The organisation the API is asked about: the chosen one in the Métropole's space, none for a commune. */
export function useOrgInput() {
  const { orgId } = useRgpdSpace();
  return orgId ? { orgId } : {};
}

/** A page of the registers: its title, the way back, the space's organisation picker, its content. */
export function RgpdPage({
  title,
  lead,
  back,
  children,
}: {
  title: string;
  lead?: ReactNode;
  back?: { to: string; label: string; params?: Record<string, string> };
  children: ReactNode;
}) {
  const { picker } = useRgpdSpace();
  return (
    <Page title={title} lead={lead}>
      {back ? (
        <p className="page-back">
          <RgpdLink to={back.to} params={back.params}>
            {back.label}
          </RgpdLink>
        </p>
      ) : null}
      {picker}
      {children}
    </Page>
  );
}
