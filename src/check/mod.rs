//! The translation checker behind `cargo xtask check`: every defect of every
//! locale of a `DIR/<lang>/*.ftl` tree, each with its position.
//!
//! Architecture invariant: bad input is data. A syntax error, a missing
//! file or a broken message is a [`Finding`]; the check goes on with the rest
//! of the file and the other locales. Only a tree that cannot be read at all
//! is a [`CheckError`].

mod ast;
mod output;
pub mod scaffold;
pub mod stats;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Pattern};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use rayon::prelude::*;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::LineIndex;
use crate::l10n::Direction;

pub use output::{render_github, render_json, render_text};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails the check.
    Error,
    /// Reported; fails only with `--deny-warnings`.
    Warning,
}

macro_rules! kinds {
    ($($(#[$meta:meta])* $variant:ident = $text:literal,)+) => {
        /// What is wrong.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Kind {
            $($(#[$meta])* #[serde(rename = $text)] $variant,)+
        }

        impl Kind {
            /// Every kind.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),+];

            /// The kind as printed: `missing-message`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $text,)+
                }
            }
        }
    };
}

kinds! {
    /// The Fluent parser could not read an entry.
    SyntaxError = "syntax-error",
    /// A reference message is missing from the locale.
    MissingMessage = "missing-message",
    /// A reference attribute is missing from a message.
    MissingAttribute = "missing-attribute",
    /// A message that the reference no longer has.
    ObsoleteMessage = "obsolete-message",
    /// An attribute that the reference message no longer has.
    ObsoleteAttribute = "obsolete-attribute",
    /// A message or term defined twice in one locale.
    DuplicateId = "duplicate-id",
    /// A variable that the reference message never uses.
    UnknownVariable = "unknown-variable",
    /// A reference variable that the translation drops.
    UnusedVariable = "unused-variable",
    /// A reference to a message or term that does not exist.
    UnknownReference = "unknown-reference",
    /// A reference of the reference message that the translation drops.
    MissingReference = "missing-reference",
    /// A reference to an existing message or term that the reference
    /// message does not make.
    ObsoleteReference = "obsolete-reference",
    /// A plural select that misses or invents a CLDR category.
    PluralCategories = "plural-categories",
    /// A message whose value is empty.
    EmptyValue = "empty-value",
    /// A translation identical to the reference.
    Untranslated = "untranslated",
    /// The same word twice in a row.
    DoubledWord = "doubled-word",
    /// Leading or trailing whitespace that differs from the reference.
    Whitespace = "whitespace",
    /// HTML-like tags that differ from the reference.
    MarkupMismatch = "markup-mismatch",
    /// A bidi control or invisible character written literally.
    BidiControl = "bidi-control",
    /// A code in `data/` without its prose in the reference locale.
    MissingCodeText = "missing-code-text",
    /// A message id the code uses that the reference does not define.
    UnknownId = "unknown-id",
    /// A reference message that nothing uses.
    UnusedMessage = "unused-message",
    /// A reference id that does not follow the naming convention.
    IdConvention = "id-convention",
    /// Three dots where an ellipsis character belongs.
    Ellipsis = "ellipsis",
    /// A straight quote where a typographic one belongs.
    StraightQuote = "straight-quote",
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One defect at one position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub kind: Kind,
    /// The locale, such as `vi`.
    pub locale: String,
    /// The file, relative to the locales directory: `vi/ui.ftl`.
    pub file: String,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// The message or term id, where the finding is about one.
    pub id: Option<String>,
    /// What is wrong and, where it helps, how to fix it.
    pub message: String,
    /// The byte range the finding points at, for snippets; `None` for a
    /// finding about a whole file or about something absent.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
}

/// Everything a check found, and the sources needed to show it.
#[derive(Debug, Default)]
pub struct Report {
    /// The findings, sorted by locale, file, line, column and kind.
    pub findings: Vec<Finding>,
    /// The text of every file read, by the name findings use.
    pub sources: BTreeMap<String, String>,
    /// The locales checked, sorted.
    pub locales: Vec<String>,
}

impl Report {
    /// The number of findings of one severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// A tree that could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The directory or a file in it could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// What could not be read.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The reference locale is not in the tree.
    #[error("{path}: no reference locale “{reference}” (expected a folder {path}/{reference})")]
    NoReference {
        /// The locales directory.
        path: PathBuf,
        /// The reference locale.
        reference: String,
    },
    /// A locale asked for with `--lang` is not in the tree.
    #[error("{path}: no locale “{locale}”")]
    NoLocale {
        /// The locales directory.
        path: PathBuf,
        /// The locale.
        locale: String,
    },
}

/// What to check and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The reference locale, complete by definition.
    pub reference: String,
    /// Only these locales (the reference is always read); empty for all.
    pub locales: Vec<String>,
    /// Files whose messages may be missing: there a missing message is a
    /// warning, not an error.
    pub partial_files: Vec<String>,
    /// Words a translation may keep from the reference (product names,
    /// acronyms) without being reported as untranslated.
    pub allow_untranslated: Vec<String>,
    /// The project's own checks, when checking the project's locales.
    pub project: Option<Project>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            reference: "en".to_owned(),
            locales: Vec::new(),
            partial_files: vec!["codes.ftl".to_owned()],
            allow_untranslated: Vec::new(),
            project: None,
        }
    }
}

