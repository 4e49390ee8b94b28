//! The forms of a check report: text with source snippets (as rustc
//! prints them), JSON, GitHub workflow annotations, SARIF 2.1.0 (for code
//! scanning) and JUnit XML (for GitLab's and Jenkins' test reports).

use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::Formatter;
use serde_json::value::RawValue;

use super::{Finding, Kind, Report, Severity};
use crate::diagnostic::{self, Snippet};

/// Text: each finding as `error[kind]: message`, ` --> file:line:col`, the
/// source line and a caret; then a summary line. `root` is how the locales
/// directory is named in paths.
pub fn render_text(report: &Report, root: &str, color: bool) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let path = format!("{root}/{}", finding.file);
        let source = report.sources.get(&finding.file).map(String::as_str);
        let snippet = Snippet {
            severity: finding.severity,
            kind: finding.kind.as_str(),
            message: &finding.message,
            path: &path,
            source: source.zip(finding.span.clone()),
            line: finding.line,
            column: finding.column,
        };
        out.push_str(&diagnostic::render(&snippet, color));
        out.push_str("\n\n");
    }
    out.push_str(&summary_line(report));
    out.push('\n');
    out
}

fn summary_line(report: &Report) -> String {
    format!(
        "checked {}: {}, {}",
        counted(report.locales.len(), "locale"),
        counted(report.count(Severity::Error), "error"),
        counted(report.count(Severity::Warning), "warning")
    )
}

/// A count and an English noun that takes an “s” in the plural, for the
/// developer-facing summaries of the checker and `cargo xtask`: `1 error`,
/// `2 warnings`.
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

#[derive(Serialize)]
struct JsonReport<'a> {
    /// Empty: [`write_json`] writes the findings into it.
    findings: [JsonFinding<'a>; 0],
    summary: Summary,
}

/// A finding's fields, as [`Finding`] serializes them, and its kind's help
/// text, as [`Helps`] holds it: a struct, which serde writes faster than a
/// flattened map.
#[derive(Serialize)]
struct JsonFinding<'a> {
    severity: Severity,
    kind: Kind,
    locale: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    id: Option<&'a str>,
    message: &'a str,
    help: &'a RawValue,
}

/// The help text of each kind, in the order of [`Kind::ALL`], written as
/// JSON once rather than escaped again for each finding.
struct Helps(Vec<Box<RawValue>>);

impl Helps {
    fn new() -> Helps {
        Helps(
            Kind::ALL
                .iter()
                .map(|kind| {
                    let json = serde_json::to_string(kind.help()).expect("a text serializes");
                    RawValue::from_string(json).expect("a serialized text is JSON")
                })
                .collect(),
        )
    }

    fn of(&self, kind: Kind) -> &RawValue {
        // The kinds are declared in the order of `Kind::ALL`.
        &self.0[kind as usize]
    }
}

impl<'a> JsonFinding<'a> {
    fn new(finding: &'a Finding, helps: &'a Helps) -> JsonFinding<'a> {
        JsonFinding {
            severity: finding.severity,
            kind: finding.kind,
            locale: &finding.locale,
            file: &finding.file,
            line: finding.line,
            column: finding.column,
            id: finding.id.as_deref(),
            message: &finding.message,
            help: helps.of(finding.kind),
        }
    }
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
}

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Findings with source snippets, as rustc prints them
    Text,
    /// One JSON document
    Json,
    /// GitHub workflow annotations
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers
    Sarif,
    /// JUnit XML, for GitLab's and Jenkins' test reports
    Junit,
}

/// A report in `format`; paths start with `root`, and text is coloured
/// when `color`.
pub fn render(report: &Report, root: &str, format: ReportFormat, color: bool) -> String {
    let mut out = Vec::new();
    write_report(report, root, format, color, &mut out).expect("a Vec takes all");
    String::from_utf8(out).expect("reports are UTF-8")
}

/// Writes a report in `format` to `out`, as [`render`] gives it: a large
/// JSON report is written in pieces, never held whole.
pub fn write_report(
    report: &Report,
    root: &str,
    format: ReportFormat,
    color: bool,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let text = match format {
        ReportFormat::Json => return write_json(report, out),
        ReportFormat::Text => render_text(report, root, color),
        ReportFormat::Github => render_github(report, root),
        ReportFormat::Sarif => render_sarif(report, root),
        ReportFormat::Junit => render_junit(report, root),
    };
    out.write_all(text.as_bytes())
}

