//! One locale against the reference, entry by entry: syntax errors,
//! duplicate ids, obsolete messages and attributes, missing attributes and
//! missing messages. Each pattern goes on to `pattern`.
//!
//! Architecture invariant: linear in the size of the locale. Every file is
//! parsed and line-indexed once (by the caller), and the first definition
//! of an id is remembered as a file and an offset, so a duplicate costs one
//! lookup, however many there are.

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap};

use super::Options;
use super::finding::{Finding, Kind, Reporter, Severity};
use super::lints;
use super::pattern::{self, LocaleContext, PatternContext};
use super::plural::plural_categories;
use super::reference::{Index, RefEntry};
use super::source::{LocaleFolder, Parsed, SourceFile};
use crate::l10n::Direction;

/// Every finding of one locale, parsed as `files`.
pub(crate) fn check_locale(
    folder: &LocaleFolder,
    files: &[SourceFile<'_>],
    reference: &Index,
    reference_files: &[SourceFile<'_>],
    options: &Options,
) -> Vec<Finding> {
    let lang = folder.name.as_str();
    let is_reference = folder.is_reference;
    let direction = folder.tag.as_ref().map_or(Direction::Ltr, Direction::of);
    let categories = plural_categories(folder.tag.as_ref());
    // Every id of this locale with its first definition, for references,
    // duplicates and missing messages, in one pass over the entries.
    let mut defined: Defined<'_> = HashMap::new();
    let mut duplicates: Vec<Vec<Duplicate<'_>>> = vec![Vec::new(); files.len()];
    for (index, file) in files.iter().enumerate() {
        for entry in file.ftl.entries() {
            match defined.entry(entry.id) {
                Entry::Occupied(first) => duplicates[index].push(Duplicate {
                    id: entry.id,
                    offset: entry.offset,
                    first: *first.get(),
                }),
                Entry::Vacant(vacant) => {
                    vacant.insert((index, entry.offset));
                }
            }
        }
    }
    let locale = LocaleContext {
        lang,
        is_reference,
        direction,
        categories: &categories,
        ids: &defined,
        reference,
        options,
    };
    let mut findings = Vec::new();
    // Entries found in the reference, duplicates included.
    let mut known = 0;
    for (file, duplicates) in files.iter().zip(&duplicates) {
        let mut reporter = Reporter::new(lang, file.name, Some(file));
        for error in file.errors() {
            reporter.add(
                Kind::SyntaxError,
                error.pos.start,
                None,
                format!("{}; this entry is skipped", error.kind),
            );
        }
        for duplicate in duplicates {
            duplicate.report(&mut reporter, files);
        }
        for parsed in file.entries() {
            known += usize::from(check_entry(&mut reporter, &locale, file, &parsed));
        }
        findings.extend(reporter.into_findings());
    }
    let known_twice = duplicates
        .iter()
        .flatten()
        .filter(|d| reference.contains_key(d.id))
        .count();
    // Only a locale that lacks some reference message is searched for it.
    if !is_reference && known - known_twice < reference.len() {
        findings.extend(missing_messages(
            lang,
            reference,
            reference_files,
            &defined,
            options,
        ));
    }
    findings
}

/// Every id of a locale with where it is first defined: the index of its
/// file and the byte offset of the id.
pub(crate) type Defined<'f> = HashMap<&'f str, (usize, usize)>;

/// A definition of an id that an earlier one already made.
#[derive(Clone, Copy)]
struct Duplicate<'f> {
    id: &'f str,
    offset: usize,
    /// The first definition: file index and offset.
    first: (usize, usize),
}

impl Duplicate<'_> {
    /// Reports this definition, pointing at the first one.
    fn report(&self, reporter: &mut Reporter<'_>, files: &[SourceFile<'_>]) {
        let (first_file, first_offset) = self.first;
        let first = &files[first_file];
        let (line, column) = first.line_column(first_offset);
        reporter.add(
            Kind::DuplicateId,
            self.offset,
            Some(self.id),
            format!(
                "“{}” is already defined at {}:{line}:{column}; Fluent keeps the first and ignores this one",
                self.id, first.name
            ),
        );
    }
}