/// The message ids the project's code, templates and data need.
#[derive(Debug, Clone, Default)]
pub struct Project {
    /// Every id used by the code and templates, including the prose of
    /// every code in `data/` (`code-451-name`…).
    pub used_ids: BTreeSet<String>,
}

/// One parsed file of one locale.
struct SourceFile {
    /// `vi/ui.ftl`.
    name: String,
    /// `ui.ftl`.
    base: String,
    text: String,
}

/// A message or term of the reference, reduced to what translations are
/// compared against.
#[derive(Debug, Default)]
struct RefEntry {
    file: String,
    value: Option<RefPattern>,
    attributes: BTreeMap<String, RefPattern>,
    /// Words a translator reads in the value and attributes.
    words: usize,
}

#[derive(Debug, Default)]
struct RefPattern {
    variables: BTreeSet<String>,
    /// The text as a reader sees it, placeables as U+FFFC, to tell an
    /// untranslated copy.
    text: String,
    edge: String,
    tags: Vec<String>,
    plural_selectors: BTreeSet<String>,
    references: BTreeSet<String>,
    words: usize,
}

/// Words in a text: runs of letters or digits.
fn count_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// The file beside the locale folders that lists words a translation may
/// keep from the reference, one per line (`#` starts a comment).
pub const ALLOWLIST: &str = "untranslated-allowlist.txt";

/// Checks every locale of a tree laid out `dir/<lang>/*.ftl`.
pub fn check(dir: &Path, options: &Options) -> Result<Report, CheckError> {
    let mut locales = locale_folders(dir)?;
    let mut options = options.clone();
    options.allow_untranslated.extend(read_allowlist(dir)?);
    let options = &options;
    if !locales.contains(&options.reference) {
        return Err(CheckError::NoReference {
            path: dir.to_owned(),
            reference: options.reference.clone(),
        });
    }
    for wanted in &options.locales {
        if !locales.contains(wanted) {
            return Err(CheckError::NoLocale {
                path: dir.to_owned(),
                locale: wanted.clone(),
            });
        }
    }
    if !options.locales.is_empty() {
        locales.retain(|l| options.locales.contains(l) || *l == options.reference);
    }
    let files: Vec<(String, Vec<SourceFile>)> = locales
        .par_iter()
        .map(|lang| Ok((lang.clone(), read_locale(dir, lang)?)))
        .collect::<Result<_, CheckError>>()?;
    let reference_files = &files
        .iter()
        .find(|(l, _)| *l == options.reference)
        .expect("checked above")
        .1;
    let reference = index_reference(reference_files);
    let mut findings: Vec<Finding> = files
        .par_iter()
        .flat_map(|(lang, sources)| {
            check_locale(lang, sources, &reference, reference_files, options)
        })
        .collect();
    if let Some(project) = &options.project {
        findings.extend(check_project(project, reference_files, &reference, options));
    }
    findings.sort_by(|a, b| {
        (&a.locale, &a.file, a.line, a.column, a.kind, &a.message)
            .cmp(&(&b.locale, &b.file, b.line, b.column, b.kind, &b.message))
    });
    findings.dedup();
    let sources = files
        .into_iter()
        .flat_map(|(_, sources)| sources.into_iter().map(|s| (s.name, s.text)))
        .collect();
    Ok(Report {
        findings,
        sources,
        locales,
    })
}

