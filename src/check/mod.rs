//! The translation checker behind `cargo xtask check`: every defect of every
//! locale of a `<lang>/*.ftl` tree, each with its position.
//!
//! This module sequences the work: it reads the reference (`source`) and
//! indexes it (`reference`), then reads and checks each locale in parallel
//! (`structure`, which hands each pattern to `pattern`, `plural` and
//! [`lints`]); the project's own rules are in [`project`], the kinds of
//! finding in [`finding`], and the output formats in `output`.
//!
//! Architecture invariant: bad input is data. A syntax error, a missing
//! file or a broken message is a [`Finding`]; the check goes on with the rest
//! of the file and the other locales. Only a tree that cannot be read at all
//! is a [`CheckError`]. The checker holds no project policy: which files may
//! be partial and whether the project's rules run are the caller's
//! [`Options`].

mod ast;
pub mod changed;
pub mod config;
mod cycle;
pub mod finding;
pub mod lints;
mod output;
mod pattern;
mod plural;
pub mod project;
mod reference;
mod rendered;
mod source;
mod stale;
mod structure;

use std::collections::BTreeMap;

use rayon::prelude::*;

use unic_langid::LanguageIdentifier;

use crate::assets::{AssetError, Tree};
use crate::l10n::{Pseudo, REFERENCE, origin};

pub use finding::{Finding, Kind, Severity};
pub use output::{
    ReportFormat, counted, render, render_github, render_json, render_junit, render_sarif,
    render_text, write_report,
};
pub use project::Project;
pub use source::ALLOWLIST;

pub(crate) use reference::{Counted, Ordered, count_reference, index_reference};
pub(crate) use source::{LocaleText, read_locales, read_reference, reference_of, select_locales};

/// Everything a check found, and the sources needed to show it.
#[derive(Debug, Default)]
pub struct Report {
    /// The findings, sorted by locale, file, line, column and kind.
    pub findings: Vec<Finding>,
    /// The text of every file read, by the name findings use.
    pub sources: BTreeMap<String, String>,
    /// The locales checked, by folder name, sorted.
    pub locales: Vec<String>,
    /// The reference's folder.
    pub reference: String,
}

impl Report {
    /// The number of findings of one severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The number of errors of each locale that has any, by folder name.
    pub fn errors_by_locale(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for finding in self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
        {
            *counts.entry(finding.locale.clone()).or_default() += 1;
        }
        counts
    }
}

/// A tree that could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The tree or a file in it could not be read.
    #[error(transparent)]
    Read(#[from] AssetError),
    /// The reference locale is not in the tree.
    #[error("{path}: no reference locale “{reference}” (expected a folder {path}/{reference})")]
    NoReference {
        /// The locales tree, as [`Tree::display_path`] names it.
        path: String,
        /// The reference locale.
        reference: LanguageIdentifier,
    },
    /// A locale asked for is not in the tree.
    #[error("{path}: no locale “{locale}”")]
    NoLocale {
        /// The locales tree, as [`Tree::display_path`] names it.
        path: String,
        /// The locale.
        locale: LanguageIdentifier,
    },
    /// A pseudo-locale is asked for where the tree has a locale of its tag.
    #[error("{path}: the tree has a locale {tag}, so the pseudo-locale {tag} cannot be made")]
    PseudoTaken {
        /// The locale's folder, as [`Tree::display_path`] names it.
        path: String,
        /// The tag.
        tag: LanguageIdentifier,
    },
}

/// What to check and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The reference locale, complete by definition. Like each of
    /// `locales`, it selects the folder named with the same tag, whatever
    /// its spelling, else the closest one (see [`crate::l10n::best_match`]).
    pub reference: LanguageIdentifier,
    /// Only these locales (the reference is always read); empty for all.
    pub locales: Vec<LanguageIdentifier>,
    /// Files whose messages may be missing: there a missing message is a
    /// warning, not an error.
    pub partial_files: Vec<String>,
    /// Words a translation may keep from the reference (product names,
    /// acronyms) without being reported as untranslated, besides those of
    /// the tree's [`ALLOWLIST`].
    pub allow_untranslated: Vec<String>,
    /// Prefixes of ids that a locale may define although the reference
    /// does not: grammatical forms only some languages have.
    pub locale_only: Vec<String>,
    /// The project's own checks, when checking the project's locales.
    pub project: Option<Project>,
    /// Words a locale, by folder name, may keep from the reference,
    /// besides `allow_untranslated` and its glossary.
    pub allow_untranslated_in: BTreeMap<String, Vec<String>>,
    /// Paths not reported on and severities of kinds, from a settings
    /// file ([`config`]).
    pub overrides: config::Overrides,
    /// Pseudo-locales to make from the reference and check with the
    /// locales.
    pub pseudo: Vec<Pseudo>,
}

impl Default for Options {
    /// Every locale against `en`, no partial files, no project rules.
    fn default() -> Options {
        Options {
            reference: REFERENCE,
            locales: Vec::new(),
            partial_files: Vec::new(),
            allow_untranslated: Vec::new(),
            locale_only: Vec::new(),
            project: None,
            allow_untranslated_in: BTreeMap::new(),
            overrides: config::Overrides::default(),
            pseudo: Vec::new(),
        }
    }
}

/// What one task of [`check`] checks.
enum Work<'a> {
    /// The reference, read and parsed before the tasks start.
    Reference,
    /// A locale folder, read and parsed in its task.
    Folder(&'a source::LocaleFolder),
    /// A pseudo-locale, made from the reference.
    Pseudo(LocaleText),
}

/// What one task of [`check`] gives: the locale's findings, sorted, and
/// the text of its files by name.
struct Checked {
    /// The locale's folder name, which each of its findings gives.
    locale: String,
    findings: Vec<Finding>,
    sources: Vec<(String, String)>,
}

