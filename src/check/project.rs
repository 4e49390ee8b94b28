//! smtpkb's own rules, run when the checked tree is the project's locales:
//! every code has its prose, every id the code uses exists in the
//! reference, nothing in the reference goes unused, and every select on a
//! variable with a closed set of values has a variant for each value, in
//! every locale.
//!
//! The rules read the project's registry of message ids
//! ([`crate::messages`]) as [`Project`] hands it over; the checker itself
//! knows no project's ids.

use std::collections::BTreeMap;

use super::Options;
use super::ast::Facts;
use super::finding::{Finding, Kind, Reporter};
use super::pattern::{PatternContext, What};
use super::reference::Index;
use super::source::SourceFile;
use crate::messages::{Home, MessageId};

/// What the project's code, templates and data need from its locales.
#[derive(Debug, Clone, Default)]
pub struct Project {
    /// Every id used by the code and templates, including the prose of
    /// every code in `data/` (`code-451-name`…), with the file of the
    /// reference it belongs in.
    pub used: BTreeMap<MessageId, Home>,
    /// By message id and variable, the values the variable can take: a
    /// select on it must have a variant for each value and none for any
    /// other.
    pub selector_domains: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// By message id and variable, the messages whose texts the variable
    /// takes (a code's name, a list of phases): the rendered checks give it
    /// each of them.
    pub variable_texts: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// The project's rules over the reference locale.
pub(crate) fn check_project(
    project: &Project,
    reference_files: &[SourceFile<'_>],
    reference: &Index,
    options: &Options,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (id, home) in project
        .used
        .iter()
        .filter(|(id, _)| !reference.contains_key(id.as_str()))
    {
        let (kind, message) = match home {
            Home::CodeProse | Home::Enhanced => (
                Kind::MissingCodeText,
                format!(
                    "“{id}” is missing: every code in data/ needs its prose in the reference locale"
                ),
            ),
            Home::Interface => (
                Kind::UnknownId,
                format!(
                    "the code or templates use “{id}”, which the reference locale does not define"
                ),
            ),
        };
        let file = format!("{}/{}", options.reference, home.file());
        let mut reporter = Reporter::new(&options.reference, &file, None);
        reporter.add_to_file(kind.default_severity(), kind, Some(id.as_str()), message);
        findings.extend(reporter.into_findings());
    }
    let used: std::collections::HashSet<&str> =
        project.used.keys().map(MessageId::as_str).collect();
    for file in reference_files {
        let mut reporter = Reporter::new(&options.reference, file.name, Some(file));
        for parsed in file.entries() {
            if !parsed.id.starts_with('-') && !used.contains(parsed.id) {
                reporter.add(
                    Kind::UnusedMessage,
                    parsed.offset,
                    Some(parsed.id),
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

/// Every select of a pattern on a variable whose values the project
/// declares: a value without a variant of its own would silently read as
/// the default variant, and a variant for a value that never occurs is
/// dead text.
pub(crate) fn check_selects(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &Facts,
) {
    let Some(project) = &context.locale.options.project else {
        return;
    };
    let Some(domains) = project.selector_domains.get(context.id) else {
        return;
    };
    for select in &facts.selects {
        let Some((variable, values)) = select
            .selector
            .as_ref()
            .and_then(|v| domains.get_key_value(v))
        else {
            continue;
        };
        let missing: Vec<&str> = values
            .iter()
            .filter(|v| !select.keys.contains(v))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            reporter.add(
                Kind::MissingVariant,
                select.offset,
                Some(context.id),
                format!(
                    "{what}: the select on ${variable} has no variant for [{}], so that value would read as the default variant",
                    missing.join("], [")
                ),
            );
        }
        let unknown: Vec<&str> = select
            .keys
            .iter()
            .filter(|k| !values.contains(k))
            .map(String::as_str)
            .collect();
        if !unknown.is_empty() {
            reporter.add(
                Kind::UnknownVariant,
                select.offset,
                Some(context.id),
                format!(
                    "{what}: the select on ${variable} has a variant [{}] for a value ${variable} never takes (it takes [{}])",
                    unknown.join("], ["),
                    values.join("], [")
                ),
            );
        }
    }
}