/// The words of the tree's allow-list, if it has one.
fn read_allowlist(dir: &Path) -> Result<Vec<String>, CheckError> {
    let path = dir.join(ALLOWLIST);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(text
            .lines()
            .map(|line| line.split('#').next().unwrap_or_default().trim())
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(source) => Err(CheckError::Io { path, source }),
    }
}

/// The locale folders of a tree, sorted; hidden folders are skipped.
fn locale_folders(dir: &Path) -> Result<Vec<String>, CheckError> {
    let io = |source| CheckError::Io {
        path: dir.to_owned(),
        source,
    };
    let mut locales = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        if !entry.file_type().map_err(io)?.is_dir() {
            continue;
        }
        if let Ok(name) = entry.file_name().into_string()
            && !name.starts_with('.')
        {
            locales.push(name);
        }
    }
    locales.sort();
    Ok(locales)
}

/// The `.ftl` files of one locale, sorted by name.
fn read_locale(dir: &Path, lang: &str) -> Result<Vec<SourceFile>, CheckError> {
    let folder = dir.join(lang);
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| CheckError::Io { path, source }
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&folder).map_err(io(&folder))? {
        let entry = entry.map_err(io(&folder))?;
        let path = entry.path();
        let Ok(base) = entry.file_name().into_string() else {
            continue;
        };
        if !base.ends_with(".ftl") || !path.is_file() {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(io(&path))?;
        // Invalid UTF-8 is shown replaced rather than refused, so that the
        // rest of the file is still checked.
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        files.push(SourceFile {
            name: format!("{lang}/{base}"),
            base,
            text,
        });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// A message or term of one locale, as parsed.
struct Parsed<'s> {
    id: String,
    offset: usize,
    value: Option<&'s Pattern<&'s str>>,
    attributes: Vec<(&'s str, usize, &'s Pattern<&'s str>)>,
}

fn entries<'s>(
    resource: &'s fluent_syntax::ast::Resource<&'s str>,
    source: &'s str,
) -> Vec<Parsed<'s>> {
    resource
        .body
        .iter()
        .filter_map(|entry| {
            let (id, name, value, attributes) = match entry {
                Entry::Message(m) => (
                    m.id.name.to_owned(),
                    m.id.name,
                    m.value.as_ref(),
                    &m.attributes,
                ),
                Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    t.id.name,
                    Some(&t.value),
                    &t.attributes,
                ),
                _ => return None,
            };
            let offset = ast::offset_in(source, name).unwrap_or(0);
            let offset = if id.starts_with('-') {
                offset.saturating_sub(1)
            } else {
                offset
            };
            Some(Parsed {
                id,
                offset,
                value,
                attributes: attributes
                    .iter()
                    .map(|a| {
                        (
                            a.id.name,
                            ast::offset_in(source, a.id.name).unwrap_or(offset),
                            &a.value,
                        )
                    })
                    .collect(),
            })
        })
        .collect()
}

fn ref_pattern(source: &str, pattern: &Pattern<&str>) -> RefPattern {
    let facts = ast::facts(source, pattern);
    let text = facts.text();
    RefPattern {
        words: count_words(&text),
        references: facts.references.iter().map(|r| r.id.clone()).collect(),
        variables: facts.variables.keys().cloned().collect(),
        text: text.clone(),
        edge: ast::edge_text(pattern),
        tags: ast::tags(&text),
        plural_selectors: facts
            .selects
            .iter()
            .filter(|s| s.keys.iter().any(|k| is_plural_key(k) && k != "other"))
            .filter_map(|s| s.selector.clone())
            .collect(),
    }
}

/// The reference's messages and terms by id.
type Index = HashMap<String, RefEntry>;

