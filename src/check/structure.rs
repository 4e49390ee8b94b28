//! One locale against the reference, entry by entry: syntax errors,
//! duplicate ids, obsolete messages and attributes, missing attributes and
//! missing messages. Each pattern goes on to `pattern`.
//!
//! Architecture invariant: linear in the size of the locale. Every file is
//! parsed and line-indexed once (by the caller), and the first definition
//! of an id is remembered as a file and an offset, so a duplicate costs one
//! lookup, however many there are.

use std::collections::{BTreeSet, HashMap};

use super::Options;
use super::ast::Reference;
use super::cycle::Patterns;
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
    glossary: &[String],
) -> Vec<Finding> {
    let lang = folder.name.as_str();
    let is_reference = folder.is_reference;
    let direction = folder.tag.as_ref().map_or(Direction::Ltr, Direction::of);
    let categories = plural_categories(folder.grammar.as_ref());
    // Every id of this locale with its first definition, for references,
    // duplicates and missing messages, in one pass over the entries.
    let entries: Vec<Vec<Parsed<'_>>> = files.iter().map(|f| f.entries()).collect();
    let (defined, positions, duplicates) = Defined::of(&entries, reference);
    let locale = LocaleContext {
        lang,
        is_reference,
        direction,
        categories: &categories,
        ids: &defined,
        reference,
        options,
        glossary,
    };
    let mut findings = Vec::new();
    let mut patterns = Patterns::default();
    for (index, file) in files.iter().enumerate() {
        let mut reporter = Reporter::new(lang, file.name, Some(file));
        for error in file.errors() {
            reporter.add(
                Kind::SyntaxError,
                error.offset,
                None,
                match error.skips_entry {
                    true => format!("{}; this entry is skipped", error.message),
                    false => error.message.clone(),
                },
            );
        }
        for duplicate in &duplicates[index] {
            duplicate.report(&mut reporter, files);
        }
        for (parsed, position) in entries[index].iter().zip(&positions[index]) {
            let ref_entry = position.map(|p| reference.at(p));
            check_entry(
                &mut reporter,
                &locale,
                file,
                parsed,
                ref_entry,
                |attribute, refs| patterns.add(index, parsed.id, attribute, refs),
            );
        }
        findings.extend(reporter.into_findings());
    }
    for cycle in patterns.cycles() {
        let file = &files[cycle.file];
        let mut reporter = Reporter::new(lang, file.name, Some(file));
        reporter.add(
            Kind::CyclicReference,
            cycle.offset,
            Some(cycle.id),
            format!(
                "“{}” refers back to itself ({}); no message that uses it can be shown",
                cycle.path[0],
                cycle.path.join(" → ")
            ),
        );
        findings.extend(reporter.into_findings());
    }
    if !is_reference {
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

/// Every id of a locale with where it is first defined (the index of its
/// file and the byte offset of the id): ids of the reference by their
/// position in it, so that walking a locale in the reference's order stays
/// in order in memory, and the others by id.
pub(crate) struct Defined<'f> {
    in_reference: Vec<Option<(usize, usize)>>,
    others: HashMap<&'f str, Option<(usize, usize)>>,
}

/// The position in the reference of each entry of each file, if it has one.
type Positions = Vec<Vec<Option<usize>>>;

impl<'f> Defined<'f> {
    /// The ids of a locale's entries (by file), the reference position of
    /// each entry, and the entries that define an id a second time.
    fn of(
        entries: &[Vec<Parsed<'f>>],
        reference: &Index,
    ) -> (Defined<'f>, Positions, Vec<Vec<Duplicate<'f>>>) {
        let mut defined = Defined {
            in_reference: vec![None; reference.len()],
            others: HashMap::new(),
        };
        let mut positions = Vec::with_capacity(entries.len());
        let mut duplicates = Vec::with_capacity(entries.len());
        let mut next = 0;
        for (index, file) in entries.iter().enumerate() {
            let mut file_positions = Vec::with_capacity(file.len());
            let mut file_duplicates = Vec::new();
            for parsed in file {
                let position = reference.find_from(parsed.id, &mut next);
                let slot = match position {
                    Some(p) => &mut defined.in_reference[p],
                    None => defined.others.entry(parsed.id).or_insert(None),
                };
                match slot {
                    Some(first) => file_duplicates.push(Duplicate {
                        id: parsed.id,
                        offset: parsed.offset,
                        first: *first,
                    }),
                    None => *slot = Some((index, parsed.offset)),
                }
                file_positions.push(position);
            }
            positions.push(file_positions);
            duplicates.push(file_duplicates);
        }
        (defined, positions, duplicates)
    }

    /// Whether the locale defines an id.
    pub(crate) fn contains(&self, reference: &Index, id: &str) -> bool {
        match reference.position(id) {
            Some(p) => self.in_reference[p].is_some(),
            None => self.others.get(id).is_some_and(Option::is_some),
        }
    }

    /// Whether the locale defines the reference entry at a position.
    fn has(&self, position: usize) -> bool {
        self.in_reference[position].is_some()
    }
}

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
/// missing attributes, and each of its patterns, whose references go to
/// `references` with the attribute (`None` for the value).
/// `ref_entry` is the same entry in the reference, if it has it.
/// A term's attributes (`.gender`) are the locale's own grammar, so they
/// are compared with no reference: a translation adds or leaves out its own.
fn check_entry(
    reporter: &mut Reporter<'_>,
    locale: &LocaleContext<'_>,
    file: &SourceFile<'_>,
    parsed: &Parsed<'_>,
    ref_entry: Option<&RefEntry>,
    mut references: impl FnMut(Option<&str>, Vec<Reference>),
) {
    let id = parsed.id;
    if locale.is_reference {
        lints::lint_reference(reporter, file.text, parsed);
    }
    let locale_only = locale
        .options
        .locale_only
        .iter()
        .any(|prefix| id.starts_with(prefix.as_str()));
    if ref_entry.is_none() && !locale.is_reference && !locale_only {
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
        references(
            None,
            pattern::check_pattern(reporter, &context, None, file.text, value, ref_value),
        );
    }
    let term = id.starts_with('-');
    for (name, offset, value) in &parsed.attributes {
        let ref_attribute = ref_entry
            .filter(|_| !term)
            .and_then(|e| e.attributes.get(*name));
        if ref_entry.is_some() && ref_attribute.is_none() && !locale.is_reference && !term {
            reporter.add(
                Kind::ObsoleteAttribute,
                *offset,
                Some(id),
                format!("attribute “.{name}” of “{id}” is not in the reference locale; remove it"),
            );
        }
        references(
            Some(name),
            pattern::check_pattern(
                reporter,
                &context,
                Some(name),
                file.text,
                value,
                ref_attribute,
            ),
        );
    }
    if let Some(ref_entry) = ref_entry.filter(|_| !locale.is_reference && !term) {
        missing_attributes(reporter, locale.options, parsed, ref_entry);
    }
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
    let missing: Vec<(&String, &RefEntry)> = reference
        .iter()
        .enumerate()
        .filter(|(position, _)| !ids.has(*position))
        .map(|(_, entry)| entry)
        .collect();
    if missing.is_empty() {
        return findings;
    }
    for ref_file in reference_files {
        let name = format!("{lang}/{}", ref_file.base);
        let from = format!("{}/{}", options.reference, ref_file.base);
        let severity = missing_severity(ref_file.base, options);
        let mut reporter = Reporter::new(lang, &name, None);
        for &(id, _) in missing.iter().filter(|(_, e)| e.file == ref_file.base) {
            reporter.add_to_file(
                severity,
                Kind::MissingMessage,
                Some(id),
                format!("“{id}” is missing; translate it from {from}"),
            );
        }
        findings.extend(reporter.into_findings());
    }
    findings
}