/// The level SARIF and JUnit give a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// SARIF 2.1.0: one run of the tool `smtpkb check`, with every kind of
/// finding as a rule (its id the kind, its help the kind's help) and each
/// finding as a result at its file, line and column, counted in Unicode
/// code points as the checker counts them. Paths are `root`-relative URIs.
pub fn render_sarif(report: &Report, root: &str) -> String {
    let rules: Vec<serde_json::Value> = Kind::ALL
        .iter()
        .map(|kind| {
            serde_json::json!({
                "id": kind.as_str(),
                "shortDescription": { "text": kind.help() },
                "help": { "text": kind.help() },
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = report
        .findings
        .iter()
        .map(|finding| {
            let mut location = serde_json::json!({
                "artifactLocation": { "uri": sarif_uri(&format!("{root}/{}", finding.file)) },
            });
            if finding.line > 0 {
                location["region"] = serde_json::json!({
                    "startLine": finding.line,
                    "startColumn": finding.column.max(1),
                });
            }
            serde_json::json!({
                "ruleId": finding.kind.as_str(),
                "ruleIndex": Kind::ALL.iter().position(|k| *k == finding.kind),
                "level": level(finding.severity),
                "message": { "text": finding.message },
                "locations": [{ "physicalLocation": location }],
            })
        })
        .collect();
    let sarif = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "smtpkb",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&sarif).expect("SARIF serializes") + "\n"
}

/// What a URI's path segment leaves as it is: letters, digits and `-._~`.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A relative path as a URI reference: each segment percent-encoded, `/`
/// kept, and a leading `./` dropped.
fn sarif_uri(path: &str) -> String {
    path.trim_start_matches("./")
        .split('/')
        .map(|segment| percent_encoding::utf8_percent_encode(segment, SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// JUnit XML: a test suite per locale checked and a test case per file of
/// it, which fails with the file's errors; its warnings are its output.
pub fn render_junit(report: &Report, root: &str) -> String {
    use crate::render::escape_xml;
    let mut suites = String::new();
    let (mut all_tests, mut all_failures) = (0, 0);
    for locale in &report.locales {
        let prefix = format!("{locale}/");
        // The files read, and those a finding names although they were not
        // (a file the locale lacks).
        let files: std::collections::BTreeSet<&String> = report
            .sources
            .keys()
            .chain(report.findings.iter().map(|f| &f.file))
            .filter(|f| f.starts_with(&prefix))
            .collect();
        let mut cases = String::new();
        let mut failures = 0;
        for file in &files {
            let findings: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| &&f.file == file)
                .collect();
            let line = |f: &Finding| {
                format!(
                    "{root}/{}:{}:{}: {}[{}]: {}\n",
                    f.file,
                    f.line,
                    f.column,
                    level(f.severity),
                    f.kind.as_str(),
                    f.message
                )
            };
            let errors: String = findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .map(|f| line(f))
                .collect();
            let warnings: String = findings
                .iter()
                .filter(|f| f.severity == Severity::Warning)
                .map(|f| line(f))
                .collect();
            cases.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\">\n",
                escape_xml(locale),
                escape_xml(&format!("{root}/{file}"))
            ));
            if !errors.is_empty() {
                failures += 1;
                let n = errors.lines().count();
                cases.push_str(&format!(
                    "      <failure type=\"check\" message=\"{}\">{}</failure>\n",
                    counted(n, "error"),
                    escape_xml(&errors)
                ));
            }
            if !warnings.is_empty() {
                cases.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    escape_xml(&warnings)
                ));
            }
            cases.push_str("    </testcase>\n");
        }
        all_tests += files.len();
        all_failures += failures;
        suites.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n{cases}  </testsuite>\n",
            escape_xml(locale),
            files.len(),
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"smtpkb check\" tests=\"{all_tests}\" failures=\"{all_failures}\" errors=\"0\">\n{suites}</testsuites>\n"
    )
}

/// JSON: `{"findings": […], "summary": {"errors": N, "warnings": N}}`, each
/// finding with the `help` of its kind.
pub fn render_json(report: &Report) -> String {
    render(report, "", ReportFormat::Json, false)
}

/// Writes [`render_json`]'s document to `out`.
fn write_json(report: &Report, out: &mut impl std::io::Write) -> std::io::Result<()> {
    // The findings are serialized in parallel, each indented as an element
    // of the array, and written into the document serialized without them.
    let document = JsonReport {
        findings: [],
        summary: Summary {
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
        },
    };
    let document = serde_json::to_string_pretty(&document).expect("a summary serializes");
    let open = document.find("[]").expect("an empty array is written []") + 1;
    let (head, tail) = document.split_at(open);
    let helps = Helps::new();
    let serialize = |findings: &[Finding]| {
        // About 370 bytes a finding: the text is written once, not regrown.
        let mut chunk = Vec::with_capacity(400 * findings.len());
        for finding in findings {
            chunk.extend_from_slice(b",\n    ");
            let finding = JsonFinding::new(finding, &helps);
            let mut serializer = serde_json::Serializer::with_formatter(&mut chunk, Element);
            finding
                .serialize(&mut serializer)
                .expect("findings serialize");
        }
        chunk
    };
    out.write_all(head.as_bytes())?;
    // A few chunks at a time, each written as soon as it is made, so that
    // the memory of one batch serves the next. Each chunk starts with the
    // comma that parts it from the one before; the first has none.
    let mut first = true;
    for batch in report.findings.chunks(4 * CHUNK) {
        let chunks: Vec<Vec<u8>> = batch.par_chunks(CHUNK).map(serialize).collect();
        for chunk in &chunks {
            out.write_all(if first { &chunk[1..] } else { chunk })?;
            first = false;
        }
    }
    if !first {
        out.write_all(b"\n  ")?;
    }
    out.write_all(tail.as_bytes())?;
    out.write_all(b"\n")
}

/// How [`serde_json::ser::PrettyFormatter`] writes a finding as an element
/// of the document's array, two levels in: each key on a line of its own,
/// its indentation written at once rather than a level at a time.
struct Element;

impl Formatter for Element {
    fn begin_object_key<W: std::io::Write + ?Sized>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        writer.write_all(if first { b"\n      " } else { b",\n      " })
    }

    fn begin_object_value<W: std::io::Write + ?Sized>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object<W: std::io::Write + ?Sized>(&mut self, writer: &mut W) -> std::io::Result<()> {
        writer.write_all(b"\n    }")
    }
}