fn index_reference(files: &[SourceFile]) -> Index {
    let mut index = HashMap::new();
    for file in files {
        let resource = parse(&file.text);
        for parsed in entries(&resource, &file.text) {
            index.entry(parsed.id).or_insert_with(|| {
                let value = parsed.value.map(|p| ref_pattern(&file.text, p));
                let attributes: BTreeMap<String, RefPattern> = parsed
                    .attributes
                    .iter()
                    .map(|(name, _, p)| (name.to_string(), ref_pattern(&file.text, p)))
                    .collect();
                let words = value
                    .iter()
                    .chain(attributes.values())
                    .map(|p| p.words)
                    .sum();
                RefEntry {
                    file: file.base.clone(),
                    value,
                    attributes,
                    words,
                }
            });
        }
    }
    index
}

fn parse(text: &str) -> fluent_syntax::ast::Resource<&str> {
    fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, _)| resource)
}

fn is_plural_key(key: &str) -> bool {
    matches!(key, "zero" | "one" | "two" | "few" | "many" | "other")
}

/// The CLDR cardinal plural categories of a locale; `other` alone when CLDR
/// does not know it.
fn plural_categories(lang: &str) -> BTreeSet<&'static str> {
    let Ok(langid) = lang.parse::<LanguageIdentifier>() else {
        return BTreeSet::from(["other"]);
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return BTreeSet::from(["other"]);
    };
    let mut categories = BTreeSet::new();
    // Integers only, as compare-locales counts them: categories that only
    // fractions reach (Czech “many”) are not required of a count.
    let samples = (0..=1000u32).map(|n| n.to_string());
    for sample in samples {
        if let Ok(category) = rules.select(sample.as_str()) {
            categories.insert(match category {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    categories
}

/// Words that may legitimately be written twice in a row, per language.
fn allowed_doubles(lang: &str) -> &'static [&'static str] {
    match lang.split('-').next().unwrap_or_default() {
        "en" => &["that", "had"],
        "de" => &["die", "der", "das", "sie"],
        "nl" => &["dat"],
        "fr" => &["nous", "vous"],
        "vi" => &["từ", "thường", "dần", "lần", "nhiều", "luôn"],
        _ => &[],
    }
}

/// Builds findings for one file of one locale.
struct Reporter<'a> {
    locale: &'a str,
    file: &'a str,
    source: &'a str,
    lines: LineIndex,
    findings: Vec<Finding>,
}

impl Reporter<'_> {
    /// A finding at a byte offset of the file.
    fn add(
        &mut self,
        severity: Severity,
        kind: Kind,
        offset: usize,
        id: Option<&str>,
        message: String,
    ) {
        let offset = offset.min(self.source.len());
        let (line, column) = self.lines.line_column(self.source, offset);
        // One character wide, or zero wide at the end of a line so that the
        // caret stays on the line it names.
        let end = match self.source[offset..].chars().next() {
            Some('\n' | '\r') | None => offset,
            Some(c) => offset + c.len_utf8(),
        };
        self.push(severity, kind, line, column, id, message, Some(offset..end));
    }

    /// A finding about something absent from the file, such as a missing
    /// message: it has no position of its own, so it points at the file.
    fn add_to_file(&mut self, severity: Severity, kind: Kind, id: Option<&str>, message: String) {
        self.push(severity, kind, 1, 1, id, message, None);
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        severity: Severity,
        kind: Kind,
        line: usize,
        column: usize,
        id: Option<&str>,
        message: String,
        span: Option<Range<usize>>,
    ) {
        self.findings.push(Finding {
            severity,
            kind,
            locale: self.locale.to_owned(),
            file: self.file.to_owned(),
            line,
            column,
            id: id.map(str::to_owned),
            message,
            span,
        });
    }
}

