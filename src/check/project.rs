//! smtpkb's own rules, run when the checked tree is the project's locales:
//! every code has its prose, every id the code uses exists in the
//! reference, and nothing in the reference goes unused.

use std::collections::BTreeSet;

use super::Options;
use super::finding::{Finding, Kind, Reporter};
use super::reference::Index;
use super::source::SourceFile;

/// The message ids the project's code, templates and data need.
#[derive(Debug, Clone, Default)]
pub struct Project {
    /// Every id used by the code and templates, including the prose of
    /// every code in `data/` (`code-451-name`…).
    pub used_ids: BTreeSet<String>,
}

/// The project's rules over the reference locale.
pub(crate) fn check_project(
    project: &Project,
    reference_files: &[SourceFile<'_>],
    reference: &Index,
    options: &Options,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for id in project
        .used_ids
        .iter()
        .filter(|id| !reference.contains_key(*id))
    {
        let is_code_text = id.starts_with("code-");
        let (kind, base, message) = if is_code_text {
            (
                Kind::MissingCodeText,
                "codes.ftl",
                format!(
                    "“{id}” is missing: every code in data/ needs its prose in the reference locale"
                ),
            )
        } else {
            (
                Kind::UnknownId,
                "ui.ftl",
                format!(
                    "the code or templates use “{id}”, which the reference locale does not define"
                ),
            )
        };
        let file = format!("{}/{base}", options.reference);
        let mut reporter = Reporter::new(&options.reference, &file, None);
        reporter.add_to_file(kind.default_severity(), kind, Some(id), message);
        findings.extend(reporter.into_findings());
    }
    for file in reference_files {
        let mut reporter = Reporter::new(&options.reference, file.name, Some(file));
        for parsed in file.entries() {
            if !parsed.id.starts_with('-') && !project.used_ids.contains(&parsed.id) {
                reporter.add(
                    Kind::UnusedMessage,
                    parsed.offset,
                    Some(&parsed.id),
                    format!(
                        "“{}” is not used by the code, the templates or data/; remove it",
                        parsed.id
                    ),
                );
            }
        }
        findings.extend(reporter.into_findings());
    }
    findings
}
