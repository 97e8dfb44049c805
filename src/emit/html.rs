//! A self-contained HTML report for people: a vendor answering a quantum-safe questionnaire, a
//! security lead deciding what to migrate first.
//!
//! One file, no network: inline CSS, a few lines of inline script (sorting and filtering the
//! inventory, which stays readable without it) and charts drawn here as inline SVG. A
//! Content-Security-Policy meta forbids any fetch, so even a page edited by hand cannot load anything.
//! The page shows, in order:
//!
//! 1. the score and its band, the worst-link cap and why, the profile, the as-of date, coverage and
//!    model version (or why there is no score);
//! 2. assets by class, the most frequent algorithms and the directories and files with the most
//!    findings, as bar charts (location bars are stacked by class);
//! 3. certificates valid past the 2030/2035 deadline for their key;
//! 4. migration actions: quantum-vulnerable and broken assets grouped by their replacement, ranked by
//!    the sum of their role weights (weight x count);
//! 5. the full inventory, one row per asset (as many as the CycloneDX output has components);
//! 6. scan facts and the diagnostics.
//!
//! Every string from the scan (paths, subjects, contexts) is escaped: file names are chosen by
//! whoever wrote the files, so they are treated as hostile. Control characters become U+FFFD and
//! bidirectional overrides are shown as `[U+202E]` rather than allowed to reorder the text. The
//! output depends only on the report (the scan timestamp is in it; no clock is read), so the same
//! report gives byte-identical HTML.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};

use crate::emit::cyclonedx::rfc3339;
use crate::emit::summary::human_bytes;
use crate::inventory::InventoryAsset;
use crate::model::{AssetBody, AssetId, Primitive, Standardisation};
use crate::report::Report;
use crate::score::{Band, Class, MODEL_VERSION, Verdict};

/// Bars shown in the algorithm chart.
const TOP_ALGORITHMS: usize = 12;
/// Bars shown in each location chart.
const TOP_LOCATIONS: usize = 8;
/// Migration actions shown in full; the rest are listed in a collapsed table.
const TOP_ACTIONS: usize = 8;
/// Algorithm names shown as chips in one migration action before "and N more".
const ASSETS_PER_ACTION: usize = 12;
/// Assets listed (collapsed) under one migration action.
const LISTED_PER_ACTION: usize = 200;
/// Certificates listed in the deadline table before the rest is collapsed.
const DEADLINE_ROWS: usize = 12;

/// Text escaped for HTML element content and quoted attribute values.
struct Esc<'a>(&'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&#39;")?,
                '\t' | '\n' => f.write_char(c)?,
                // Bidirectional controls could make a path read differently from what it is.
                '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                    write!(f, "[U+{:04X}]", u32::from(c))?;
                }
                c if c.is_control() => f.write_char('\u{FFFD}')?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// A path escaped for element content, with a line-break opportunity after each `/`.
struct Path<'a>(&'a str);

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = self.0.split('/').peekable();
        while let Some(part) = parts.next() {
            Esc(part).fmt(f)?;
            if parts.peek().is_some() {
                f.write_str("/<wbr>")?;
            }
        }
        Ok(())
    }
}

/// Escapes text for HTML content or a quoted attribute value.
pub fn escape(text: &str) -> String {
    Esc(text).to_string()
}

/// Shortens text to `max` characters with an ellipsis, keeping its end (paths) or its start.
fn shorten(text: &str, max: usize, keep_end: bool) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_owned();
    }
    let keep = max.saturating_sub(1);
    if keep_end {
        let tail: String = text.chars().skip(count - keep).collect();
        format!("\u{2026}{tail}")
    } else {
        let head: String = text.chars().take(keep).collect();
        format!("{head}\u{2026}")
    }
}

/// A count with thousands separators.
fn grouped(n: usize) -> String {
    crate::detect::pbe::grouped(u64::try_from(n).unwrap_or(u64::MAX))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The date part of a timestamp.
fn date(seconds: i64) -> String {
    rfc3339(seconds).get(..10).unwrap_or_default().to_owned()
}

/// How a class looks: CSS suffix, chart colour, pill background and ink. `None` is an asset with no
/// class of its own (a library).
fn style(class: Option<Class>) -> (&'static str, &'static str) {
    match class {
        Some(Class::BrokenClassically) => ("broken", "#d92d20"),
        Some(Class::QuantumVulnerable) => ("vulnerable", "#f79009"),
        Some(Class::Unknown) => ("unknown", "#98a2b3"),
        Some(Class::QuantumWeakened) => ("weakened", "#fac515"),
        Some(Class::QuantumSafe) => ("safe", "#17b26a"),
        None => ("none", "#c3c9d4"),
    }
}

/// Sort rank of a class, worst first; assets without a class last.
fn rank(class: Option<Class>) -> usize {
    class
        .and_then(|c| Class::ALL.iter().position(|(k, _)| *k == c))
        .unwrap_or(Class::ALL.len())
}

/// The class of a sort rank.
fn class_at(index: usize) -> Option<Class> {
    Class::ALL.get(index).map(|(c, _)| *c)
}

/// A class name for people.
fn class_label(class: Option<Class>) -> &'static str {
    class.map_or("no class", Class::as_str)
}

/// The CSS suffix and wording of a band.
fn band_style(band: Band) -> (&'static str, &'static str) {
    match band {
        Band::Critical => ("broken", "Critical"),
        Band::AtRisk => ("vulnerable", "At risk"),
        Band::Transitioning => ("weakened", "Transitioning"),
        Band::QuantumReady => ("safe", "Quantum-ready"),
    }
}

/// The file on disk of a location: an archive member (`app.jar!/a/B.class`) is counted in its archive.
fn file_of(location: &str) -> &str {
    location.split("!/").next().unwrap_or(location)
}

/// The directory of a file location.
fn directory_of(file: &str) -> &str {
    match file.rfind('/') {
        Some(0) => "/",
        Some(i) => file.get(..i).unwrap_or(file),
        None => ".",
    }
}

/// One asset as the page shows it.
struct Row<'a> {
    item: &'a InventoryAsset,
    name: String,
    kind: &'static str,
    verdict: Option<&'a Verdict>,
    details: String,
    /// Seen in use somewhere (not only as an export of a library file).
    in_use: bool,
}

impl Row<'_> {
    fn class(&self) -> Option<Class> {
        self.verdict.map(|v| v.class)
    }

    /// The first place the asset is used (or, failing that, seen), as `path:line`.
    fn example_location(&self) -> Option<String> {
        let occurrences = &self.item.occurrences;
        let first = occurrences
            .iter()
            .find(|o| !o.provided)
            .or_else(|| occurrences.first())?;
        Some(match first.line {
            Some(line) => format!("{}:{line}", first.location),
            None => first.location.clone(),
        })
    }
}

/// The name of the algorithm asset `id`.
fn algorithm_name<'r>(report: &'r Report, id: &AssetId) -> Option<&'r str> {
    match &report.inventory.get(id)?.asset.body {
        AssetBody::Algorithm(algorithm) => Some(algorithm.name.as_str()),
        _ => None,
    }
}

/// A certificate's public key for people: `RSA-2048, 2048 bits`.
fn certificate_key(report: &Report, key: &AssetId) -> String {
    match report.inventory.get(key).map(|k| &k.asset.body) {
        Some(AssetBody::Key(key)) => {
            let name = key
                .algorithm
                .as_ref()
                .and_then(|id| algorithm_name(report, id))
                .unwrap_or("unknown algorithm");
            match key.size_bits {
                Some(bits) => format!("{name}, {bits} bits"),
                None => name.to_owned(),
            }
        }
        _ => "unknown key".to_owned(),
    }
}

