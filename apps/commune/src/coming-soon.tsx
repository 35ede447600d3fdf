/** A page announced but not built yet: says so plainly and lists what it will hold — no sample data. */
import { Info, Page } from "@mutu/ui";
import { messages } from "./messages.ts";

type ComingSoonProps = {
  title: string;
  lead: string;
  contents: readonly string[];
  meanwhile: string;
};

export function ComingSoon({ title, lead, contents, meanwhile }: ComingSoonProps) {
  return (
    <Page title={title} lead={lead}>
      <Info title={messages.comingSoon.badge}>
        <p>{messages.comingSoon.intro} :</p>
        <ul>
          {contents.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Info>
      <p className="prose">{meanwhile}</p>
    </Page>
  );
}