fn check_locale(
    lang: &str,
    files: &[SourceFile],
    reference: &Index,
    reference_files: &[SourceFile],
    options: &Options,
) -> Vec<Finding> {
    let is_reference = lang == options.reference;
    let direction = lang
        .parse::<LanguageIdentifier>()
        .map_or(Direction::Ltr, |l| Direction::of(&l));
    let categories = plural_categories(lang);
    let mut findings = Vec::new();
    // Where each id was first defined: (file, byte offset).
    let mut defined: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let parsed_files: Vec<_> = files
        .iter()
        .map(|f| (f, fluent_syntax::parser::parse(f.text.as_str())))
        .collect();
    // Every id of this locale, for references and missing messages.
    let mut ids: HashSet<String> = HashSet::new();
    for (file, result) in &parsed_files {
        let resource = match result {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        ids.extend(entries(resource, &file.text).into_iter().map(|p| p.id));
    }
    for (file, result) in &parsed_files {
        let mut reporter = Reporter {
            locale: lang,
            file: &file.name,
            source: &file.text,
            lines: LineIndex::new(&file.text),
            findings: Vec::new(),
        };
        let resource = match result {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    reporter.add(
                        Severity::Error,
                        Kind::SyntaxError,
                        error.pos.start,
                        None,
                        syntax_message(error),
                    );
                }
                resource
            }
        };
        for parsed in entries(resource, &file.text) {
            let id = parsed.id.as_str();
            if let Some((first_file, first_offset)) = defined.get(id) {
                let first_text = &files
                    .iter()
                    .find(|f| &f.name == first_file)
                    .expect("a file of this locale")
                    .text;
                let (line, column) =
                    LineIndex::new(first_text).line_column(first_text, *first_offset);
                reporter.add(
                    Severity::Error,
                    Kind::DuplicateId,
                    parsed.offset,
                    Some(id),
                    format!("“{id}” is already defined at {first_file}:{line}:{column}; Fluent keeps the first and ignores this one"),
                );
            } else {
                defined.insert(id.to_owned(), (file.name.clone(), parsed.offset));
            }
            if is_reference {
                lint_reference(&mut reporter, &parsed);
            }
            let ref_entry = reference.get(id);
            if ref_entry.is_none() && !is_reference {
                reporter.add(
                    Severity::Warning,
                    Kind::ObsoleteMessage,
                    parsed.offset,
                    Some(id),
                    format!(
                        "“{id}” is not in the reference locale {}; remove it",
                        options.reference
                    ),
                );
            }
            let context = PatternContext {
                lang,
                id,
                offset: parsed.offset,
                is_reference,
                direction,
                categories: &categories,
                ids: &ids,
                reference_ids: reference,
                options,
            };
            if let Some(value) = parsed.value {
                check_pattern(
                    &mut reporter,
                    &context,
                    None,
                    &file.text,
                    value,
                    ref_entry.and_then(|e| e.value.as_ref()),
                );
            }
            for (name, offset, pattern) in &parsed.attributes {
                let ref_attribute = ref_entry.and_then(|e| e.attributes.get(*name));
                if ref_entry.is_some() && ref_attribute.is_none() && !is_reference {
                    reporter.add(
                        Severity::Warning,
                        Kind::ObsoleteAttribute,
                        *offset,
                        Some(id),
                        format!("attribute “.{name}” of “{id}” is not in the reference locale; remove it"),
                    );
                }
                check_pattern(
                    &mut reporter,
                    &context,
                    Some(name),
                    &file.text,
                    pattern,
                    ref_attribute,
                );
            }
            if let Some(ref_entry) = ref_entry.filter(|_| !is_reference) {
                let present: BTreeSet<&str> =
                    parsed.attributes.iter().map(|(n, _, _)| *n).collect();
                for name in ref_entry
                    .attributes
                    .keys()
                    .filter(|n| !present.contains(n.as_str()))
                {
                    let severity = missing_severity(&ref_entry.file, options);
                    reporter.add(
                        severity,
                        Kind::MissingAttribute,
                        parsed.offset,
                        Some(id),
                        format!("“{id}” lacks the attribute “.{name}” of the reference"),
                    );
                }
            }
        }
        findings.extend(reporter.findings);
    }
    if !is_reference {
        findings.extend(missing_messages(
            lang,
            files,
            reference,
            reference_files,
            &ids,
            options,
        ));
    }
    findings
}

fn missing_severity(file: &str, options: &Options) -> Severity {
    if options.partial_files.iter().any(|p| p == file) {
        Severity::Warning
    } else {
        Severity::Error
    }
}