/// One message or term of a locale: the reference's style, obsolete and
/// missing attributes, and each of its patterns.
/// Returns whether the reference has the entry.
fn check_entry(
    reporter: &mut Reporter<'_>,
    locale: &LocaleContext<'_>,
    file: &SourceFile<'_>,
    parsed: &Parsed<'_>,
) -> bool {
    let id = parsed.id;
    if locale.is_reference {
        lints::lint_reference(reporter, file.text, parsed);
    }
    let ref_entry = locale.reference.get(id);
    if ref_entry.is_none() && !locale.is_reference {
        reporter.add(
            Kind::ObsoleteMessage,
            parsed.offset,
            Some(id),
            format!(
                "“{id}” is not in the reference locale {}; remove it",
                locale.options.reference
            ),
        );
    }
    let context = PatternContext {
        locale,
        id,
        offset: parsed.offset,
    };
    if let Some(value) = parsed.value {
        let ref_value = ref_entry.and_then(|e| e.value.as_ref());
        pattern::check_pattern(reporter, &context, None, file.text, value, ref_value);
    }
    for (name, offset, value) in &parsed.attributes {
        let ref_attribute = ref_entry.and_then(|e| e.attributes.get(*name));
        if ref_entry.is_some() && ref_attribute.is_none() && !locale.is_reference {
            reporter.add(
                Kind::ObsoleteAttribute,
                *offset,
                Some(id),
                format!("attribute “.{name}” of “{id}” is not in the reference locale; remove it"),
            );
        }
        pattern::check_pattern(
            reporter,
            &context,
            Some(name),
            file.text,
            value,
            ref_attribute,
        );
    }
    if let Some(ref_entry) = ref_entry.filter(|_| !locale.is_reference) {
        missing_attributes(reporter, locale.options, parsed, ref_entry);
    }
    ref_entry.is_some()
}

/// The reference attributes an entry lacks.
fn missing_attributes(
    reporter: &mut Reporter<'_>,
    options: &Options,
    parsed: &Parsed<'_>,
    ref_entry: &RefEntry,
) {
    let id = parsed.id;
    let present: BTreeSet<&str> = parsed.attributes.iter().map(|(n, _, _)| *n).collect();
    for name in ref_entry
        .attributes
        .keys()
        .filter(|n| !present.contains(n.as_str()))
    {
        reporter.add_as(
            missing_severity(&ref_entry.file, options),
            Kind::MissingAttribute,
            parsed.offset,
            Some(id),
            format!("“{id}” lacks the attribute “.{name}” of the reference"),
        );
    }
}

/// A missing message or attribute is an error, but a warning in the files
/// the options call partial.
fn missing_severity(file: &str, options: &Options) -> Severity {
    if options.partial_files.iter().any(|p| p == file) {
        Severity::Warning
    } else {
        Kind::MissingMessage.default_severity()
    }
}

/// One finding per reference message the locale lacks, in the locale's file
/// of the same name (which may not exist yet).
fn missing_messages(
    lang: &str,
    reference: &Index,
    reference_files: &[SourceFile<'_>],
    ids: &Defined<'_>,
    options: &Options,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for ref_file in reference_files {
        let name = format!("{lang}/{}", ref_file.base);
        let mut reporter = Reporter::new(lang, &name, None);
        for (id, entry) in reference
            .iter()
            .filter(|(id, e)| e.file == ref_file.base && !ids.contains_key(id.as_str()))
        {
            reporter.add_to_file(
                missing_severity(&entry.file, options),
                Kind::MissingMessage,
                Some(id),
                format!(
                    "“{id}” is missing; translate it from {}/{}",
                    options.reference, entry.file
                ),
            );
        }
        findings.extend(reporter.into_findings());
    }
    findings
}
