/**
 * The size limit of /trpc request bodies, on both drivers: a body over the limit is refused with
 * 413 and tRPC's error shape carrying the French message, whether it announces its length or
 * streams, and stores nothing; an attachment of the largest accepted size still goes through.
 */
import { ATTACHMENT_MAX_BYTES } from "@mutu/domain";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REQUEST_TOO_LARGE_MESSAGE, UPLOAD_BODY_MAX_BYTES } from "../src/http/body-limit.ts";
import { createHarness, type Harness, ORIGIN } from "./harness.ts";
import { saisineInput } from "./helpers/saisines.ts";

describe.each(drivers)("request body limit on %s", (driver) => {
  let h: Harness;
  let agent: string;
  let saisineId: string;

  beforeAll(async () => {
    h = await createHarness(driver, { now: () => new Date("2026-09-07T10:00:00+02:00") });
    agent = await h.signIn("agent@begles.mutu-demo.fr");
    const filed = await h.mutate(
      "saisines.create",
      saisineInput(h.orgId("begles"), { title: "Scanner de l'accueil hors service" }),
      { cookie: agent },
    );
    expect(filed.status, filed.error?.message).toBe(200);
    saisineId = (filed.data as { id: string }).id;
  });
  afterAll(() => h.close());

  const stored = async () => {
    const [attachments] = await withSystem(h.database.db, (tx) =>
      tx.select({ n: count() }).from(schema.saisineAttachments),
    );
    const [audit] = await withSystem(h.database.db, (tx) =>
      tx.select({ n: count() }).from(schema.auditLog),
    );
    return { attachments: attachments?.n, audit: audit?.n };
  };
  const pdf = (size: number) =>
    Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size - 9, 0x20)]);

  test.each([
    ["announced by Content-Length", true],
    ["streamed without a length", false],
  ])(
    "an oversize body %s gets 413 with the French message and stores nothing",
    async (_, announced) => {
      const before = await stored();
      const body = JSON.stringify({
        saisineId,
        fileName: "archives.pdf",
        mediaType: "application/pdf",
        contentBase64: "A".repeat(UPLOAD_BODY_MAX_BYTES),
      });
      const headers: Record<string, string> = {
        "content-type": "application/json",
        origin: ORIGIN,
      };
      if (announced) headers["content-length"] = String(Buffer.byteLength(body));
      const res = await h.request("/trpc/saisines.uploadAttachment?batch=1", {
        method: "POST",
        headers,
        body,
        cookie: agent,
      });
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual([
        {
          error: {
            message: REQUEST_TOO_LARGE_MESSAGE,
            code: -32013,
            data: {
              code: "PAYLOAD_TOO_LARGE",
              httpStatus: 413,
              path: "saisines.uploadAttachment",
              fieldErrors: null,
            },
          },
        },
      ]);
      expect(REQUEST_TOO_LARGE_MESSAGE).toBe(
        "Requête trop volumineuse : une pièce jointe fait au plus 10 Mo ; envoyez les fichiers un par un.",
      );
      expect(await stored()).toEqual(before);
    },
  );

  test("an attachment of the largest accepted size still goes through", async () => {
    const before = await stored();
    const file = pdf(ATTACHMENT_MAX_BYTES);
    const res = await h.mutate(
      "saisines.uploadAttachment",
      {
        saisineId,
        fileName: "plan du réseau.pdf",
        mediaType: "application/pdf",
        contentBase64: file.toString("base64"),
      },
      { cookie: agent },
    );
    expect(res.status, res.error?.message).toBe(200);
    expect(res.data).toMatchObject({ sizeBytes: ATTACHMENT_MAX_BYTES });
    expect((await stored()).attachments).toBe((before.attachments ?? 0) + 1);
  });
});