/// One finding per reference message the locale lacks, in the locale's file
/// of the same name (which may not exist yet).
fn missing_messages(
    lang: &str,
    files: &[SourceFile],
    reference: &Index,
    reference_files: &[SourceFile],
    ids: &HashSet<String>,
    options: &Options,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for ref_file in reference_files {
        let name = format!("{lang}/{}", ref_file.base);
        let source = files
            .iter()
            .find(|f| f.name == name)
            .map_or("", |f| f.text.as_str());
        let mut reporter = Reporter {
            locale: lang,
            file: &name,
            source,
            lines: LineIndex::new(source),
            findings: Vec::new(),
        };
        for (id, entry) in reference
            .iter()
            .filter(|(id, e)| e.file == ref_file.base && !ids.contains(*id))
        {
            let severity = missing_severity(&entry.file, options);
            reporter.add_to_file(
                severity,
                Kind::MissingMessage,
                Some(id),
                format!(
                    "“{id}” is missing; translate it from {}/{}",
                    options.reference, entry.file
                ),
            );
        }
        findings.extend(reporter.findings);
    }
    findings
}

struct PatternContext<'a> {
    lang: &'a str,
    id: &'a str,
    /// Where the message's id is written: findings about a whole message
    /// point there.
    offset: usize,
    is_reference: bool,
    direction: Direction,
    categories: &'a BTreeSet<&'static str>,
    ids: &'a HashSet<String>,
    reference_ids: &'a Index,
    options: &'a Options,
}

