/**
 * diffAnnex must stay well under 10 ms for two real annexes (it runs on every amendment page).
 * Run: pnpm --filter @mutu/domain exec vitest bench --run src/contracts
 */
import { bench, describe } from "vitest";
import { diffAnnex } from "./diff.ts";
import { referenceCommune } from "./reference.fixture.ts";
import { annexFromReference } from "./reference.ts";

const begles = referenceCommune("begles");
const begles2016 = annexFromReference(begles, "original");
const begles2018 = annexFromReference(begles);
// Bruges carries the 63-row application inventory: the largest annex of the reference data.
const bruges = annexFromReference(referenceCommune("bruges"));
const bordeaux = annexFromReference(referenceCommune("bordeaux"));

describe("diffAnnex on real annexes", () => {
  bench("Bègles 2016 → 2018 (RGPD amendment)", () => {
    diffAnnex(begles2016, begles2018);
  });

  bench("Bruges → Bordeaux (two different communes, 63 applications removed)", () => {
    diffAnnex(bruges, bordeaux);
  });
});
