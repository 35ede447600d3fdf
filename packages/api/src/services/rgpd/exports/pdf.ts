/**
 * A register as a printable PDF, typeset by Typst (its native compiler for Node, no browser): a
 * heading naming the organisation and the date it was edited, the parties, a summary table, each
 * record in full, and a block to sign it off (the DPO, the controller). The data travel as JSON in
 * `sys.inputs`, never spliced into the markup: nothing a person typed is read as Typst code.
 */
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
  if v.len() == 0 { text(fill: muted)[—] } else { list(tight: true, ..v) }
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
    [Le délégué à la protection des données\\ #v(0.4em) Date : #box(width: 4cm, repeat[.])\\ #v(2.2em) Signature :],
    [#d.controllerSignature\\ #v(0.4em) Date : #box(width: 4cm, repeat[.])\\ #v(2.2em) Signature :])
])
`;

type TypstCompiler = {
  pdf(args: { mainFileContent: string; inputs: Record<string, string> }): Buffer;
};

let compiler: TypstCompiler | undefined;

/** The compiler is a native module of some weight: loaded on the first PDF, then reused. */
async function typst(): Promise<TypstCompiler> {
  if (!compiler) {
    const { NodeCompiler } = await import("@myriaddreamin/typst-ts-node-compiler");
    compiler = NodeCompiler.create() as unknown as TypstCompiler;
  }
  return compiler;
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
  const compile = await typst();
  return compile.pdf({ mainFileContent: TEMPLATE, inputs: { data: JSON.stringify(data) } });
}