fn rows(report: &Report) -> Vec<Row<'_>> {
    let mut rows: Vec<Row<'_>> = report
        .inventory
        .assets
        .iter()
        .map(|item| {
            let verdict = report.assessment.verdicts.get(&item.asset.id);
            let (name, kind, details) = match &item.asset.body {
                AssetBody::Algorithm(a) => {
                    let mut facts: Vec<String> = Vec::new();
                    if a.primitive != Primitive::Protocol {
                        facts.push(a.primitive.as_str().to_owned());
                    }
                    if let Some(curve) = &a.curve {
                        facts.push(curve.name.clone());
                    }
                    facts.extend(a.mode.iter().map(|m| format!("mode {m}")));
                    facts.extend(a.padding.iter().map(|p| format!("padding {p}")));
                    if let Some(bits) = a.classical_bits {
                        facts.push(format!("{bits}-bit classical"));
                    }
                    if let Some(level) = a.quantum_level.filter(|l| *l > 0) {
                        facts.push(format!("PQC category {level}"));
                    }
                    if let Some(status) = a.status.filter(|s| *s != Standardisation::Standard) {
                        facts.push(status.as_str().to_owned());
                    }
                    let kind = if a.primitive == Primitive::Protocol {
                        "protocol"
                    } else {
                        "algorithm"
                    };
                    (a.name.clone(), kind, facts.join(" \u{b7} "))
                }
                AssetBody::Certificate(c) => {
                    let name = if c.subject.is_empty() {
                        format!(
                            "certificate sha256:{}",
                            c.sha256.get(..16).unwrap_or_default()
                        )
                    } else {
                        c.subject.clone()
                    };
                    let mut facts = vec![
                        format!("key {}", certificate_key(report, &c.public_key)),
                        format!("not after {}", date(c.not_after)),
                    ];
                    if c.not_after < report.timestamp {
                        facts.push("expired".to_owned());
                    }
                    if c.is_ca() == Some(true) {
                        facts.push("CA".to_owned());
                    }
                    if c.format != "X.509" {
                        facts.push(c.format.to_owned());
                    }
                    (name, "certificate", facts.join(" \u{b7} "))
                }
                AssetBody::Key(k) => {
                    let algorithm = k
                        .algorithm
                        .as_ref()
                        .and_then(|id| algorithm_name(report, id))
                        .unwrap_or("unknown-algorithm");
                    let name = format!(
                        "{algorithm} {} {}:{}",
                        k.kind.as_str(),
                        k.id_basis.as_str(),
                        k.fingerprint.get(..16).unwrap_or_default()
                    );
                    let mut facts: Vec<String> = Vec::new();
                    facts.extend(k.size_bits.map(|b| format!("{b} bits")));
                    facts.push(k.format.clone());
                    if let Some(protection) = &k.protection {
                        facts.push(format!("protected: {}", protection.description));
                    }
                    facts.extend(k.weaknesses.iter().map(|w| w.describe()));
                    (name, "key", facts.join(" \u{b7} "))
                }
                AssetBody::Library(l) => {
                    let mut facts = vec![if l.versions.is_empty() {
                        "version unknown".to_owned()
                    } else {
                        format!(
                            "version {}",
                            l.versions.iter().cloned().collect::<Vec<_>>().join(", ")
                        )
                    }];
                    facts.extend(l.linked_as.iter().map(|n| format!("linked as {n}")));
                    if !l.capabilities.is_empty() {
                        facts.push(format!(
                            "implements {} algorithm{}",
                            l.capabilities.len(),
                            plural(l.capabilities.len())
                        ));
                    }
                    (l.name.clone(), "library", facts.join(" \u{b7} "))
                }
            };
            Row {
                item,
                name,
                kind,
                verdict,
                details,
                in_use: item.occurrences.iter().any(|o| !o.provided),
            }
        })
        .collect();
    // Worst first, then fewest points, then by name: the order the page is read in.
    rows.sort_by(|a, b| {
        (
            rank(a.class()),
            a.verdict.map(|v| v.points),
            &a.name,
            &a.item.asset.id,
        )
            .cmp(&(
                rank(b.class()),
                b.verdict.map(|v| v.points),
                &b.name,
                &b.item.asset.id,
            ))
    });
    rows
}

/// A horizontal bar: a label and segments of (class, count).
struct Bar {
    label: String,
    title: String,
    segments: Vec<(Option<Class>, usize)>,
}

impl Bar {
    fn total(&self) -> usize {
        self.segments.iter().map(|(_, n)| n).sum()
    }
}

/// Draws a horizontal bar chart as inline SVG. Labels are shortened to fit (keeping the end of
/// paths); each bar's tooltip has the full label and the counts.
fn bar_chart(out: &mut String, aria: &str, bars: &[Bar], keep_end: bool) -> fmt::Result {
    const WIDTH: usize = 560;
    const LABEL: usize = 232;
    const ROW: usize = 26;
    const BAR: usize = 16;
    let area = WIDTH - LABEL - 56;
    let max = bars.iter().map(Bar::total).max().unwrap_or(0).max(1);
    let height = bars.len() * ROW + 6;
    write!(
        out,
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\">",
        Esc(aria)
    )?;
    for (i, bar) in bars.iter().enumerate() {
        let y = i * ROW + 4;
        let text_y = y + BAR - 3;
        write!(
            out,
            "<g><title>{}</title><text class=\"lbl\" x=\"{}\" y=\"{text_y}\" text-anchor=\"end\">{}</text>",
            Esc(&bar.title),
            LABEL - 10,
            Esc(&shorten(&bar.label, 29, keep_end))
        )?;
        write!(
            out,
            "<rect x=\"{LABEL}\" y=\"{y}\" width=\"{area}\" height=\"{BAR}\" rx=\"3\" class=\"track\"/>"
        )?;
        let mut x = LABEL as f64;
        for (class, count) in &bar.segments {
            if *count == 0 {
                continue;
            }
            let w = *count as f64 / max as f64 * area as f64;
            write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{BAR}\" fill=\"{}\"/>",
                style(*class).1
            )?;
            x += w;
        }
        write!(
            out,
            "<text class=\"val\" x=\"{:.1}\" y=\"{text_y}\">{}</text></g>",
            x + 6.0,
            grouped(bar.total())
        )?;
    }
    out.push_str("</svg>");
    Ok(())
}

/// A legend of the classes, as chips.
fn legend(out: &mut String) -> fmt::Result {
    out.push_str("<p class=\"legend\">");
    for (class, name) in Class::ALL {
        write!(
            out,
            "<span><i style=\"background:{}\"></i>{name}</span>",
            style(Some(class)).1
        )?;
    }
    write!(
        out,
        "<span><i style=\"background:{}\"></i>no class (library)</span></p>",
        style(None).1
    )
}

/// A class pill.
fn pill(out: &mut String, class: Option<Class>) -> fmt::Result {
    write!(
        out,
        "<span class=\"pill c-{}\">{}</span>",
        style(class).0,
        class_label(class)
    )
}

/// The score gauge: the four bands from 0 to 100, the score marked, the cap dashed.
fn gauge(out: &mut String, value: u8, cap: u8) -> fmt::Result {
    const X0: f64 = 14.0;
    const SPAN: f64 = 370.0;
    let at = |v: u8| X0 + f64::from(v) / 100.0 * SPAN;
    write!(
        out,
        "<svg class=\"gauge\" viewBox=\"0 0 400 62\" role=\"img\" aria-label=\"score {value} of 100 on the band scale\">"
    )?;
    for (from, to, band) in [
        (0, 40, Band::Critical),
        (40, 70, Band::AtRisk),
        (70, 90, Band::Transitioning),
        (90, 100, Band::QuantumReady),
    ] {
        let (slug, name) = band_style(band);
        write!(
            out,
            "<rect class=\"g-{slug}\" x=\"{:.1}\" y=\"18\" width=\"{:.1}\" height=\"12\"><title>{name}: {from}\u{2013}{}</title></rect>",
            at(from),
            at(to) - at(from),
            if to == 100 { 100 } else { to - 1 }
        )?;
    }
    for tick in [0u8, 40, 70, 90, 100] {
        write!(
            out,
            "<text class=\"tick\" x=\"{:.1}\" y=\"44\" text-anchor=\"middle\">{tick}</text>",
            at(tick)
        )?;
    }
    if cap < 100 {
        let x = at(cap);
        write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"13\" x2=\"{x:.1}\" y2=\"35\" class=\"cap\"/><text class=\"tick cap-lbl\" x=\"{x:.1}\" y=\"58\" text-anchor=\"middle\">cap {cap}</text>"
        )?;
    }
    let x = at(value);
    write!(
        out,
        "<path d=\"M{:.1} 15 l-6 -10 h12 z\" class=\"marker\"/><line x1=\"{x:.1}\" y1=\"15\" x2=\"{x:.1}\" y2=\"32\" class=\"marker-line\"/></svg>",
        x
    )
}

