/**
 * One saisine's page (…/saisines/saisine?id=…), the frame both spaces share: the saisine and its
 * timeline loaded from the address, the link back to the list, the status line that announces a
 * change, and where the focus goes once a change removed the button that made it. Each space
 * fills the frame with its own sections.
 */
import { focusSection, Info, Link, Loaded, Page, Status, useRoute } from "@mutu/ui";
import { type ReactNode, useState } from "react";
import { trpc } from "../trpc.ts";
import type { SaisineDetail } from "./types.ts";

export type SaisinePageWording = {
  title(reference: string): string;
  fallbackTitle: string;
  back: string;
  missing: string;
  loading: string;
};

/** The saisine of the address, its timeline, and the announcement of the last change. */
export function useSaisinePage() {
  const { search } = useRoute();
  const id = search.get("id") ?? "";
  const saisine = trpc.saisines.get.useQuery({ saisineId: id }, { enabled: id !== "" });
  const timeline = trpc.saisines.timeline.useQuery({ saisineId: id }, { enabled: id !== "" });
  const [status, setStatus] = useState<string | null>(null);
  function done(message: string) {
    setStatus(message);
    // The button that opened the change may be gone with it: start again from the summary.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body)
        focusSection("saisine-resume");
    });
  }
  return { id, saisine, timeline, status, done };
}

export type SaisinePageState = ReturnType<typeof useSaisinePage>;

export function SaisinePageFrame({
  page,
  wording: t,
  children,
}: {
  page: SaisinePageState;
  wording: SaisinePageWording;
  children(saisine: SaisineDetail): ReactNode;
}) {
  const { id, saisine, status } = page;
  return (
    <Page
      title={saisine.data ? t.title(saisine.data.reference) : t.fallbackTitle}
      lead={saisine.data?.title}
    >
      <p>
        <Link to="/saisines">{t.back}</Link>
      </p>
      <Status>{status}</Status>
      {id === "" ? (
        <Info>{t.missing}</Info>
      ) : (
        <Loaded query={saisine} loadingLabel={t.loading}>
          {children}
        </Loaded>
      )}
    </Page>
  );
}