/// How many findings one task of [`write_json`] serializes.
const CHUNK: usize = 512;

/// GitHub workflow commands: `::error file=…,line=…,col=…,title=…::message`.
pub fn render_github(report: &Report, root: &str) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "::{command} file={},line={},col={},title={}::{}\n",
            escape_property(&format!("{root}/{}", finding.file)),
            finding.line,
            finding.column,
            escape_property(finding.kind.as_str()),
            escape_data(&finding.message),
        ));
    }
    out
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_finding_has_every_field_a_finding_serializes() {
        let finding = Finding {
            severity: Severity::Warning,
            kind: Kind::DoubledWord,
            locale: "vi".to_owned(),
            file: "vi/ui.ftl".to_owned(),
            line: 2,
            column: 3,
            id: Some("hello".to_owned()),
            message: "“hello” has the word “từ” twice in a row".to_owned(),
            span: Some(4..5),
        };
        let helps = Helps::new();
        let mut json = serde_json::to_value(JsonFinding::new(&finding, &helps)).unwrap();
        let help = json.as_object_mut().unwrap().remove("help").unwrap();
        assert_eq!(help, Kind::DoubledWord.help());
        for &kind in Kind::ALL {
            let help: String = serde_json::from_str(helps.of(kind).get()).unwrap();
            assert_eq!(help, kind.help());
        }
        assert_eq!(json, serde_json::to_value(&finding).unwrap());
    }

    #[test]
    fn a_json_report_is_written_as_serde_json_writes_it_whole() {
        #[derive(Serialize)]
        struct Whole<'a> {
            findings: Vec<JsonFinding<'a>>,
            summary: Summary,
        }
        let finding = |id: Option<&str>, message: &str| Finding {
            severity: Severity::Error,
            kind: Kind::MissingMessage,
            locale: "vi".to_owned(),
            file: "vi/ui.ftl".to_owned(),
            line: 1,
            column: 1,
            id: id.map(str::to_owned),
            message: message.to_owned(),
            span: None,
        };
        // More findings than one batch holds, one without an id, one with
        // characters to escape.
        let mut findings = vec![finding(None, "a \"quoted\"\tword\n")];
        findings.extend((0..5000).map(|n| finding(Some(&format!("id-{n}")), "missing")));
        for findings in [Vec::new(), findings] {
            let report = Report {
                findings,
                ..Report::default()
            };
            let helps = Helps::new();
            let whole = Whole {
                findings: report
                    .findings
                    .iter()
                    .map(|f| JsonFinding::new(f, &helps))
                    .collect(),
                summary: Summary {
                    errors: report.findings.len(),
                    warnings: 0,
                },
            };
            let expected = serde_json::to_string_pretty(&whole).unwrap() + "\n";
            assert!(
                render_json(&report) == expected,
                "{} findings",
                report.findings.len()
            );
        }
    }
}
