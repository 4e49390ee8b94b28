//! The three forms of a check report: text with source snippets (as rustc
//! prints them), JSON, and GitHub workflow annotations.

use serde::Serialize;

use super::{Finding, Report, Severity};
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
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
}

/// A finding with its kind's help text.
#[derive(Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    help: &'static str,
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
}

/// A report in `format`; paths start with `root`, and text is coloured
/// when `color`.
pub fn render(report: &Report, root: &str, format: ReportFormat, color: bool) -> String {
    match format {
        ReportFormat::Text => render_text(report, root, color),
        ReportFormat::Json => render_json(report),
        ReportFormat::Github => render_github(report, root),
    }
}

/// JSON: `{"findings": […], "summary": {"errors": N, "warnings": N}}`, each
/// finding with the `help` of its kind.
pub fn render_json(report: &Report) -> String {
    let json = JsonReport {
        findings: report
            .findings
            .iter()
            .map(|finding| JsonFinding {
                finding,
                help: finding.kind.help(),
            })
            .collect(),
        summary: Summary {
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
        },
    };
    serde_json::to_string_pretty(&json).expect("findings serialize") + "\n"
}

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
