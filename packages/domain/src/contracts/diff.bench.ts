/**
 * diffAnnex must stay well under 10 ms for two real annexes (it runs on every amendment page).
 * Run: pnpm --filter @mutu/domain exec vitest bench --run src/contracts
 */
import { bench, describe } from "vitest";
import { diffAnnex } from "./diff.ts";
import { seedFactsCommune } from "../seed-facts/seed-facts.fixture.ts";
import { annexFromSeedFacts } from "../seed-facts/annex.ts";

const begles = seedFactsCommune("begles");
const begles2016 = annexFromSeedFacts(begles, "original");
const begles2018 = annexFromSeedFacts(begles);
// Bruges carries the 63-row application inventory: the largest annex of the seed facts.
const bruges = annexFromSeedFacts(seedFactsCommune("bruges"));
const bordeaux = annexFromSeedFacts(seedFactsCommune("bordeaux"));

describe("diffAnnex on real annexes", () => {
  bench("Bègles 2016 → 2018 (RGPD amendment)", () => {
    diffAnnex(begles2016, begles2018);
  });

  bench("Bruges → Bordeaux (two different communes, 63 applications removed)", () => {
    diffAnnex(bruges, bordeaux);
  });
});
