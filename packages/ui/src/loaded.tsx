/**
 * What a query shows while it runs, when it fails (the API's French message) and once it has data.
 * Duck-typed on TanStack Query's result so this package does not depend on it.
 */
import type { ReactNode } from "react";
import { toFormError } from "./form-error.ts";
import { Alert, Loading } from "./notice.tsx";

type QueryLike<T> = { data: T | undefined; error: unknown };

type LoadedProps<T> = {
  query: QueryLike<T>;
  loadingLabel?: string;
  children(data: T): ReactNode;
};

export function Loaded<T>({ query, loadingLabel, children }: LoadedProps<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <Alert>{toFormError(query.error).message}</Alert>;
  return <Loading label={loadingLabel} />;
}
