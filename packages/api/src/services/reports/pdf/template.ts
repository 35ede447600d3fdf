/**
 * The Typst source of the annual report, laid out from the print model (print-model.ts), which
 * arrives as JSON in `sys.inputs.model`: every text is typeset already, this file only lays out.
 * A TypeScript string so the bundled server carries it (no file to find at run time).
 */
export const REPORT_TEMPLATE = String.raw`
#let doc = json(bytes(sys.inputs.model))

#let ink = rgb("#1d2a44")
#let accent = rgb("#0b5cad")
#let soft = rgb("#e8eef7")
#let muted = rgb("#5b6577")
#let tones = (good: rgb("#1b6e3a"), bad: rgb("#b3261e"), muted: muted)

#set document(title: doc.title + " " + doc.year + " — " + doc.commune, author: doc.operator)
#set text(lang: "fr", region: "FR", font: "Libertinus Serif", size: 10.5pt, fill: ink)
#set par(justify: true, leading: 0.62em)
#show heading: set text(fill: accent)
#show heading.where(level: 1): it => block(above: 1.6em, below: 1.1em, text(size: 19pt, weight: "bold", it))
#show heading.where(level: 2): set text(size: 12.5pt)
// Long tables go on over the next page, their header repeated.
#show figure.where(kind: table): set block(breakable: true)

// --- Cover ------------------------------------------------------------------------------------
#page(margin: 0pt, numbering: none, header: none, footer: none)[
  #place(top, rect(width: 100%, height: 32%, fill: ink))
  #place(top + left, dx: 2.4cm, dy: 2.6cm, block(width: 16cm)[
    #text(fill: white, size: 13pt, tracking: 0.06em, upper(doc.operator))
    #v(0.5cm)
    #text(fill: rgb("#c9d6ea"), size: 11pt, doc.service)
  ])
  #place(top + left, dx: 2.4cm, dy: 11.5cm, block(width: 16cm)[
    #text(size: 30pt, weight: "bold", fill: ink, doc.title)
    #v(0.2cm)
    #text(size: 30pt, fill: accent, doc.year)
    #v(1.2cm)
    #line(length: 4cm, stroke: 2pt + accent)
    #v(0.8cm)
    #text(size: 20pt, doc.commune)
    #v(0.3cm)
    #if doc.agreement != none { text(size: 12pt, fill: muted, doc.agreement) }
  ])
  #place(bottom + left, dx: 2.4cm, dy: -2.4cm, block(width: 16cm)[
    #set text(size: 10pt, fill: muted)
    #doc.basis \
    #doc.statusLine
  ])
  #if doc.watermark != none {
    place(center + horizon, rotate(-30deg, text(size: 90pt, fill: rgb(200, 40, 40, 28), weight: "bold", doc.watermark)))
  }
]

#set page(
  paper: "a4",
  margin: (x: 2.2cm, top: 2.4cm, bottom: 2.2cm),
  header: context {
    set text(size: 8.5pt, fill: muted)
    grid(columns: (1fr, auto), doc.header, doc.operator)
    v(-0.4em)
    line(length: 100%, stroke: 0.4pt + muted)
  },
  footer: context {
    set text(size: 8.5pt, fill: muted)
    align(center, counter(page).display("1 / 1", both: true))
  },
  background: if doc.watermark != none {
    rotate(-30deg, text(size: 90pt, fill: rgb(200, 40, 40, 22), weight: "bold", doc.watermark))
  },
)
#counter(page).update(2)

// --- Contents ---------------------------------------------------------------------------------
#block(below: 1.2em, text(size: 19pt, weight: "bold", fill: accent, doc.contents))
#outline(title: none, indent: 1.2em, depth: 2)

// --- Blocks -----------------------------------------------------------------------------------
#let cell-text(c) = {
  if type(c) == dictionary {
    let t = c.at("tone", default: none)
    if t != none { text(fill: tones.at(t), weight: if t == "muted" { "regular" } else { "bold" }, c.text) } else { c.text }
  } else { c }
}

#let table-block(b) = {
  // An empty table is a sentence, under its caption's words.
  if b.rows.len() == 0 and b.empty != none {
    block(below: 0.8em, {
      if b.caption != none { text(weight: "bold", b.caption); linebreak() }
      text(fill: muted, style: "italic", b.empty)
    })
    return
  }
  let n = b.head.len()
  let aligns = b.align.map(a => if a == "right" { right } else if a == "center" { center } else { left })
  figure(
    kind: table,
    supplement: [Tableau],
    caption: if b.caption != none { b.caption },
    {
      set text(size: if n >= 7 { 8pt } else { 9pt })
      set par(justify: false)
      table(
        columns: b.widths.map(w => if w == "auto" { auto } else { float(w) * 1fr }),
        align: (x, y) => aligns.at(x),
        stroke: (x, y) => (bottom: if y == 0 { 0.8pt + ink } else { 0.3pt + rgb("#c5cbd6") }),
        fill: (x, y) => if y == 0 { soft } else if calc.even(y) { rgb("#f7f9fc") },
        inset: (x: 5pt, y: 4.5pt),
        table.header(..b.head.map(h => text(weight: "bold", h))),
        ..b.rows.flatten().map(cell-text),
      )
    },
  )
}

// Grouped vertical bars (one group per label, one bar per series), value printed above each bar.
#let bars-block(b) = {
  let colors = (accent, rgb("#9fb4d3"))
  let barh = 5.2cm
  let top = calc.max(1, ..b.series.map(s => calc.max(0, ..s.values)))
  figure(kind: image, supplement: [Graphique], caption: b.caption, {
    set text(size: 7.5pt)
    let group(i) = stack(dir: ltr, spacing: 1pt, ..b.series.enumerate().map(((k, s)) => {
      let v = s.values.at(i)
      box(height: barh, align(bottom, stack(
        dir: ttb,
        spacing: 2pt,
        if v > 0 { text(size: 6pt, fill: muted, s.printed.at(i)) },
        rect(width: 0.42cm, height: calc.max(0.5pt, (barh - 12pt) * v / top), fill: colors.at(calc.rem(k, 2)), stroke: none),
      )))
    }))
    grid(
      columns: b.labels.len(),
      column-gutter: 1fr,
      row-gutter: 4pt,
      ..range(b.labels.len()).map(group),
      ..b.labels.map(l => align(center, l)),
    )
    v(4pt)
    align(center, stack(dir: ltr, spacing: 12pt, ..b.series.enumerate().map(((k, s)) => {
      box(rect(width: 8pt, height: 8pt, fill: colors.at(calc.rem(k, 2)), stroke: none)) + h(3pt) + s.label
    })))
  })
}

// Horizontal bars, one per row, against a mark (a target rate).
#let meter-block(b) = figure(kind: image, supplement: [Graphique], caption: b.caption, {
  set text(size: 8.5pt)
  set par(justify: false)
  grid(
    columns: (4.2cm, 1fr, 2.2cm),
    row-gutter: 7pt,
    column-gutter: 8pt,
    ..b.rows.map(r => (
      align(right, r.label),
      box(width: 100%, height: 9pt, {
        place(rect(width: 100%, height: 9pt, fill: soft, stroke: none))
        if r.value != none { place(rect(width: r.value * 1%, height: 9pt, fill: if r.tone == "bad" { tones.bad } else if r.tone == "good" { tones.good } else { accent }, stroke: none)) }
        if r.mark != none { place(dx: r.mark * 1%, dy: -2pt, line(angle: 90deg, length: 13pt, stroke: 1.2pt + ink)) }
      }),
      text(fill: muted, r.printed),
    )).flatten()
  )
})

#let figures-block(b) = grid(
  // Up to four a row; more go on two rows of equal boxes.
  columns: (1fr,) * (if b.items.len() > 4 { calc.ceil(b.items.len() / 2) } else { b.items.len() }),
  column-gutter: 10pt,
  row-gutter: 10pt,
  ..b.items.map(it => rect(width: 100%, fill: soft, stroke: none, radius: 3pt, inset: 10pt, {
    set par(justify: false)
    text(size: 18pt, weight: "bold", fill: accent, it.value)
    linebreak()
    text(size: 9pt, it.label)
    if it.note != none { linebreak(); text(size: 8pt, fill: muted, it.note) }
  })),
)

#let block-of(b) = {
  if b.kind == "paragraph" { par(b.text) }
  else if b.kind == "subheading" { heading(level: 2, b.text) }
  else if b.kind == "note" { block(fill: soft, inset: 9pt, radius: 3pt, width: 100%, text(size: 9.5pt, b.text)) }
  else if b.kind == "quote" {
    block(inset: (left: 12pt, y: 4pt), stroke: (left: 2pt + accent), width: 100%, {
      text(weight: "bold", b.who)
      linebreak()
      b.text
    })
  }
  else if b.kind == "table" { table-block(b) }
  else if b.kind == "bars" { bars-block(b) }
  else if b.kind == "meter" { meter-block(b) }
  else if b.kind == "figures" { figures-block(b) }
  v(0.5em)
}

#for section in doc.sections {
  if section.at("newPage", default: true) { pagebreak(weak: true) }
  heading(level: 1, section.title)
  for b in section.blocks { block-of(b) }
}
`;