fn check_pattern(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    attribute: Option<&str>,
    source: &str,
    pattern: &Pattern<&str>,
    reference: Option<&RefPattern>,
) {
    let id = context.id;
    let what = match attribute {
        Some(name) => format!("“{id}.{name}”"),
        None => format!("“{id}”"),
    };
    let facts = ast::facts(source, pattern);
    let start = context.offset;
    let text = facts.text();

    if facts.runs.is_empty()
        && facts.variables.is_empty()
        && facts.references.is_empty()
        && facts.selects.is_empty()
    {
        reporter.add(
            Severity::Error,
            Kind::EmptyValue,
            start,
            Some(id),
            format!("{what} is empty"),
        );
    }
    let mut unknown_references = BTreeSet::new();
    for reference_id in &facts.references {
        if !context.ids.contains(&reference_id.id)
            && !context.reference_ids.contains_key(&reference_id.id)
        {
            unknown_references.insert(reference_id.id.as_str());
            reporter.add(
                Severity::Error,
                Kind::UnknownReference,
                reference_id.offset,
                Some(id),
                format!("{what} refers to “{}”, which is defined neither here nor in the reference locale", reference_id.id),
            );
        }
    }
    check_characters(reporter, context, &what, &facts);
    check_doubled_words(reporter, context, &what, &facts);

    let Some(reference) = reference.filter(|_| !context.is_reference) else {
        return;
    };
    for (variable, offset) in &facts.variables {
        if !reference.variables.contains(variable) {
            reporter.add(
                Severity::Error,
                Kind::UnknownVariable,
                offset.saturating_sub(1),
                Some(id),
                format!("{what} uses ${variable}, which the reference message never sets; the reader would see an error"),
            );
        }
    }
    for variable in reference
        .variables
        .iter()
        .filter(|v| !facts.variables.contains_key(*v))
    {
        reporter.add(
            Severity::Warning,
            Kind::UnusedVariable,
            start,
            Some(id),
            format!("{what} drops ${variable}, which the reference message uses"),
        );
    }
    for reference_id in &facts.references {
        if !reference.references.contains(&reference_id.id)
            && !unknown_references.contains(reference_id.id.as_str())
        {
            reporter.add(
                Severity::Warning,
                Kind::ObsoleteReference,
                reference_id.offset,
                Some(id),
                format!(
                    "{what} refers to “{}”, which the reference message does not",
                    reference_id.id
                ),
            );
        }
    }
    let used: BTreeSet<&str> = facts.references.iter().map(|r| r.id.as_str()).collect();
    for missing in reference
        .references
        .iter()
        .filter(|r| !used.contains(r.as_str()))
    {
        reporter.add(
            Severity::Warning,
            Kind::MissingReference,
            start,
            Some(id),
            format!("{what} drops the reference to “{missing}” that the reference message makes"),
        );
    }
    for select in &facts.selects {
        let is_plural = select.keys.iter().any(|k| is_plural_key(k) && k != "other")
            || select
                .selector
                .as_ref()
                .is_some_and(|s| reference.plural_selectors.contains(s));
        if !is_plural {
            continue;
        }
        let keys: BTreeSet<&str> = select.keys.iter().map(String::as_str).collect();
        let missing: Vec<&str> = context
            .categories
            .iter()
            .copied()
            .filter(|c| !keys.contains(c))
            .collect();
        let unknown: Vec<&str> = keys
            .iter()
            .copied()
            .filter(|k| is_plural_key(k) && !context.categories.contains(k))
            .collect();
        if !missing.is_empty() {
            reporter.add(
                Severity::Warning,
                Kind::PluralCategories,
                select.offset,
                Some(id),
                format!(
                    "{what}: the plural select lacks the CLDR categories [{}] of {}",
                    missing.join("], ["),
                    context.lang
                ),
            );
        }
        if !unknown.is_empty() {
            reporter.add(
                Severity::Warning,
                Kind::PluralCategories,
                select.offset,
                Some(id),
                format!(
                    "{what}: {} has no plural category [{}]; that variant is never chosen",
                    context.lang,
                    unknown.join("], [")
                ),
            );
        }
    }
    if text == reference.text
        && facts.variables.keys().eq(reference.variables.iter())
        && has_translatable_words(&text, context.options)
    {
        reporter.add(
            Severity::Warning,
            Kind::Untranslated,
            start,
            Some(id),
            format!("{what} is identical to the reference; translate it, or add its words to the allow-list"),
        );
    }
    let edge = ast::edge_text(pattern);
    let leading = |s: &str| s.len() - s.trim_start().len();
    let trailing = |s: &str| s.len() - s.trim_end().len();
    if (leading(&edge) > 0) != (leading(&reference.edge) > 0)
        || (trailing(&edge) > 0) != (trailing(&reference.edge) > 0)
    {
        reporter.add(
            Severity::Warning,
            Kind::Whitespace,
            start,
            Some(id),
            format!("{what} starts or ends with whitespace differently from the reference"),
        );
    }
    let tags = ast::tags(&text);
    if tags != reference.tags {
        reporter.add(
            Severity::Warning,
            Kind::MarkupMismatch,
            start,
            Some(id),
            format!(
                "{what} has the markup {} but the reference has {}",
                show_tags(&tags),
                show_tags(&reference.tags)
            ),
        );
    }
}

fn show_tags(tags: &[String]) -> String {
    if tags.is_empty() {
        "none".to_owned()
    } else {
        tags.join(" ")
    }
}

fn has_translatable_words(text: &str, options: &Options) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .any(|w| {
            let acronym = w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
            !acronym && !options.allow_untranslated.iter().any(|a| a == w)
        })
}

fn check_characters(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &str,
    facts: &ast::Facts,
) {
    for &(c, offset) in &facts.controls {
        let (severity, why) = match c {
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => (
                Severity::Error,
                "a bidi control character, which can reorder what the reader sees (Trojan source)",
            ),
            '\u{200b}' | '\u{2060}' | '\u{feff}' => (Severity::Warning, "an invisible character"),
            '\u{200e}' | '\u{200f}' | '\u{061c}' if context.direction == Direction::Ltr => (
                Severity::Warning,
                "a direction mark in a left-to-right locale",
            ),
            _ => continue,
        };
        reporter.add(
            severity,
            Kind::BidiControl,
            offset,
            Some(context.id),
            format!("{what} contains U+{:04X}, {why}; remove it", c as u32),
        );
    }
}