const CSS: &str = r#"
:root{--fg:#101828;--muted:#475467;--faint:#667085;--line:#e4e7ec;--bg:#f5f6f8;--card:#fff;--accent:#1d4ed8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:.86em}
.wrap{max-width:1240px;margin:0 auto;padding:28px 32px 56px}
header.top{display:flex;justify-content:space-between;align-items:flex-end;gap:24px;flex-wrap:wrap;margin-bottom:8px}
header.top h1{font-size:26px;line-height:1.2;margin:4px 0 6px;letter-spacing:-.01em}
.kicker{font-size:12px;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:var(--accent)}
.meta{color:var(--muted);margin:0;font-size:14px}
.meta code{color:var(--fg)}
nav.toc{display:flex;gap:6px;flex-wrap:wrap;margin:16px 0 20px}
nav.toc a{color:var(--muted);text-decoration:none;font-size:13px;padding:4px 10px;border:1px solid var(--line);border-radius:999px;background:var(--card)}
nav.toc a:hover{color:var(--accent);border-color:var(--accent)}
.grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:20px;margin-bottom:20px}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:20px 24px;box-shadow:0 1px 2px rgba(16,24,40,.04)}
section.card{margin-bottom:20px}
.grid>.card{margin-bottom:0}
h2{font-size:18px;margin:0 0 4px;letter-spacing:-.005em}
h3{font-size:15px;margin:0}
.sub{color:var(--muted);font-size:13.5px;margin:0 0 14px}
.score-head{display:flex;align-items:baseline;gap:14px;flex-wrap:wrap}
.score-value{font-size:88px;font-weight:750;line-height:1;letter-spacing:-.04em;font-variant-numeric:tabular-nums}
.score-of{font-size:22px;color:var(--faint);font-weight:600}
.band{font-size:15px;font-weight:700;padding:4px 12px;border-radius:999px;align-self:center}
.noscore .score-value{font-size:56px;color:var(--faint)}
.gauge{width:100%;max-width:460px;display:block;margin:14px 0 6px}
.gauge .tick{font-size:11px;fill:var(--faint)}
.gauge .cap{stroke:#101828;stroke-width:1.5;stroke-dasharray:3 2}
.gauge .cap-lbl{fill:#101828;font-weight:600}
.gauge .marker{fill:#101828}
.gauge .marker-line{stroke:#101828;stroke-width:2}
.g-broken{fill:#f97066}.g-vulnerable{fill:#fdb022}.g-weakened{fill:#fde272}.g-safe{fill:#47cd89}
.cap-note{background:#fef3f2;border-left:3px solid #d92d20;padding:8px 12px;border-radius:0 6px 6px 0;margin:12px 0;font-size:14px}
.cap-note.none{background:#ecfdf3;border-color:#17b26a}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:12px 0 0;font-size:14px}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.tiles{display:grid;grid-template-columns:repeat(5,1fr);gap:8px;margin-top:14px}
.tile{border:1px solid var(--line);border-radius:8px;padding:8px 10px}
.tile b{display:block;font-size:22px;line-height:1.1;font-variant-numeric:tabular-nums}
.tile span{font-size:12px;color:var(--muted)}
svg.chart{width:100%;display:block}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
svg.chart .lbl{font-size:12.5px;fill:#344054}
svg.chart .val{font-size:12px;fill:#101828;font-weight:600}
svg.chart .track{fill:#f2f4f7}
h3.chart-title{font-size:13px;color:var(--muted);font-weight:600;margin:14px 0 6px;text-transform:uppercase;letter-spacing:.05em}
h3.chart-title:first-of-type{margin-top:4px}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12.5px;color:var(--muted);margin:0 0 12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.pill{display:inline-block;padding:1px 7px;border-radius:999px;font-size:11.5px;font-weight:600;white-space:nowrap}
.c-broken{background:#fee4e2;color:#912018}.c-vulnerable{background:#fef0c7;color:#93370d}.c-unknown{background:#f2f4f7;color:#344054}
.c-weakened{background:#fef7c3;color:#854a0e}.c-safe{background:#dcfae6;color:#085d3a}.c-none{background:#eef2f6;color:#364152}
table{width:100%;border-collapse:collapse;font-size:13.5px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{position:sticky;top:0;background:#f9fafb;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;white-space:nowrap;z-index:1}
tbody tr:hover{background:#f9fafb}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.loc{overflow-wrap:anywhere}
#inventory td.loc,.deadlines td.loc{overflow-wrap:break-word}
.deadlines td.name{font-weight:600;overflow-wrap:break-word}
.deadlines td:nth-child(2){white-space:nowrap}
.chip.count{background:#f2f4f7;color:#344054}
details.assets{margin-top:6px}
details.assets>summary{font-size:13px;font-weight:500}
details.assets ul{list-style:none;margin:6px 0 0;padding:0;columns:2;column-gap:24px;font-size:13px}
details.assets li{break-inside:avoid;padding:1px 0;overflow-wrap:anywhere}
details.assets li i{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px}
td.name{overflow-wrap:break-word}
td.name b{display:block;font-weight:600}
td.name .dim{display:block;margin-top:1px}
#inventory{table-layout:fixed}
.w-name{width:23%}.w-type{width:8%}.w-class{width:13.5%}.w-num{width:6.5%}.w-occ{width:10.5%}.w-loc{width:16%}.w-reason{width:22.5%}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
.chip b{font-weight:600;color:var(--muted)}
.chip.more{color:var(--muted)}
td.reason{color:#344054}
.dim{color:var(--faint);font-size:12.5px}
.js #inventory thead th{cursor:pointer;user-select:none}
.js #inventory thead th:hover{color:var(--accent)}
#inventory thead th[aria-sort=ascending]::after{content:" \25B2";font-size:9px}
#inventory thead th[aria-sort=descending]::after{content:" \25BC";font-size:9px}
.filter{font:inherit;font-size:14px;padding:7px 12px;border:1px solid #d0d5dd;border-radius:8px;width:320px;max-width:100%;margin:0 0 12px}
ol.actions{list-style:none;margin:0;padding:0;counter-reset:a}
ol.actions>li{display:grid;grid-template-columns:36px 1fr;gap:14px;padding:14px 0;border-top:1px solid var(--line)}
ol.actions>li:first-child{border-top:0;padding-top:4px}
.rank{width:32px;height:32px;border-radius:50%;background:#eff4ff;color:#1d4ed8;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:14px}
.action-head{display:flex;justify-content:space-between;gap:16px;align-items:baseline;flex-wrap:wrap}
.action-head h3 strong{color:#1d4ed8}
.prio{font-size:12.5px;color:var(--muted);white-space:nowrap}
.prio b{color:var(--fg);font-variant-numeric:tabular-nums}
.chips{display:flex;flex-wrap:wrap;gap:5px;margin:8px 0 6px}
.chip{font-size:12.5px;padding:1px 8px;border-radius:6px;border:1px solid var(--line);background:#fcfcfd;overflow-wrap:anywhere}
.chip i{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:5px}
.example{font-size:13px;color:var(--muted);margin:0;overflow-wrap:anywhere}
.empty{color:var(--muted);font-style:italic;margin:6px 0}
details{margin-top:12px}
details>summary{cursor:pointer;color:var(--accent);font-size:14px;font-weight:600}
details table{margin-top:10px}
footer{color:var(--faint);font-size:12.5px;margin-top:28px;text-align:center}
@media (max-width:980px){.grid{grid-template-columns:1fr}.tiles{grid-template-columns:repeat(3,1fr)}}
@media print{body{background:#fff}.card{box-shadow:none;break-inside:avoid}nav.toc,.filter{display:none}thead th{position:static}}
"#;

/// Sorts the inventory by a clicked header (numbers by their `data-v`), filters it, and marks the
/// table with `data-sorted` once it ran. Without script the table is in the same order already.
const SCRIPT: &str = r#"
(function(){
var t=document.getElementById('inventory');if(!t)return;
document.documentElement.className+=' js';
var body=t.tBodies[0],heads=t.tHead.rows[0].cells;
function key(r,i,num){var c=r.cells[i],v=c.getAttribute('data-v');if(v===null)v=c.textContent;return num?parseFloat(v):v.toLowerCase();}
function sort(i,dir){
var num=heads[i].hasAttribute('data-num'),rows=Array.prototype.slice.call(body.rows);
rows.forEach(function(r,n){r.n=n;});
rows.sort(function(a,b){var x=key(a,i,num),y=key(b,i,num);return (x<y?-dir:x>y?dir:0)||a.n-b.n;});
rows.forEach(function(r){body.appendChild(r);});
for(var j=0;j<heads.length;j++)heads[j].removeAttribute('aria-sort');
heads[i].setAttribute('aria-sort',dir>0?'ascending':'descending');
t.setAttribute('data-sorted',heads[i].getAttribute('data-key')+(dir>0?':asc':':desc'));
}
Array.prototype.forEach.call(heads,function(h,i){
h.tabIndex=0;h.title='Sort';
function go(){sort(i,h.getAttribute('aria-sort')==='ascending'?-1:1);}
h.addEventListener('click',go);
h.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});
});
var f=document.createElement('input'),shown=document.getElementById('inventory-shown');
f.type='search';f.className='filter';f.placeholder='Filter the inventory\u2026';f.setAttribute('aria-label','Filter the inventory');
t.parentNode.insertBefore(f,t);
f.addEventListener('input',function(){var q=f.value.toLowerCase(),n=0;
Array.prototype.forEach.call(body.rows,function(r){var s=!q||r.textContent.toLowerCase().indexOf(q)>=0;r.hidden=!s;if(s)n++;});
if(shown)shown.textContent=n;});
var d=0;for(var k=0;k<heads.length;k++)if(heads[k].getAttribute('data-key')==='class')d=k;
sort(d,1);
})();
"#;

/// Renders the report as one self-contained HTML page.
pub fn to_html(report: &Report) -> String {
    let mut out = String::with_capacity(64 * 1024 + report.inventory.assets.len() * 600);
    // Writing into a String cannot fail.
    let _ = page(&mut out, report);
    out
}

fn page(out: &mut String, report: &Report) -> fmt::Result {
    let rows = rows(report);
    let roots = if report.roots.is_empty() {
        ".".to_owned()
    } else {
        report.roots.join(", ")
    };
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    writeln!(
        out,
        "<meta name=\"generator\" content=\"cryptoscope {}\">",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        out,
        "<title>Cryptography report: {} ({})</title>",
        Esc(&roots),
        date(report.timestamp)
    )?;
    writeln!(
        out,
        "<style>{CSS}</style>\n</head>\n<body>\n<div class=\"wrap\">"
    )?;

    let (algorithms, certificates, keys, libraries) = report.inventory.counts();
    writeln!(
        out,
        "<header class=\"top\"><div><div class=\"kicker\">cryptoscope {} \u{b7} cryptography bill of materials</div>\
         <h1>Cryptography inventory and quantum readiness</h1>\
         <p class=\"meta\">Scan of <code>{}</code> at {} \u{b7} {} asset{} in {} file{} read</p></div></header>",
        env!("CARGO_PKG_VERSION"),
        Esc(&roots),
        rfc3339(report.timestamp),
        grouped(report.inventory.assets.len()),
        plural(report.inventory.assets.len()),
        grouped(usize::try_from(report.stats.files_read).unwrap_or(usize::MAX)),
        plural(usize::try_from(report.stats.files_read).unwrap_or(0))
    )?;
    out.push_str(
        "<nav class=\"toc\"><a href=\"#score\">Score</a><a href=\"#charts\">Where and what</a>\
         <a href=\"#deadlines\">Deadlines</a><a href=\"#actions\">Migration actions</a>\
         <a href=\"#inventory-section\">Inventory</a><a href=\"#scan\">Scan facts</a></nav>\n",
    );

    out.push_str("<div class=\"grid\">\n");
    score_card(out, report, &rows)?;
    class_card(
        out,
        report,
        &rows,
        (algorithms, certificates, keys, libraries),
    )?;
    out.push_str("</div>\n<div class=\"grid\" id=\"charts\">\n");
    algorithm_card(out, &rows)?;
    location_card(out, &rows)?;
    out.push_str("</div>\n");
    deadlines(out, report, &rows)?;
    actions(out, &rows)?;
    inventory(out, &rows)?;
    scan_facts(out, report)?;
    writeln!(
        out,
        "<footer>Generated by cryptoscope {} with scoring model v{MODEL_VERSION}. \
         This page is self-contained and loads nothing from the network.</footer>",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "</div>\n<script>{SCRIPT}</script>\n</body>\n</html>")
}

fn score_card(out: &mut String, report: &Report, rows: &[Row<'_>]) -> fmt::Result {
    let assessment = &report.assessment;
    let scored = rows
        .iter()
        .filter(|r| r.in_use && r.verdict.is_some())
        .count();
    match &assessment.score {
        Some(score) => {
            let (slug, band) = band_style(score.band);
            write!(
                out,
                "<section class=\"card\" id=\"score\" data-score=\"{}\" data-band=\"{}\">\
                 <h2>Quantum readiness</h2><p class=\"sub\">Weighted mean of the points of every asset in use, capped by the worst link</p>\
                 <div class=\"score-head\"><span class=\"score-value\" id=\"score-value\">{}</span><span class=\"score-of\">/ 100</span>\
                 <span class=\"band c-{slug}\" id=\"score-band\">{band}</span></div>",
                score.value,
                score.band.as_str(),
                score.value
            )?;
            gauge(out, score.value, score.cap)?;
            match &score.cap_reason {
                Some(reason) => write!(
                    out,
                    "<p class=\"cap-note\"><b>Capped at {}</b> by {}</p>",
                    score.cap,
                    Esc(reason)
                )?,
                None => out.push_str(
                    "<p class=\"cap-note none\"><b>No cap</b>: no broken or quantum-vulnerable asset in use</p>",
                ),
            }
            write!(
                out,
                "<dl class=\"facts\"><dt>Before the cap</dt><dd>{:.1}</dd>",
                score.raw
            )?;
        }
        None => {
            let why = if assessment.provided_only > 0 {
                format!(
                    "No cryptographic asset in use was found; {} {} only provided by library files, which is not scored.",
                    grouped(assessment.provided_only),
                    if assessment.provided_only == 1 {
                        "is"
                    } else {
                        "are"
                    }
                )
            } else {
                "No cryptographic assets were found, so there is nothing to score.".to_owned()
            };
            write!(
                out,
                "<section class=\"card noscore\" id=\"score\" data-score=\"none\">\
                 <h2>Quantum readiness</h2><p class=\"sub\">Weighted mean of the points of every asset in use, capped by the worst link</p>\
                 <div class=\"score-head\"><span class=\"score-value\" id=\"score-value\">No score</span></div>\
                 <p class=\"cap-note none\" id=\"no-score-reason\">{}</p><dl class=\"facts\">",
                Esc(&why)
            )?;
        }
    }
    writeln!(
        out,
        "<dt>Coverage</dt><dd>{:.1}% of assets in use have a known class</dd>\
         <dt>Profile</dt><dd>{} (NIST IR 8547, SP 800-131A)</dd>\
         <dt>As of</dt><dd>{}</dd>\
         <dt>Scored assets</dt><dd>{}{}</dd>\
         <dt>Model</dt><dd>cryptoscope scoring model v{MODEL_VERSION}</dd></dl>\
         <p class=\"dim\">Bands: critical 0\u{2013}39 \u{b7} at risk 40\u{2013}69 \u{b7} transitioning 70\u{2013}89 \u{b7} quantum-ready 90\u{2013}100</p></section>",
        assessment.coverage * 100.0,
        assessment.policy.profile.as_str(),
        date(assessment.policy.as_of),
        grouped(scored),
        if assessment.provided_only > 0 {
            format!(
                " ({} more only provided by library files, not scored)",
                grouped(assessment.provided_only)
            )
        } else {
            String::new()
        }
    )
}

fn class_card(
    out: &mut String,
    report: &Report,
    rows: &[Row<'_>],
    counts: (usize, usize, usize, usize),
) -> fmt::Result {
    let mut by_class: BTreeMap<Class, usize> = BTreeMap::new();
    for verdict in report.assessment.verdicts.values() {
        *by_class.entry(verdict.class).or_default() += 1;
    }
    let total: usize = by_class.values().sum();
    write!(
        out,
        "<section class=\"card\" id=\"classes\"><h2>Assets by class and role</h2><p class=\"sub\">{} classified asset{}: algorithms, protocols, certificates and keys</p>",
        grouped(total),
        plural(total)
    )?;
    if total == 0 {
        out.push_str("<p class=\"empty\">No classified assets.</p>");
    } else {
        let bars: Vec<Bar> = Class::ALL
            .iter()
            .map(|(class, name)| {
                let n = by_class.get(class).copied().unwrap_or(0);
                Bar {
                    label: (*name).to_owned(),
                    title: format!("{name}: {n} asset{}", plural(n)),
                    segments: vec![(Some(*class), n)],
                }
            })
            .collect();
        out.push_str("<h3 class=\"chart-title\">By class</h3>");
        bar_chart(out, "assets by class", &bars, false)?;
        // The same assets by the weight of their role, which is what the score weighs.
        let mut by_role: BTreeMap<u8, BTreeMap<usize, usize>> = BTreeMap::new();
        for verdict in report.assessment.verdicts.values() {
            *by_role
                .entry(verdict.weight)
                .or_default()
                .entry(rank(Some(verdict.class)))
                .or_default() += 1;
        }
        let bars: Vec<Bar> = [
            (3u8, "key establishment"),
            (2, "authentication"),
            (1, "other uses"),
        ]
        .into_iter()
        .map(|(weight, role)| {
            let split = by_role.remove(&weight).unwrap_or_default();
            let detail: Vec<String> = split
                .iter()
                .map(|(index, n)| format!("{n} {}", class_label(class_at(*index))))
                .collect();
            Bar {
                label: format!("{role} (\u{d7}{weight})"),
                title: format!("{role}, weight {weight}: {}", detail.join(", ")),
                segments: split
                    .into_iter()
                    .map(|(index, n)| (class_at(index), n))
                    .collect(),
            }
        })
        .collect();
        out.push_str("<h3 class=\"chart-title\">By role (score weight)</h3>");
        bar_chart(out, "assets by role", &bars, false)?;
    }
    let protocols = rows.iter().filter(|r| r.kind == "protocol").count();
    let (algorithms, certificates, keys, libraries) = counts;
    out.push_str("<div class=\"tiles\">");
    for (n, what) in [
        (algorithms - protocols, "algorithms"),
        (protocols, "protocols"),
        (certificates, "certificates"),
        (keys, "keys"),
        (libraries, "libraries"),
    ] {
        write!(
            out,
            "<div class=\"tile\"><b>{}</b><span>{what}</span></div>",
            grouped(n)
        )?;
    }
    out.push_str("</div></section>\n");
    Ok(())
}

fn algorithm_card(out: &mut String, rows: &[Row<'_>]) -> fmt::Result {
    struct Tally {
        occurrences: usize,
        assets: usize,
        files: BTreeSet<String>,
        class: Option<Class>,
    }
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    for row in rows {
        if let AssetBody::Algorithm(algorithm) = &row.item.asset.body {
            let tally = tallies.entry(algorithm.name.as_str()).or_insert(Tally {
                occurrences: 0,
                assets: 0,
                files: BTreeSet::new(),
                class: row.class(),
            });
            tally.occurrences += row.item.occurrences.len();
            tally.assets += 1;
            tally.files.extend(
                row.item
                    .occurrences
                    .iter()
                    .map(|o| file_of(&o.location).to_owned()),
            );
            if rank(row.class()) < rank(tally.class) {
                tally.class = row.class();
            }
        }
    }
    let mut ranked: Vec<(&str, Tally)> = tallies.into_iter().collect();
    ranked.sort_by(|a, b| b.1.occurrences.cmp(&a.1.occurrences).then(a.0.cmp(b.0)));
    write!(
        out,
        "<section class=\"card\" id=\"algorithms\"><h2>Algorithms and protocols</h2>\
         <p class=\"sub\">{} by occurrences, coloured by class</p>",
        if ranked.len() > TOP_ALGORITHMS {
            format!("The {TOP_ALGORITHMS} most frequent of {}", ranked.len())
        } else {
            format!("All {}", ranked.len())
        }
    )?;
    legend(out)?;
    if ranked.is_empty() {
        out.push_str("<p class=\"empty\">No algorithms or protocols found.</p>");
    } else {
        let bars: Vec<Bar> = ranked
            .iter()
            .take(TOP_ALGORITHMS)
            .map(|(name, t)| Bar {
                label: (*name).to_owned(),
                title: format!(
                    "{name} ({}): {} occurrence{} in {} file{}",
                    class_label(t.class),
                    t.occurrences,
                    plural(t.occurrences),
                    t.files.len(),
                    plural(t.files.len())
                ),
                segments: vec![(t.class, t.occurrences)],
            })
            .collect();
        bar_chart(out, "most frequent algorithms", &bars, false)?;
    }
    out.push_str("</section>\n");
    Ok(())
}

fn location_card(out: &mut String, rows: &[Row<'_>]) -> fmt::Result {
    // Findings (occurrences) per file and per directory, split by the class of the asset.
    let mut files: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
    let mut directories: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
    for row in rows {
        for occurrence in &row.item.occurrences {
            let file = file_of(&occurrence.location);
            *files
                .entry(file)
                .or_default()
                .entry(rank(row.class()))
                .or_default() += 1;
            *directories
                .entry(directory_of(file))
                .or_default()
                .entry(rank(row.class()))
                .or_default() += 1;
        }
    }
    let top = |counts: BTreeMap<&str, BTreeMap<usize, usize>>, what: &str| -> Vec<Bar> {
        let mut ranked: Vec<(&str, BTreeMap<usize, usize>, usize)> = counts
            .into_iter()
            .map(|(place, split)| {
                let total = split.values().sum();
                (place, split, total)
            })
            .collect();
        ranked.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
        ranked
            .into_iter()
            .take(TOP_LOCATIONS)
            .map(|(place, split, total)| {
                let detail: Vec<String> = split
                    .iter()
                    .map(|(index, n)| format!("{n} {}", class_label(class_at(*index))))
                    .collect();
                Bar {
                    label: place.to_owned(),
                    title: format!(
                        "{what} {place}: {total} finding{} ({})",
                        plural(total),
                        detail.join(", ")
                    ),
                    segments: split
                        .into_iter()
                        .map(|(index, n)| (class_at(index), n))
                        .collect(),
                }
            })
            .collect()
    };
    let (file_count, directory_count) = (files.len(), directories.len());
    write!(
        out,
        "<section class=\"card\" id=\"locations\"><h2>Where the findings are</h2>\
         <p class=\"sub\">Findings (occurrences of assets) in {} file{} and {} director{}, stacked by class</p>",
        grouped(file_count),
        plural(file_count),
        grouped(directory_count),
        if directory_count == 1 { "y" } else { "ies" }
    )?;
    if file_count == 0 {
        out.push_str("<p class=\"empty\">No findings.</p>");
    } else {
        out.push_str("<h3 class=\"chart-title\">Top directories</h3>");
        bar_chart(
            out,
            "directories with the most findings",
            &top(directories, "directory"),
            true,
        )?;
        out.push_str("<h3 class=\"chart-title\">Top files</h3>");
        bar_chart(
            out,
            "files with the most findings",
            &top(files, "file"),
            true,
        )?;
    }
    out.push_str("</section>\n");
    Ok(())
}

fn deadlines(out: &mut String, report: &Report, rows: &[Row<'_>]) -> fmt::Result {
    let mut late: Vec<(&str, i64, &Row<'_>, &crate::model::Certificate)> = rows
        .iter()
        .filter_map(|row| match (&row.item.asset.body, row.verdict) {
            (AssetBody::Certificate(c), Some(v)) => {
                v.outlives_deadline.map(|d| (d, c.not_after, row, c))
            }
            _ => None,
        })
        .collect();
    late.sort_by(|a, b| (a.0, a.1, &a.2.name).cmp(&(b.0, b.1, &b.2.name)));
    let (_, certificates, _, _) = report.inventory.counts();
    write!(
        out,
        "<section class=\"card\" id=\"deadlines\"><h2>Certificates that outlive their key's deadline</h2>\
         <p class=\"sub\">Valid after the date their key algorithm is retired: 2030 for 112-bit keys (RSA-2048, P-224), \
         2035 for every quantum-vulnerable key (NIST IR 8547). {} of {} certificate{}.</p>",
        late.len(),
        grouped(certificates),
        plural(certificates)
    )?;
    if late.is_empty() {
        out.push_str("<p class=\"empty\">No certificate is valid past the deadline for its key.</p></section>\n");
        return Ok(());
    }
    const HEAD: &str = "<thead><tr><th>Subject</th><th>Key</th><th>Not after</th>\
         <th>Outlives</th><th>Issuer</th><th>Location</th></tr></thead><tbody>";
    write!(
        out,
        "<table id=\"deadline-table\" class=\"deadlines\">{HEAD}"
    )?;
    for (i, (deadline, _, row, certificate)) in late.iter().enumerate() {
        if i == DEADLINE_ROWS {
            write!(
                out,
                "</tbody></table><details><summary>{} more certificate{}</summary><table class=\"deadlines\">{HEAD}",
                late.len() - DEADLINE_ROWS,
                plural(late.len() - DEADLINE_ROWS)
            )?;
        }
        write!(
            out,
            "<tr><td class=\"name\">{}</td><td>{}</td><td class=\"date\">{}</td>\
             <td><span class=\"pill c-{}\">{deadline}</span></td><td class=\"loc\">{}</td><td class=\"loc mono\">{}</td></tr>",
            Esc(&row.name),
            Esc(&certificate_key(report, &certificate.public_key)),
            date(certificate.not_after),
            if *deadline == "2030" {
                "broken"
            } else {
                "vulnerable"
            },
            Esc(&certificate.issuer),
            Path(&row.example_location().unwrap_or_default())
        )?;
    }
    out.push_str("</tbody></table>");
    if late.len() > DEADLINE_ROWS {
        out.push_str("</details>");
    }
    out.push_str("</section>\n");
    Ok(())
}

/// Quantum-vulnerable and broken assets sharing a replacement.
struct Action<'r, 'a> {
    hint: Option<&'a str>,
    assets: Vec<&'r Row<'a>>,
    priority: u32,
    files: BTreeSet<&'a str>,
}

fn actions(out: &mut String, rows: &[Row<'_>]) -> fmt::Result {
    let mut groups: BTreeMap<Option<&str>, Action<'_, '_>> = BTreeMap::new();
    for row in rows {
        let Some(verdict) = row.verdict else { continue };
        if !row.in_use
            || !matches!(
                verdict.class,
                Class::BrokenClassically | Class::QuantumVulnerable
            )
        {
            continue;
        }
        let hint = verdict.replace_with.as_deref();
        let group = groups.entry(hint).or_insert(Action {
            hint,
            assets: Vec::new(),
            priority: 0,
            files: BTreeSet::new(),
        });
        group.assets.push(row);
        group.priority += u32::from(verdict.weight);
        group.files.extend(
            row.item
                .occurrences
                .iter()
                .filter(|o| !o.provided)
                .map(|o| file_of(&o.location)),
        );
    }
    let mut ranked: Vec<Action<'_, '_>> = groups.into_values().collect();
    for action in &mut ranked {
        action.assets.sort_by(|a, b| {
            let key = |r: &Row<'_>| {
                (
                    std::cmp::Reverse(r.verdict.map_or(0, |v| v.weight)),
                    rank(r.class()),
                    std::cmp::Reverse(r.item.occurrences.len()),
                    r.name.clone(),
                )
            };
            key(a).cmp(&key(b))
        });
    }
    // Actions with a replacement first, by weight x count, then by broken assets, then by name.
    let broken = |a: &Action<'_, '_>| {
        a.assets
            .iter()
            .filter(|r| r.class() == Some(Class::BrokenClassically))
            .count()
    };
    ranked.sort_by(|a, b| {
        (
            a.hint.is_none(),
            std::cmp::Reverse(a.priority),
            std::cmp::Reverse(broken(a)),
            a.hint,
        )
            .cmp(&(
                b.hint.is_none(),
                std::cmp::Reverse(b.priority),
                std::cmp::Reverse(broken(b)),
                b.hint,
            ))
    });
    write!(
        out,
        "<section class=\"card\" id=\"actions\"><h2>Top migration actions</h2>\
         <p class=\"sub\">Classically broken and quantum-vulnerable assets in use, grouped by what to replace them with, \
         ranked by priority: the sum of their role weights (key establishment 3, authentication 2, other 1), that is weight \u{d7} count</p>"
    )?;
    if ranked.is_empty() {
        out.push_str("<p class=\"empty\">Nothing to migrate: no broken or quantum-vulnerable asset is in use.</p></section>\n");
        return Ok(());
    }
    out.push_str("<ol class=\"actions\">");
    for (i, action) in ranked.iter().take(TOP_ACTIONS).enumerate() {
        let broken_count = broken(action);
        let vulnerable = action.assets.len() - broken_count;
        let mut counts: Vec<String> = Vec::new();
        if broken_count > 0 {
            counts.push(format!("{broken_count} broken"));
        }
        if vulnerable > 0 {
            counts.push(format!("{vulnerable} quantum-vulnerable"));
        }
        write!(
            out,
            "<li class=\"action\"><div class=\"rank\">{}</div><div><div class=\"action-head\"><h3>",
            i + 1
        )?;
        match action.hint {
            Some(hint) => write!(out, "Replace with <strong>{}</strong>", Esc(hint))?,
            None => out.push_str("No replacement named in the registry: review"),
        }
        write!(
            out,
            "</h3><span class=\"prio\">priority <b>{}</b> \u{b7} {} asset{} ({}) \u{b7} {} file{}</span></div><div class=\"chips\">",
            action.priority,
            action.assets.len(),
            plural(action.assets.len()),
            counts.join(", "),
            action.files.len(),
            plural(action.files.len())
        )?;
        // Algorithms and protocols as chips, one per name (an algorithm in two modes is two
        // assets of one name) in its worst class; certificates and keys counted, all listed below.
        let mut chips: Vec<(&str, &str, Option<Class>, usize)> = Vec::new();
        let mut index: BTreeMap<&str, usize> = BTreeMap::new();
        let mut certificates = 0usize;
        let mut keys = 0usize;
        for row in &action.assets {
            match row.kind {
                "certificate" => certificates += 1,
                "key" => keys += 1,
                _ => match index.get(row.name.as_str()).and_then(|&i| chips.get_mut(i)) {
                    Some(chip) => {
                        chip.3 += 1;
                        if rank(row.class()) < rank(chip.2) {
                            chip.2 = row.class();
                        }
                    }
                    None => {
                        index.insert(row.name.as_str(), chips.len());
                        chips.push((row.name.as_str(), row.kind, row.class(), 1));
                    }
                },
            }
        }
        for (name, kind, class, n) in chips.iter().take(ASSETS_PER_ACTION) {
            write!(
                out,
                "<span class=\"chip\" title=\"{kind}, {}\"><i style=\"background:{}\"></i>{}",
                class_label(*class),
                style(*class).1,
                Esc(name)
            )?;
            if *n > 1 {
                write!(out, " <b>\u{d7}{n}</b>")?;
            }
            out.push_str("</span>");
        }
        if chips.len() > ASSETS_PER_ACTION {
            write!(
                out,
                "<span class=\"chip more\">and {} more</span>",
                chips.len() - ASSETS_PER_ACTION
            )?;
        }
        for (n, what) in [(certificates, "certificate"), (keys, "key")] {
            if n > 0 {
                write!(
                    out,
                    "<span class=\"chip count\">{n} {what}{}</span>",
                    plural(n)
                )?;
            }
        }
        out.push_str("</div>");
        if let Some((first, location)) = action
            .assets
            .first()
            .and_then(|r| r.example_location().map(|l| (r, l)))
        {
            write!(
                out,
                "<p class=\"example\">For example {} at <code>{}</code></p>",
                Esc(&first.name),
                Path(&location)
            )?;
        }
        write!(
            out,
            "<details class=\"assets\"><summary>The {} asset{}</summary><ul>",
            action.assets.len(),
            plural(action.assets.len())
        )?;
        for row in action.assets.iter().take(LISTED_PER_ACTION) {
            write!(
                out,
                "<li><i style=\"background:{}\"></i>{} <span class=\"dim\">{} \u{b7} <code>{}</code></span></li>",
                style(row.class()).1,
                Esc(&row.name),
                row.kind,
                Path(&row.example_location().unwrap_or_default())
            )?;
        }
        if action.assets.len() > LISTED_PER_ACTION {
            write!(
                out,
                "<li class=\"dim\">and {} more: filter the inventory below</li>",
                action.assets.len() - LISTED_PER_ACTION
            )?;
        }
        out.push_str("</ul></details></div></li>");
    }
    out.push_str("</ol>");
    if ranked.len() > TOP_ACTIONS {
        write!(
            out,
            "<details><summary>{} more action{}</summary><table><thead><tr><th class=\"num\">#</th><th>Replace with</th>\
             <th class=\"num\">Priority</th><th class=\"num\">Assets</th><th>Example</th></tr></thead><tbody>",
            ranked.len() - TOP_ACTIONS,
            plural(ranked.len() - TOP_ACTIONS)
        )?;
        for (i, action) in ranked.iter().enumerate().skip(TOP_ACTIONS) {
            write!(
                out,
                "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"loc\">{}</td></tr>",
                i + 1,
                Esc(action.hint.unwrap_or("(no replacement named)")),
                action.priority,
                action.assets.len(),
                Esc(&action
                    .assets
                    .first()
                    .and_then(|r| r.example_location())
                    .unwrap_or_default())
            )?;
        }
        out.push_str("</tbody></table></details>");
    }
    out.push_str("</section>\n");
    Ok(())
}

fn inventory(out: &mut String, rows: &[Row<'_>]) -> fmt::Result {
    write!(
        out,
        "<section class=\"card\" id=\"inventory-section\"><h2>Inventory</h2>\
         <p class=\"sub\"><span id=\"inventory-shown\">{}</span> of {} asset{}, one row per CycloneDX component; \
         click a column header to sort</p>",
        rows.len(),
        rows.len(),
        plural(rows.len())
    )?;
    if rows.is_empty() {
        out.push_str("<p class=\"empty\">No assets.</p></section>\n");
        return Ok(());
    }
    out.push_str(
        "<table id=\"inventory\"><colgroup><col class=\"w-name\"><col class=\"w-type\"><col class=\"w-class\">\
         <col class=\"w-num\"><col class=\"w-occ\"><col class=\"w-loc\"><col class=\"w-reason\"></colgroup>\
         <thead><tr><th data-key=\"name\">Name</th><th data-key=\"type\">Type</th>\
         <th data-key=\"class\" data-num>Class</th><th data-key=\"points\" class=\"num\" data-num>Points</th>\
         <th data-key=\"occurrences\" class=\"num\" data-num>Occurrences</th><th data-key=\"location\">First location</th>\
         <th data-key=\"reason\">Reason</th></tr></thead><tbody>\n",
    );
    for row in rows {
        let class = row.class();
        write!(
            out,
            "<tr data-asset=\"{}\"><td class=\"name\" data-v=\"{name}\"><b>{name}</b><span class=\"dim\">{}</span></td>\
             <td>{}</td><td data-v=\"{}\">",
            Esc(row.item.asset.id.as_str()),
            Esc(&row.details),
            row.kind,
            rank(class),
            name = Esc(&row.name)
        )?;
        pill(out, class)?;
        if !row.in_use {
            out.push_str(" <span class=\"dim\" title=\"only provided by library files: not scored\">provided</span>");
        }
        let (points, points_sort) = match row.verdict {
            Some(v) => (v.points.to_string(), i32::from(v.points)),
            None => ("\u{2013}".to_owned(), -1),
        };
        write!(
            out,
            "</td><td class=\"num\" data-v=\"{points_sort}\">{points}</td><td class=\"num\" data-v=\"{n}\">{n}</td><td class=\"loc mono\">{}</td><td class=\"reason\">",
            Path(&row.example_location().unwrap_or_default()),
            n = row.item.occurrences.len()
        )?;
        match row.verdict {
            Some(v) => {
                write!(out, "{}", Esc(&v.reason))?;
                if let Some(replace) = &v.replace_with {
                    write!(
                        out,
                        "<br><span class=\"dim\">replace with {}</span>",
                        Esc(replace)
                    )?;
                }
                if let Some(deadline) = v.outlives_deadline {
                    write!(
                        out,
                        "<br><span class=\"dim\">valid past the {deadline} deadline for its key</span>"
                    )?;
                }
            }
            None => out.push_str(
                "a library implementing cryptography (its algorithms are assets of their own)",
            ),
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody></table></section>\n");
    Ok(())
}

fn scan_facts(out: &mut String, report: &Report) -> fmt::Result {
    let stats = &report.stats;
    write!(
        out,
        "<section class=\"card\" id=\"scan\"><h2>Scan facts</h2><p class=\"sub\">What was read, and what could not be</p><dl class=\"facts\">"
    )?;
    let roots: Vec<String> = if report.roots.is_empty() {
        vec![".".to_owned()]
    } else {
        report.roots.clone()
    };
    out.push_str("<dt>Roots</dt><dd>");
    for (i, root) in roots.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write!(out, "<code>{}</code>", Esc(root))?;
    }
    let count = crate::detect::pbe::grouped;
    let diagnostics = &report.inventory.diagnostics;
    write!(
        out,
        "</dd><dt>Scan time</dt><dd>{}</dd><dt>Files read</dt><dd id=\"files-read\">{}</dd>\
         <dt>Bytes read</dt><dd>{} ({} bytes)</dd>\
         <dt>Not read</dt><dd>{} too large, {} special files, {} symbolic links not followed, {} duplicate paths</dd>\
         <dt>Weak-key checks</dt><dd>{} RSA modul{} examined; batch GCD {}</dd>\
         <dt>Diagnostics</dt><dd id=\"diagnostics-count\">{}</dd></dl>",
        rfc3339(report.timestamp),
        count(stats.files_read),
        human_bytes(stats.bytes_read),
        count(stats.bytes_read),
        count(stats.files_too_large),
        count(stats.special_files),
        count(stats.symlinks_not_followed),
        count(stats.duplicate_paths),
        grouped(report.forensics.moduli),
        if report.forensics.moduli == 1 {
            "us"
        } else {
            "i"
        },
        if report.forensics.batch_gcd {
            "ran"
        } else {
            "skipped (too many moduli)"
        },
        grouped(diagnostics.len())
    )?;
    if diagnostics.is_empty() {
        out.push_str("<p class=\"empty\">Every file was read without a problem.</p>");
    } else {
        write!(
            out,
            "<details><summary>{} diagnostic{}</summary><table><thead><tr><th>Kind</th><th>Location</th><th>Source</th><th>Message</th></tr></thead><tbody>",
            grouped(diagnostics.len()),
            plural(diagnostics.len())
        )?;
        for d in diagnostics {
            write!(
                out,
                "<tr><td>{}</td><td class=\"loc mono\">{}</td><td>{}</td><td>{}</td></tr>",
                d.kind.as_str(),
                Esc(&d.location),
                Esc(d.source),
                Esc(&d.message)
            )?;
        }
        out.push_str("</tbody></table></details>");
    }
    out.push_str("</section>\n");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forensics::ForensicsSummary;
    use crate::inventory::Inventory;
    use crate::model::{
        Asset, Certificate, Diagnostic, DiagnosticKind, Finding, Key, KeyIdBasis, KeyKind,
        Occurrence,
    };
    use crate::registry::Registry;
    use crate::report::ScanStats;
    use crate::score::{Policy, Profile, assess};

    const HOSTILE: &str = "<script>alert(1)</script>.pem";
    const TODAY: i64 = 1_795_564_800; // 2026-11-25T00:00:00Z

    fn registry() -> &'static Registry {
        Registry::builtin().unwrap_or_else(|e| panic!("{e}"))
    }

    fn at(location: &str, provided: bool) -> Occurrence {
        Occurrence {
            line: Some(3),
            symbol: Some("<b>sym</b>".to_owned()),
            context: Some("\"><img src=x onerror=alert(1)>".to_owned()),
            provided,
            ..Occurrence::in_file(location)
        }
    }

    fn algorithm(name: &str, location: &str) -> Finding {
        let algorithm = registry()
            .by_name(name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .algorithm();
        Finding {
            asset: Asset::algorithm(algorithm),
            occurrence: at(location, false),
        }
    }

    /// A report with algorithms, an RSA-2048 certificate valid to 2040 and its key, a hostile file
    /// name and a diagnostic.
    fn report_of(findings: Vec<Finding>, diagnostics: Vec<Diagnostic>) -> Report {
        let inventory = Inventory::merge(findings, diagnostics);
        let policy = Policy {
            profile: Profile::nist(),
            as_of: TODAY,
        };
        let assessment = assess(&inventory, &policy);
        Report {
            roots: vec!["estate/<root>".to_owned()],
            timestamp: TODAY + 43_200,
            inventory,
            assessment,
            stats: ScanStats {
                files_read: 12_345,
                bytes_read: 3 * 1024 * 1024,
                ..ScanStats::default()
            },
            forensics: ForensicsSummary::default(),
            elapsed: std::time::Duration::from_secs(7),
            new_since_baseline: None,
            baseline_assets: None,
        }
    }

    fn sample() -> Report {
        let rsa = registry()
            .by_name("RSA")
            .unwrap_or_else(|| panic!("RSA"))
            .with_modulus(Some(2048));
        let rsa_asset = Asset::algorithm(rsa.clone());
        let signature = algorithm("RSA-PKCS1-1.5-SHA-256", "etc/ssl/a.crt");
        let key = Asset::key(Key {
            kind: KeyKind::Public,
            algorithm: Some(rsa_asset.id.clone()),
            size_bits: Some(2048),
            format: "X.509 SubjectPublicKeyInfo".to_owned(),
            id_basis: KeyIdBasis::Spki,
            fingerprint: "ab".repeat(32),
            native_fingerprint: None,
            protection: None,
            rsa: None,
            weaknesses: Vec::new(),
        });
        let certificate = Asset::certificate(Certificate {
            subject: format!("CN={HOSTILE}"),
            issuer: "CN=Issuer & Co".to_owned(),
            serial_hex: "1".to_owned(),
            not_before: TODAY - 86_400,
            not_after: 2_208_988_800, // 2040-01-01
            sha256: "cd".repeat(32),
            signature_algorithm: signature.asset.id.clone(),
            public_key: key.id.clone(),
            version: 3,
            basic_constraints_ca: Some(false),
            key_usage: Vec::new(),
            self_issued: false,
            format: "X.509",
        });
        let findings = vec![
            algorithm("MD5", &format!("src/{HOSTILE}")),
            algorithm("AES-256-GCM", "src/app.py"),
            algorithm("ML-KEM-768", "src/app.go"),
            algorithm("ECDH", "src/app.go"),
            signature,
            Finding {
                asset: rsa_asset,
                occurrence: at(HOSTILE, false),
            },
            Finding {
                asset: key,
                occurrence: at(HOSTILE, false),
            },
            Finding {
                asset: certificate,
                occurrence: at(HOSTILE, false),
            },
        ];
        let diagnostics = vec![Diagnostic {
            location: format!("bad/{HOSTILE}"),
            kind: DiagnosticKind::Malformed,
            source: "x509",
            message: "<i>truncated</i> & broken".to_owned(),
        }];
        report_of(findings, diagnostics)
    }

    #[test]
    fn escapes_markup_quotes_controls_and_bidi_overrides() {
        assert_eq!(
            escape("<a href='x' title=\"y\">&amp;</a>"),
            "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(
            escape("a\u{0}b\u{1b}[31mc\u{7f}"),
            "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}"
        );
        assert_eq!(escape("evil\u{202E}gpj.exe"), "evil[U+202E]gpj.exe");
        assert_eq!(escape("tab\tand\nnewline"), "tab\tand\nnewline");
    }

    #[test]
    fn a_hostile_file_name_injects_no_markup() {
        let html = to_html(&sample());
        // The page's own script is the only one; every hostile string appears escaped.
        assert_eq!(html.matches("<script").count(), 1, "{html}");
        assert!(!html.contains("<img"));
        assert!(!html.contains("<i>truncated"));
        assert!(!html.contains("<root>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;.pem"));
        assert!(html.contains("bad/&lt;script&gt;alert(1)&lt;/script&gt;.pem"));
        assert!(html.contains("CN=&lt;script&gt;alert(1)&lt;/script&gt;.pem"));
        assert!(html.contains("CN=Issuer &amp; Co"));
    }

    #[test]
    fn the_page_is_self_contained_and_forbids_the_network() {
        let html = to_html(&sample());
        assert!(html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        ));
        for needle in ["http:", "https:", "<link", " src=\"", "@import", "url("] {
            assert!(!html.contains(needle), "the page contains {needle}");
        }
    }

    #[test]
    fn the_page_shows_score_deadlines_actions_and_every_asset() {
        let report = sample();
        let html = to_html(&report);
        let score = report
            .assessment
            .score
            .as_ref()
            .unwrap_or_else(|| panic!("no score"));
        assert!(html.contains(&format!("id=\"score-value\">{}<", score.value)));
        assert!(html.contains(&format!("Capped at {}", score.cap)));
        assert_eq!(
            html.matches("<tr data-asset=").count(),
            report.inventory.assets.len()
        );
        // The RSA-2048 certificate valid to 2040 outlives the 2030 deadline of its 112-bit key.
        assert!(html.contains("id=\"deadline-table\""));
        assert!(html.contains("RSA-2048, 2048 bits"));
        assert!(html.contains("2040-01-01"));
        assert!(html.contains("Replace with <strong>"));
        assert!(html.contains("12,345"));
        assert!(html.contains("<details><summary>1 diagnostic</summary>"));
    }

    #[test]
    fn output_is_deterministic() {
        let first = to_html(&sample());
        assert_eq!(first, to_html(&sample()));
        // The merge sorts, so the order findings arrive in does not matter either.
        let mut findings = vec![
            algorithm("SHA-1", "b"),
            algorithm("MD5", "a"),
            algorithm("RSA-PKCS1-1.5-SHA-256", "c"),
        ];
        let forward = to_html(&report_of(findings.clone(), Vec::new()));
        findings.reverse();
        assert_eq!(forward, to_html(&report_of(findings, Vec::new())));
    }

    #[test]
    fn no_score_cases_say_why() {
        let empty = to_html(&report_of(Vec::new(), Vec::new()));
        assert!(empty.contains("id=\"score-value\">No score<"));
        assert!(empty.contains("No cryptographic assets were found"));
        assert!(!empty.contains("<table id=\"inventory\""));
        assert!(empty.contains("Nothing to migrate"));

        let mut provided = algorithm("MD5", "lib/libcrypto.so.3");
        provided.occurrence.provided = true;
        let html = to_html(&report_of(vec![provided], Vec::new()));
        assert!(html.contains("id=\"score-value\">No score<"));
        assert!(html.contains("1 is only provided by library files"));
        // Inventoried all the same, and not a migration action.
        assert_eq!(html.matches("<tr data-asset=").count(), 1);
        assert!(html.contains("Nothing to migrate"));
    }

    #[test]
    fn labels_shorten_from_the_right_end() {
        assert_eq!(shorten("abcdef", 4, true), "\u{2026}def");
        assert_eq!(shorten("abcdef", 4, false), "abc\u{2026}");
        assert_eq!(shorten("abc", 4, true), "abc");
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(grouped(12), "12");
        assert_eq!(directory_of("a/b/c.pem"), "a/b");
        assert_eq!(directory_of("c.pem"), ".");
        assert_eq!(file_of("lib/x.jar!/a/B.class"), "lib/x.jar");
    }
}
