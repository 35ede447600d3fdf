/**
 * A register as a printable PDF, typeset by Typst (its native compiler for Node, no browser): a
 * heading naming the organisation and the date it was edited, the parties, a summary table, each
 * record in full, and a block to sign it off (the DPO, the controller). The data travel as JSON in
 * `sys.inputs`, never spliced into the markup: nothing a person typed is read as Typst code.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Field, Register, RegisterRecord } from "./registers.ts";

/** The columns of the summary table, per register. */
const SUMMARY: Record<Register, string[]> = {
  processings: ["N°", "Traitement", "Service", "Statut", "Rôle de la Métropole"],
  processors: ["N°", "Traitement", "Qualité de la Métropole"],
  breaches: ["N°", "Intitulé", "Prise de connaissance", "Risque", "Notification à la CNIL", "État"],
  requests: ["N°", "Droit exercé", "Reçue le", "Échéance", "Réponse", "État"],
  retention: ["Échéance", "Traitement", "Action", "État"],
};

const TEMPLATE = `
#let d = json(bytes(sys.inputs.data))
#let muted = rgb("#4a4f57")
#set document(title: d.title + " — " + d.organisation, author: d.organisation)
#set text(lang: "fr", region: "FR", size: 9.5pt, font: "Libertinus Serif")
#set par(justify: false, leading: 0.55em)
#set page(
  paper: "a4",
  margin: (x: 1.7cm, top: 2.2cm, bottom: 2cm),
  header: context {
    if counter(page).get().first() > 1 {
      set text(8pt, fill: muted)
      [#d.organisation — #d.title #h(1fr) Édité le #d.editedAt]
      line(length: 100%, stroke: 0.4pt + muted)
    }
  },
  footer: context {
    set text(8pt, fill: muted)
    [#d.footer #h(1fr) Page #counter(page).display() sur #counter(page).final().first()]
  },
)
#let value(v) = if type(v) == array {
  if v.len() == 0 { text(fill: muted)[—] } else { v.map(i => [• #i]).join(linebreak()) }
} else if v == "" { text(fill: muted)[—] } else { v }

#text(17pt, weight: "bold", d.title)
#v(0.2em)
#text(13pt, d.organisation)
#v(0.4em)
#text(fill: muted)[Édité le #d.editedAt par #d.editedBy · #d.records.len() enregistrement(s)]
#v(0.8em)
#if d.parties.len() > 0 {
  table(columns: (auto, 1fr), stroke: 0.4pt + muted, inset: 5pt,
    ..d.parties.map(p => (strong(p.label), value(p.value))).flatten())
  v(0.8em)
}
#if d.records.len() == 0 [
  _Aucun enregistrement à cette date._
] else [
  == Sommaire
  #table(
    columns: d.summary.columns.len(),
    stroke: 0.4pt + muted,
    inset: 4pt,
    fill: (_, y) => if y == 0 { rgb("#e8eef7") },
    table.header(..d.summary.columns.map(c => strong(c))),
    ..d.summary.rows.flatten(),
  )
  #for r in d.records {
    block(breakable: true, above: 1.4em, [
      #text(11pt, weight: "bold", r.title)
      #v(-0.3em)
      #line(length: 100%, stroke: 0.4pt + muted)
      #grid(columns: (5.2cm, 1fr), column-gutter: 0.6em, row-gutter: 0.55em,
        ..r.fields.map(f => (text(fill: muted, f.label), value(f.value))).flatten())
    ])
  }
]
#v(1.6em)
#block(breakable: false, [
  #line(length: 100%, stroke: 0.4pt + muted)
  *Visa.* #d.signOff
  #v(0.6em)
  #grid(columns: (1fr, 1fr), column-gutter: 2em,
    [Le délégué à la protection des données\\ #v(0.4em) Date : #box(width: 4cm, repeat[.])\\ #v(2.2em) Signature :],
    [#d.controllerSignature\\ #v(0.4em) Date : #box(width: 4cm, repeat[.])\\ #v(2.2em) Signature :])
])
`;

/**
 * Typesetting a register of some hundred pages takes a second or more of CPU: it runs in a worker
 * thread, so the server keeps answering meanwhile. One worker, started on the first PDF, keeps the
 * compiler and its fonts; it typesets one document at a time and trims Typst's memoisation cache
 * after each. The compiler's diagnostics may quote the data: they stay in the worker.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { NodeCompiler } = require(workerData.compilerPath);
const compiler = NodeCompiler.create();
parentPort.on("message", ({ id, mainFileContent, data }) => {
  try {
    const pdf = compiler.pdf({ mainFileContent, inputs: { data } });
    parentPort.postMessage({ id, pdf: new Uint8Array(pdf) });
  } catch {
    parentPort.postMessage({ id, failed: true });
  } finally {
    compiler.evictCache(10);
  }
});
`;

type Reply = { id: number; pdf?: Uint8Array; failed?: boolean };
type Pending = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let lastId = 0;
const pending = new Map<number, Pending>();

function typesetter(): Worker {
  if (worker) return worker;
  const compilerPath = createRequire(import.meta.url).resolve(
    "@myriaddreamin/typst-ts-node-compiler",
  );
  const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { compilerPath } });
  started.unref();
  started.on("message", ({ id, pdf, failed }: Reply) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (!waiting) return;
    if (pdf && !failed) waiting.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    else waiting.reject(new Error("PDF typesetting failed"));
  });
  const stop = () => {
    worker = undefined;
    for (const waiting of pending.values()) waiting.reject(new Error("PDF typesetter stopped"));
    pending.clear();
  };
  started.on("error", stop);
  started.on("exit", stop);
  worker = started;
  return started;
}

function typeset(data: string): Promise<Buffer> {
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    typesetter().postMessage({ id, mainFileContent: TEMPLATE, data });
  });
}

const cell = (v: Field["value"]) => (Array.isArray(v) ? v.join(", ") : v);

export async function pdfOf(document: {
  register: Register;
  title: string;
  organisation: string;
  controller: boolean;
  editedAt: string;
  editedBy: string;
  parties: Field[];
  records: RegisterRecord[];
}): Promise<Buffer> {
  const columns = SUMMARY[document.register];
  const summary = {
    columns,
    rows: document.records.map((r) =>
      columns.map((label) => cell(r.fields.find((f) => f.label === label)?.value ?? "")),
    ),
  };
  const data = {
    ...document,
    summary,
    footer: `mutu — ${document.organisation}`,
    signOff: `Le présent document reproduit le registre tel qu'il était tenu dans mutu le ${document.editedAt}.`,
    controllerSignature: document.controller
      ? "Pour le responsable de traitement, le Maire ou son représentant"
      : "Pour le sous-traitant, le Président de la Métropole ou son représentant",
  };
  return typeset(JSON.stringify(data));
}