fn check_doubled_words(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &str,
    facts: &ast::Facts,
) {
    let allowed = allowed_doubles(context.lang);
    for run in &facts.runs {
        // (lowercased word) of the previous word; a placeable resets it, as
        // “the { $x } the” is not a doubled word.
        let mut previous: Option<String> = None;
        let mut word_start: Option<usize> = None;
        let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
        let text = &run.text;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if is_word_char(c) {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(start) = word_start.take() {
                let word = &text[start..i];
                let lower = word.to_lowercase();
                if previous.as_deref() == Some(lower.as_str())
                    && word.chars().any(char::is_alphabetic)
                    && !allowed.contains(&lower.as_str())
                {
                    reporter.add(
                        Severity::Warning,
                        Kind::DoubledWord,
                        run.source_offset(start)
                            .or(run.offset)
                            .unwrap_or(context.offset),
                        Some(context.id),
                        format!("{what} has the word “{word}” twice in a row"),
                    );
                }
                previous = Some(lower);
            }
            if c == '\u{FFFC}' {
                previous = None;
            }
        }
    }
}

fn lint_reference(reporter: &mut Reporter<'_>, parsed: &Parsed<'_>) {
    let id = parsed.id.trim_start_matches('-');
    let kebab = !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
        && id.starts_with(|c: char| c.is_ascii_lowercase());
    if !kebab {
        reporter.add(
            Severity::Warning,
            Kind::IdConvention,
            parsed.offset,
            Some(&parsed.id),
            format!(
                "“{}” is not kebab-case; write ids like “label-when-to-use”",
                parsed.id
            ),
        );
    }
    let patterns = parsed
        .value
        .into_iter()
        .chain(parsed.attributes.iter().map(|(_, _, p)| *p));
    for pattern in patterns {
        for element in &pattern.elements {
            let fluent_syntax::ast::PatternElement::TextElement { value } = element else {
                continue;
            };
            let Some(base) = ast::offset_in(reporter.source, value) else {
                continue;
            };
            if let Some(i) = value.find("...") {
                reporter.add(
                    Severity::Warning,
                    Kind::Ellipsis,
                    base + i,
                    Some(&parsed.id),
                    "three dots: write the ellipsis character “…”".to_owned(),
                );
            }
            if let Some(i) = value.find(['"', '\'']) {
                reporter.add(
                    Severity::Warning,
                    Kind::StraightQuote,
                    base + i,
                    Some(&parsed.id),
                    "a straight quote: write typographic quotes “ ” ‘ ’ or the apostrophe ’"
                        .to_owned(),
                );
            }
        }
    }
}

fn syntax_message(error: &fluent_syntax::parser::ParserError) -> String {
    format!("{}; this entry is skipped", error.kind)
}

/// The project's own rules: every code has its prose, every id the code
/// uses exists, and nothing in the reference goes unused.
fn check_project(
    project: &Project,
    reference_files: &[SourceFile],
    reference: &Index,
    options: &Options,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let file_for = |id: &str| {
        let base = if id.starts_with("code-") {
            "codes.ftl"
        } else {
            "ui.ftl"
        };
        format!("{}/{base}", options.reference)
    };
    for id in project
        .used_ids
        .iter()
        .filter(|id| !reference.contains_key(*id))
    {
        let (kind, message) = if id.starts_with("code-") {
            (
                Kind::MissingCodeText,
                format!(
                    "“{id}” is missing: every code in data/ needs its prose in the reference locale"
                ),
            )
        } else {
            (
                Kind::UnknownId,
                format!(
                    "the code or templates use “{id}”, which the reference locale does not define"
                ),
            )
        };
        findings.push(Finding {
            severity: Severity::Error,
            kind,
            locale: options.reference.clone(),
            file: file_for(id),
            line: 1,
            column: 1,
            id: Some(id.clone()),
            message,
            span: None,
        });
    }
    for file in reference_files {
        let resource = parse(&file.text);
        let mut reporter = Reporter {
            locale: &options.reference,
            file: &file.name,
            source: &file.text,
            lines: LineIndex::new(&file.text),
            findings: Vec::new(),
        };
        for parsed in entries(&resource, &file.text) {
            if !parsed.id.starts_with('-') && !project.used_ids.contains(&parsed.id) {
                reporter.add(
                    Severity::Warning,
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
        findings.extend(reporter.findings);
    }
    findings
}
