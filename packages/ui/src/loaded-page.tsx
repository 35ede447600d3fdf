/**
 * A page about one record that its URL names (`?id=…`, `?commune=…`): its title (a fallback
 * until the record is loaded), the link back, its news in a live region, then the record once
 * loaded — or, when the URL names none, what to do instead.
 */
import type { ReactNode } from "react";
import { Loaded } from "./loaded.tsx";
import { Info, Status } from "./notice.tsx";
import { Page } from "./page.tsx";
import { useNotice } from "./router.tsx";

type QueryLike<T> = { data: T | undefined; error: unknown };

type LoadedPageProps<T> = {
  title: string;
  lead?: ReactNode;
  /** The link back (to the list, to the record above), when there is one to show. */
  back?: { to: string; label: string };
  /** Whether the URL names a record; when it does not, `missing` says so instead. */
  named: boolean;
  missing: string;
  query: QueryLike<T>;
  loadingLabel?: string;
  /**
   * The page's news: what it just did, else the notice the page before left in the navigation's
   * state (« Adhésion enregistrée »). `false`: a page that has none, and no live region.
   */
  status?: string | null | false;
  children(record: T): ReactNode;
};

export function LoadedPage<T>({
  title,
  lead,
  back,
  named,
  missing,
  query,
  loadingLabel,
  status = null,
  children,
}: LoadedPageProps<T>) {
  const notice = useNotice();
  return (
    <Page title={title} lead={lead} back={back}>
      {status === false ? null : <Status>{status ?? notice}</Status>}
      {named ? (
        <Loaded query={query} loadingLabel={loadingLabel}>
          {children}
        </Loaded>
      ) : (
        <Info>{missing}</Info>
      )}
    </Page>
  );
}
