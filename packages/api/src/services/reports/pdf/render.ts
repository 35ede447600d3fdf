/**
 * The PDF of a report, compiled by Typst through its Node package (the native compiler ships in
 * the package: no browser, no download at run time; ADR 0030). One compiler per process, created
 * at the first report; its fonts are the ones Typst embeds (Libertinus Serif), so every server
 * prints the same pages. Compiling is synchronous: about a tenth of a second for a report.
 */
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import type { PrintModel } from "../print-model.ts";
import { REPORT_TEMPLATE } from "./template.ts";

let compiler: NodeCompiler | null = null;

export function reportPdf(model: PrintModel, createdAt: Date): Buffer {
  compiler ??= NodeCompiler.create();
  try {
    return compiler.pdf(
      { mainFileContent: REPORT_TEMPLATE, inputs: { model: JSON.stringify(model) } },
      { creationTimestamp: Math.floor(createdAt.getTime() / 1000) },
    );
  } finally {
    // The inputs change every time: keep the compiler's caches from growing with them.
    compiler.evictCache(10);
  }
}
