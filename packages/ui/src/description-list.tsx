/** Terms and their descriptions side by side (one column on small screens): a `<dl>`. */
import { Fragment, type ReactNode } from "react";

export type Description = { key?: string; term: ReactNode; description: ReactNode };

export function DescriptionList({ items }: { items: readonly Description[] }) {
  return (
    <dl className="summary-list description-list">
      {items.map((item, index) => (
        <Fragment key={item.key ?? index}>
          <dt>{item.term}</dt>
          <dd>{item.description}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