/// Checks every locale of a locales tree (a directory or the embedded
/// copy) laid out `<lang>/*.ftl`.
pub fn check(tree: &Tree, options: &Options) -> Result<Report, CheckError> {
    let mut locales = select_locales(tree, &options.reference, &options.locales)?;
    let mut options = options.clone();
    options
        .allow_untranslated
        .extend(source::read_allowlist(tree)?);
    let options = &options;
    let reference_text = source::read_locale(
        tree,
        locales
            .iter()
            .find(|folder| folder.is_reference)
            .expect("a selection holds the reference"),
    )?;
    let pseudo = source::pseudo_locales(tree, &reference_text, &options.pseudo)?;
    let pseudo_folders: Vec<source::LocaleFolder> =
        pseudo.iter().map(|locale| locale.folder.clone()).collect();
    let reference_files = reference_text.parse();
    let reference = index_reference(&reference_files);
    let english = origin::english(reference_files.iter().map(|f| f.ftl));
    let work: Vec<Work<'_>> = locales
        .iter()
        .map(|folder| {
            if folder.is_reference {
                Work::Reference
            } else {
                Work::Folder(folder)
            }
        })
        .chain(pseudo.into_iter().map(Work::Pseudo))
        .collect();
    // Each locale is read, parsed, checked and dropped in its own task, so
    // that only the locales being checked are in memory; the reference,
    // parsed above, serves every task.
    let checked: Vec<Checked> = work
        .into_par_iter()
        .map(|work| {
            let read;
            let locale = match &work {
                Work::Reference => &reference_text,
                Work::Folder(folder) => {
                    read = source::read_locale(tree, folder)?;
                    &read
                }
                Work::Pseudo(text) => text,
            };
            let mut glossary = source::read_glossary(tree, &locale.folder);
            if let Some(words) = options.allow_untranslated_in.get(&locale.folder.name) {
                glossary.extend(words.iter().cloned());
            }
            let own_files;
            let files = if locale.folder.is_reference {
                &reference_files
            } else {
                own_files = locale.parse();
                &own_files
            };
            let mut findings = structure::check_locale(
                &locale.folder,
                files,
                &reference,
                &reference_files,
                options,
                &glossary,
            );
            if !locale.folder.is_reference && locale.folder.pseudo.is_none() {
                findings.extend(stale::check_stale(tree, &locale.folder, files, &english));
            }
            findings.extend(rendered::check_rendered(
                &locale.folder.name,
                locale.folder.grammar.as_ref(),
                files,
                options.project.as_ref().map(|p| &p.variable_texts),
            ));
            let mut findings = applied(findings, options);
            sort_locale(&mut findings);
            let sources = locale
                .files
                .iter()
                .map(|f| (f.name.clone(), f.ftl.written().to_owned()))
                .collect();
            Ok(Checked {
                locale: locale.folder.name.clone(),
                findings,
                sources,
            })
        })
        .collect::<Result<_, CheckError>>()?;
    // Each locale's findings are its own, sorted: in the order of the
    // locales' names (pseudo-locales come last as made), they are all in
    // order.
    let mut checked = checked;
    checked.sort_by(|a, b| a.locale.cmp(&b.locale));
    let mut findings = Vec::with_capacity(checked.iter().map(|c| c.findings.len()).sum());
    let mut sources = BTreeMap::new();
    for locale in checked {
        findings.extend(locale.findings);
        sources.extend(locale.sources);
    }
    let mut others = Vec::new();
    for (name, reason) in source::misnamed_folders(tree)? {
        let mut reporter = finding::Reporter::new(&name, &name, None);
        reporter.add(
            Kind::LocaleFolder,
            0,
            None,
            format!("the locale folder “{name}” is not named with its language tag: {reason}; smtpkb cannot load the tree until it is renamed"),
        );
        others.extend(reporter.into_findings());
    }
    if let Some(project) = &options.project {
        others.extend(project::check_project(
            project,
            &reference_files,
            &reference,
            options,
        ));
    }
    if !others.is_empty() {
        findings.extend(applied(others, options));
        sort(&mut findings);
    }
    debug_assert!(findings.is_sorted_by(|a, b| order(a, b).is_le()));
    // A record that cannot be read is shown like a Fluent file.
    for finding in &findings {
        if finding.kind == Kind::RecordSyntax
            && !sources.contains_key(&finding.file)
            && let Ok(text) = tree.read(&finding.file)
        {
            sources.insert(finding.file.clone(), text);
        }
    }
    let reference = reference_text.folder.name.clone();
    locales.extend(pseudo_folders);
    Ok(Report {
        findings,
        sources,
        locales: {
            let mut names: Vec<String> = locales.into_iter().map(|folder| folder.name).collect();
            names.sort();
            names
        },
        reference,
    })
}

/// The findings the settings keep, with the severities they give.
fn applied(findings: Vec<Finding>, options: &Options) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|finding| options.overrides.apply(finding))
        .collect()
}

/// The order of findings: by locale, file, line, column, kind and message.
fn order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (&a.locale, &a.file, a.line, a.column, a.kind, &a.message)
        .cmp(&(&b.locale, &b.file, b.line, b.column, b.kind, &b.message))
}

/// Sorts findings in [`order`], once each.
fn sort(findings: &mut Vec<Finding>) {
    findings.sort_by(order);
    findings.dedup();
}

/// Sorts the findings of one locale in [`order`], once each: their locale
/// is the same, and is not compared. Findings the order puts level are
/// kept in an order that depends only on the order they were made in.
fn sort_locale(findings: &mut Vec<Finding>) {
    findings.sort_unstable_by(|a, b| {
        (&a.file, a.line, a.column, a.kind, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.kind, &b.message))
    });
    findings.dedup();
}
