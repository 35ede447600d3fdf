/** How a version is named in lists and sentences, in both spaces: « Contrat initial », « Avenant n° 3 ». */
import { diffMessages } from "./messages.ts";

export function versionLabel(v: {
  kind: "original" | "amendment";
  amendmentNumber: number | null;
}) {
  return v.kind === "original"
    ? diffMessages.values.originContract
    : diffMessages.values.originAmendment(v.amendmentNumber, null);
}
