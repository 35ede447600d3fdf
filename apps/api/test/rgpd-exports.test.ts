/**
 * The registers' exports through the API, on both drivers: the processor register generated from
 * the commune's register, each register as PDF (Typst), CSV (formulas neutralised), ODS (a valid
 * OpenDocument zip) and JSON, and the commune's full file as one archive with its documents.
 */
import { drivers } from "@mutu/db/testing";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { schoolRegistrations, useRgpd } from "./helpers/rgpd.ts";

type File = { filename: string; mimeType: string; base64: string };
const bytes = (f: File) => Buffer.from(f.base64, "base64");

describe.each(drivers)("exports of the registers on %s", (driver) => {
  const t = useRgpd(driver);

  test("the processor register, then each register in every format and the full archive", async () => {
    const { h } = t;
    const vendor = data<{ id: string }>(
      await h.mutate(
        "rgpd.processors.save",
        {
          name: "Berger-Levrault",
          contractReference: "MP-2024-118 (art. 28)",
          contractSignedOn: "2024-03-01",
          contractExpiresOn: "2028-02-29",
          commitments: "Hébergement en France, sauvegardes chiffrées, audit annuel.",
        },
        { cookie: t.metropoleDpo },
      ),
    );
    // A name a spreadsheet would run as a formula, in a record in force where the Métropole processes.
    const { id } = await t.record({
      ...schoolRegistrations(),
      name: '=HYPERLINK("http://exemple.invalid";"Portail")',
      path: "legacy",
      processors: [{ processorId: vendor.id, role: "processor" }],
    });
    await t.ok(
      "rgpd.processing.putInForce",
      { processingId: id, revision: 1, inForceOn: "2019-09-01" },
      t.communeDpo,
    );
    await t.ok(
      "rgpd.documents.upload",
      {
        subject: "processing",
        subjectId: id,
        title: "Dossier d'architecture",
        fileName: "architecture.pdf",
        mediaType: "application/pdf",
        contentBase64: Buffer.from("%PDF-1.4\n% dossier").toString("base64"),
      },
      t.communeDpo,
    );
    const disguised = await h.mutate(
      "rgpd.documents.upload",
      {
        subject: "processing",
        subjectId: id,
        fileName: "facture.pdf",
        mediaType: "application/pdf",
        contentBase64: Buffer.from("MZ not a pdf").toString("base64"),
      },
      { cookie: t.communeDpo },
    );
    expect(disguised.error?.message).toMatch(/ne correspond pas/);

    const register = data<{
      controller: { name: string; dpo: string };
      entries: { name: string; role: string; subProcessors: string[] }[];
    }>(await h.query("rgpd.processorRegister", {}, { cookie: t.communeDpo }));
    expect(register.controller).toMatchObject({
      name: "Bègles",
      dpo: expect.stringMatching(/mutualisé/),
    });
    expect(register.entries.find((e) => e.name.startsWith("=HYPERLINK"))).toMatchObject({
      role: "Sous-traitant",
      subProcessors: ["Berger-Levrault (contrat MP-2024-118 (art. 28))"],
    });

    const exportOf = async (register: string, format: string) =>
      data<File>(await h.query("rgpd.exportRegister", { register, format }, { cookie: t.dgs }));
    const csv = bytes(await exportOf("processings", "csv")).toString("utf8");
    expect(csv.startsWith("\uFEFFN°;Traitement;")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://exemple.invalid"";""Portail"")"`);
    expect(csv).not.toMatch(/;=HYPERLINK|^=/m);

    const ods = unzipSync(bytes(await exportOf("processings", "ods")));
    expect(Object.keys(ods)[0]).toBe("mimetype");
    expect(strFromU8(ods.mimetype ?? new Uint8Array())).toBe(
      "application/vnd.oasis.opendocument.spreadsheet",
    );
    expect(strFromU8(ods["content.xml"] ?? new Uint8Array())).toContain(
      "<text:p>=HYPERLINK(&quot;http://exemple.invalid&quot;;&quot;Portail&quot;)</text:p>",
    );

    const json = JSON.parse(bytes(await exportOf("processings", "json")).toString("utf8"));
    expect(json).toMatchObject({
      title: "Registre des activités de traitement",
      organisation: "Bègles",
    });
    const exported = json.records.find((r: { fields: Record<string, string> }) =>
      r.fields.Traitement?.startsWith("=HYPERLINK"),
    );
    expect(exported.fields["Rôle de la Métropole"]).toBe("Sous-traitant");

    const pdf = await exportOf("breaches", "pdf");
    expect(pdf.filename).toMatch(/^registre-des-violations-begles-2026-06-08\.pdf$/);
    expect(bytes(pdf).subarray(0, 5).toString()).toBe("%PDF-");

    const archive = data<File>(await h.query("rgpd.exportArchive", {}, { cookie: t.dgs }));
    const files = Object.keys(unzipSync(bytes(archive)));
    expect(files).toContain("registre-des-traitements.pdf");
    expect(files).toContain("registre-de-sous-traitance.ods");
    expect(files).toContain("fin-de-conservation.csv");
    expect(files).toContain("LISEZMOI.txt");
    expect(
      files.some((f) => f.startsWith("documents/processing-") && f.endsWith("architecture.pdf")),
    ).toBe(true);
  });
});
