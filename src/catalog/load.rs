//! Reading `data/*.toml`: the serde shape of a file, the rules a code must
//! follow, and the problems they report.
//!
//! Bad data is data: every file and every code is checked, and each broken
//! rule becomes a [`DataDiagnostic`] with the byte range it points at, so a
//! data author sees all the problems in one run.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::enhanced::parse_enhanced;
use super::{
    Actor, Also, Audience, CatalogError, Code, Command, Context, Definition, Enhanced,
    EnhancedClass, Phase, Practice, PracticeSource, Reference, Registry, Retry, RfcSection,
    Subject,
};
use crate::assets::Tree;
use crate::diagnostic::{self, LineIndex, Location, Severity, Snippet};

/// One broken rule of the data schema, with the values involved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DataProblem {
    /// The file is not valid TOML or does not follow the schema (an unknown
    /// field, a missing one, an identifier outside its closed set).
    #[error("{message}")]
    Syntax {
        /// What the parser expected.
        message: String,
    },
    /// `updated` is not a day.
    #[error("updated must be a day such as 2026-12-01, without a time or an offset")]
    NotADay,
    /// The code is not a basic reply code, 200 to 599.
    #[error("reply code {code} is out of range: basic reply codes run from 200 to 599")]
    OutOfRange {
        /// The code as written.
        code: u16,
    },
    /// The second digit of the code is not a category RFC 5321 defines.
    #[error(
        "reply code {code} has no category: its second digit, {category}, names none; RFC 5321, section 4.2.1, defines categories 0 to 5"
    )]
    UnknownCategory {
        /// The code as written.
        code: u16,
        /// Its second digit.
        category: u8,
    },
    /// `class` is not the first digit of the code.
    #[error(
        "class {found} does not match reply code {code}: the class is its first digit, {expected}"
    )]
    ClassMismatch {
        /// The reply code.
        code: u16,
        /// The class as written.
        found: u8,
        /// The first digit of the code.
        expected: u8,
    },
    /// `category` is not the second digit of the code.
    #[error(
        "category {found} does not match reply code {code}: the category is its second digit, {expected}"
    )]
    CategoryMismatch {
        /// The reply code.
        code: u16,
        /// The category as written.
        found: u8,
        /// The second digit of the code.
        expected: u8,
    },
    /// `retry` is not the one RFC 5321 gives the class.
    #[error("retry \"{found}\" does not match class {class}: a {class}yz reply is \"{expected}\"")]
    RetryMismatch {
        /// The reply code.
        code: u16,
        /// The class of the code.
        class: u8,
        /// The retry as written.
        found: Retry,
        /// The retry of the class.
        expected: Retry,
    },
    /// `fix` is empty.
    #[error("reply code {code} has no `fix` audience: name whom the advice is for")]
    NoFix {
        /// The reply code.
        code: u16,
    },
    /// A definition names a command that `commands.toml` does not list.
    #[error(
        "reply code {code} names command {command}, which no `[[command]]` table of the data defines"
    )]
    UnknownCommand {
        /// The reply code.
        code: u16,
        /// The command as written.
        command: String,
    },
    /// `except` is given with a list of commands.
    #[error(
        "reply code {code} has both `commands` and `except`: `except` narrows \"any command\", so leave `commands` empty"
    )]
    ExceptWithCommands {
        /// The reply code.
        code: u16,
    },
    /// A definition's commands span several phases and `main` is missing.
    #[error(
        "reply code {code} answers commands of several phases ({phases}) in RFC {rfc}: name the one it mainly appears in with `main`"
    )]
    NoMainPhase {
        /// The reply code.
        code: u16,
        /// The RFC of the definition.
        rfc: u16,
        /// The phases, comma-separated.
        phases: String,
    },
    /// `main` is not a phase of the definition's commands.
    #[error("main phase \"{main}\" of reply code {code} is not a phase of its commands ({phases})")]
    MainNotInPhases {
        /// The reply code.
        code: u16,
        /// The main phase as written.
        main: Phase,
        /// The phases, comma-separated.
        phases: String,
    },
    /// A `[[code.practice]]` entry names both or neither of its sources.
    #[error(
        "enhanced code {enhanced} of reply code {code} needs exactly one source: `vendor` or `rfc` and `section`"
    )]
    BadPracticeSource {
        /// The reply code.
        code: u16,
        /// The enhanced code of the entry.
        enhanced: String,
    },
    /// A registry entry is not written as the registry writes it.
    #[error(
        "\"{value}\" is not {what} of the registry: write a class as 2, 4 or 5, a subject as 0 to 7, and a code as X.S.D, such as X.7.1"
    )]
    BadRegistryEntry {
        /// What the value should be: "a class", "a subject", "a code".
        what: &'static str,
        /// The value as written.
        value: String,
    },
    /// A registry entry is defined a second time.
    #[error("{entry} is defined twice in the registry; the first definition is at {first}")]
    DuplicateRegistryEntry {
        /// The entry, such as "X.7.1" or "subject 7".
        entry: String,
        /// Where it was defined first.
        first: Location,
    },
    /// A detail code's subject is not among the registry's subjects.
    #[error("{code} has subject {subject}, which no `[[subject]]` table defines")]
    UnknownSubject {
        /// The detail code.
        code: String,
        /// Its subject.
        subject: u8,
    },
    /// An associated basic code is not defined in the data.
    #[error(
        "{code} names basic code {basic}, which no data file defines; list it under `undefined` if no RFC defines it"
    )]
    UnknownBasic {
        /// The detail code.
        code: String,
        /// The basic code.
        basic: u16,
    },
    /// A basic code listed as defined by no RFC is defined in the data.
    #[error(
        "{code} lists {basic} under `undefined`, but a data file defines it: move it to `basic`"
    )]
    DefinedBasic {
        /// The detail code.
        code: String,
        /// The basic code.
        basic: u16,
    },
    /// A reference names both or neither of an RFC section and a document.
    #[error("a reference of {code} needs either `rfc` and `section` or `document`")]
    BadReference {
        /// The detail code.
        code: String,
    },
    /// A `[[code.practice]]` entry names an enhanced code that is not in
    /// the registry.
    #[error(
        "enhanced code {enhanced} of reply code {code} is not in the registry: no `[[enhanced]]` table defines {registry_code}"
    )]
    NotInRegistry {
        /// The basic code.
        code: u16,
        /// The enhanced code as written.
        enhanced: String,
        /// The code as the registry would write it, such as "X.7.1".
        registry_code: String,
    },
    /// A `[[code.practice]]` entry names an enhanced code that the
    /// registry associates with the basic code already.
    #[error(
        "the registry associates {enhanced} with reply code {code} already, and it is listed with it: remove this `[[code.practice]]` entry"
    )]
    PracticeInRegistry {
        /// The basic code.
        code: u16,
        /// The enhanced code as written.
        enhanced: String,
    },
    /// A command is defined a second time.
    #[error("command {command} is defined twice; the first definition is at {first}")]
    DuplicateCommand {
        /// The command.
        command: String,
        /// Where it was defined first.
        first: Location,
    },
    /// `defined` is empty.
    #[error("reply code {code} has no `defined` entry: cite the RFC that defines it")]
    NoDefinition {
        /// The reply code.
        code: u16,
    },
    /// A definition's section is not dotted digits.
    #[error("section \"{section}\" of RFC {rfc} is not a section number such as \"4.2.3\"")]
    BadSection {
        /// The RFC of the definition.
        rfc: u16,
        /// The section as written.
        section: String,
    },
    /// An enhanced status code is malformed or of another class.
    #[error(
        "\"{value}\" is not an enhanced status code of class {class}: write it as {class}.X.Y (RFC 3463)"
    )]
    BadEnhanced {
        /// The enhanced status code as written.
        value: String,
        /// The class of the reply code.
        class: u8,
    },
    /// A code names itself in `related`.
    #[error("reply code {code} lists itself as related")]
    RelatedToItself {
        /// The reply code.
        code: u16,
    },
    /// A code names another twice in `related`.
    #[error("reply code {code} lists {related} as related twice; list it once")]
    DuplicateRelated {
        /// The reply code.
        code: u16,
        /// The code listed again.
        related: u16,
    },
    /// A code is defined a second time, in the same file or another.
    #[error("reply code {code} is defined twice; the first definition is at {first}")]
    DuplicateCode {
        /// The reply code.
        code: u16,
        /// Where it was defined first.
        first: Location,
    },
    /// `related` names a code that no data file defines.
    #[error(
        "reply code {code} names related code {related}, which is not defined in any data file"
    )]
    UnknownRelated {
        /// The code whose `related` list names it.
        code: u16,
        /// The code named.
        related: u16,
    },
}

impl DataProblem {
    /// The kind of problem as printed in `error[kind]`, such as
    /// `class-mismatch`.
    pub fn kind(&self) -> &'static str {
        match self {
            DataProblem::Syntax { .. } => "syntax-error",
            DataProblem::NotADay => "not-a-day",
            DataProblem::OutOfRange { .. } => "out-of-range",
            DataProblem::UnknownCategory { .. } => "unknown-category",
            DataProblem::ClassMismatch { .. } => "class-mismatch",
            DataProblem::CategoryMismatch { .. } => "category-mismatch",
            DataProblem::RetryMismatch { .. } => "retry-mismatch",
            DataProblem::NoFix { .. } => "no-fix",
            DataProblem::UnknownCommand { .. } => "unknown-command",
            DataProblem::ExceptWithCommands { .. } => "except-with-commands",
            DataProblem::NoMainPhase { .. } => "no-main-phase",
            DataProblem::MainNotInPhases { .. } => "main-not-in-phases",
            DataProblem::BadPracticeSource { .. } => "bad-practice-source",
            DataProblem::DuplicateCommand { .. } => "duplicate-command",
            DataProblem::BadRegistryEntry { .. } => "bad-registry-entry",
            DataProblem::DuplicateRegistryEntry { .. } => "duplicate-registry-entry",
            DataProblem::UnknownSubject { .. } => "unknown-subject",
            DataProblem::UnknownBasic { .. } => "unknown-basic",
            DataProblem::DefinedBasic { .. } => "defined-basic",
            DataProblem::BadReference { .. } => "bad-reference",
            DataProblem::NotInRegistry { .. } => "not-in-registry",
            DataProblem::PracticeInRegistry { .. } => "practice-in-registry",
            DataProblem::NoDefinition { .. } => "no-definition",
            DataProblem::BadSection { .. } => "bad-section",
            DataProblem::BadEnhanced { .. } => "bad-enhanced",
            DataProblem::RelatedToItself { .. } => "related-to-itself",
            DataProblem::DuplicateRelated { .. } => "duplicate-related",
            DataProblem::DuplicateCode { .. } => "duplicate-code",
            DataProblem::UnknownRelated { .. } => "unknown-related",
        }
    }
}

/// One problem of a data file, where it is, and the text it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDiagnostic {
    /// The rule that is broken.
    pub problem: DataProblem,
    /// The start of `span`, or of the file when there is no span.
    pub location: Location,
    /// The byte range of the offending value in `source`; `None` when the
    /// parser gave no position.
    pub span: Option<Range<usize>>,
    /// The whole text of the file, shared by the diagnostics of one file.
    pub source: Arc<str>,
}

impl DataDiagnostic {
    /// The diagnostic as rustc prints one: `error[kind]: message`,
    /// ` --> file:line:col`, the numbered line and a caret.
    pub fn render(&self, color: bool) -> String {
        let message = self.problem.to_string();
        diagnostic::render(
            &Snippet {
                severity: Severity::Error,
                kind: self.problem.kind(),
                message: &message,
                path: &self.location.path,
                source: self.span.clone().map(|span| (&*self.source, span)),
                line: self.location.line,
                column: self.location.column,
            },
            color,
        )
    }
}

/// Renders diagnostics one after another, separated by a blank line, as
/// rustc prints them.
pub fn render_diagnostics(diagnostics: &[DataDiagnostic], color: bool) -> String {
    let rendered: Vec<String> = diagnostics.iter().map(|d| d.render(color)).collect();
    rendered.join("\n\n")
}

/// One data file as written: `[[code]]` and `[[command]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// The day the file's facts last changed.
    #[serde(default)]
    updated: Option<Spanned<toml::value::Datetime>>,
    #[serde(default)]
    code: Vec<RawCode>,
    #[serde(default)]
    command: Vec<RawCommand>,
    #[serde(default)]
    class: Vec<RawClass>,
    #[serde(default)]
    subject: Vec<RawSubject>,
    #[serde(default)]
    enhanced: Vec<RawEnhanced>,
}

/// One `[[class]]` table of the registry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClass {
    class: Spanned<u8>,
    rfc: u16,
    section: Spanned<String>,
}

/// One `[[subject]]` table of the registry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubject {
    subject: Spanned<u8>,
    rfc: u16,
    section: Spanned<String>,
}

/// One `[[enhanced]]` table: a detail code of the registry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnhanced {
    code: Spanned<String>,
    #[serde(default)]
    basic: Vec<Spanned<u16>>,
    #[serde(default)]
    undefined: Vec<Spanned<u16>>,
    #[serde(default)]
    also: Vec<Also>,
    #[serde(default)]
    deprecated: bool,
    reference: Vec<RawReference>,
}

/// One `[[enhanced.reference]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReference {
    rfc: Option<u16>,
    section: Option<Spanned<String>>,
    document: Option<String>,
}

/// One `[[command]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommand {
    name: Spanned<String>,
    phase: Phase,
    rfc: u16,
    section: Spanned<String>,
}

/// One `[[code]]` table, with the positions of the values a rule checks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCode {
    code: Spanned<u16>,
    class: Spanned<u8>,
    category: Spanned<u8>,
    retry: Spanned<Retry>,
    actor: Actor,
    fix: Spanned<Vec<Audience>>,
    related: Vec<Spanned<u16>>,
    #[serde(default)]
    practice: Vec<RawPractice>,
    defined: Spanned<Vec<RawDefinition>>,
    #[serde(default)]
    restriction: Vec<RawSection>,
}

/// One `[[code.defined]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefinition {
    rfc: u16,
    section: Spanned<String>,
    context: Context,
    commands: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    except: Option<Spanned<Vec<Spanned<String>>>>,
    main: Option<Spanned<Phase>>,
}

/// One `[[code.practice]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPractice {
    enhanced: Spanned<String>,
    vendor: Option<String>,
    rfc: Option<u16>,
    section: Option<Spanned<String>>,
}

/// An RFC section as written, such as a `[[code.restriction]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    rfc: u16,
    section: Spanned<String>,
}

/// One data file as read, kept to turn offsets into positions and snippets.
struct SourceFile {
    path: String,
    text: Arc<str>,
    lines: LineIndex,
}

impl SourceFile {
    fn location(&self, offset: usize) -> Location {
        self.lines.location(&self.path, &self.text, offset)
    }
}

/// A problem found in file number `file` of the load, not yet positioned.
struct Found {
    file: usize,
    span: Option<Range<usize>>,
    problem: DataProblem,
}

/// The problems of one file, collected as its codes are checked.
struct Problems<'a> {
    file: usize,
    found: &'a mut Vec<Found>,
}

impl Problems<'_> {
    fn push(&mut self, span: Range<usize>, problem: DataProblem) {
        self.found.push(Found {
            file: self.file,
            span: Some(span),
            problem,
        });
    }

    /// The shape of every rule on one code: a written value must satisfy
    /// `holds`, else `problem` is reported at the value. Returns whether it
    /// holds.
    /// Requires a section number as RFCs print them, such as "4.2.3".
    fn require_section(&mut self, rfc: u16, section: &Spanned<String>) {
        self.require(
            section,
            |s| is_section(s),
            |section| DataProblem::BadSection {
                rfc,
                section: section.clone(),
            },
        );
    }

    fn require<T>(
        &mut self,
        value: &Spanned<T>,
        holds: impl FnOnce(&T) -> bool,
        problem: impl FnOnce(&T) -> DataProblem,
    ) -> bool {
        let ok = holds(value.get_ref());
        if !ok {
            self.push(value.span(), problem(value.get_ref()));
        }
        ok
    }
}

/// The commands of one definition as written, kept until every file is
/// read, since the commands they name may be defined in any file.
struct PendingDefinition {
    file: usize,
    code: u16,
    index: usize,
    rfc: u16,
    commands: Vec<(String, Range<usize>)>,
    except: Vec<(String, Range<usize>)>,
    main: Option<(Phase, Range<usize>)>,
    span: Range<usize>,
}

/// Loads every `*.toml` file of a data tree and checks every code and
/// command: the codes by number and the commands in file order; on failure,
/// every problem of every file, by file and position.
/// A detail code's associations as written, checked once every file is read.
struct PendingEnhanced {
    file: usize,
    code: String,
    subject: u8,
    span: Range<usize>,
    basic: Vec<(u16, Range<usize>)>,
    undefined: Vec<(u16, Range<usize>)>,
}

/// What a data tree holds: the basic codes by number, the commands, the
/// registry of enhanced codes, and the newest day a file says its facts
/// changed, as written (`2026-12-01`).
type Loaded = (BTreeMap<u16, Code>, Vec<Command>, Registry, Option<String>);

pub(super) fn catalog(tree: &Tree) -> Result<Loaded, CatalogError> {
    let mut files: Vec<SourceFile> = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    let mut codes = BTreeMap::new();
    let mut commands: Vec<Command> = Vec::new();
    let mut command_at: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // Where each code number was first written, valid or not, so that a
    // broken code is not also reported as missing by the codes naming it.
    let mut seen: BTreeMap<u16, (usize, usize)> = BTreeMap::new();
    // Each related-code reference: file, code, related code, span.
    let mut related_refs: Vec<(usize, u16, u16, Range<usize>)> = Vec::new();
    let mut pending: Vec<PendingDefinition> = Vec::new();
    let mut registry = Registry::default();
    // Where each registry entry was first written, by its name.
    let mut registry_at: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut pending_enhanced: Vec<PendingEnhanced> = Vec::new();
    // Each well-formed enhanced code of a practice entry: file, code,
    // value, span.
    let mut practice_refs: Vec<(usize, u16, String, Range<usize>)> = Vec::new();
    let mut every_file_parsed = true;
    let mut updated: Option<String> = None;
    // Only the files at the top: a copy in a subfolder (a backup) is not
    // part of the data.
    for name in tree
        .files()?
        .iter()
        .filter(|f| f.ends_with(".toml") && !f.contains('/'))
    {
        let text: Arc<str> = tree.read(name)?.into();
        let file = files.len();
        files.push(SourceFile {
            path: tree.display_path(name),
            lines: LineIndex::new(&text),
            text: Arc::clone(&text),
        });
        let raw: RawFile = match toml::from_str(&text) {
            Ok(raw) => raw,
            Err(error) => {
                every_file_parsed = false;
                found.push(Found {
                    file,
                    span: error.span(),
                    problem: DataProblem::Syntax {
                        message: error.message().trim_end().to_owned(),
                    },
                });
                continue;
            }
        };
        let mut problems = Problems {
            file,
            found: &mut found,
        };
        if let Some(day) = raw.updated {
            let span = day.span();
            let day = day.into_inner();
            match (day.date, day.time, day.offset) {
                (Some(date), None, None) => {
                    updated = updated.max(Some(date.to_string()));
                }
                _ => problems.push(span, DataProblem::NotADay),
            }
        }
        for raw in raw.command {
            let name = raw.name.get_ref().clone();
            let span = raw.name.span();
            problems.require_section(raw.rfc, &raw.section);
            if let Some(&(first_file, first_offset)) = command_at.get(&name) {
                let first = files[first_file].location(first_offset);
                problems.push(
                    span,
                    DataProblem::DuplicateCommand {
                        command: name,
                        first,
                    },
                );
                continue;
            }
            command_at.insert(name.clone(), (file, span.start));
            commands.push(Command {
                name,
                phase: raw.phase,
                defined: RfcSection {
                    rfc: raw.rfc,
                    section: raw.section.into_inner(),
                },
            });
        }
        let mut first_time = |entry: String, span: &Range<usize>, problems: &mut Problems<'_>| {
            if let Some(&(first_file, first_offset)) = registry_at.get(&entry) {
                let first = files[first_file].location(first_offset);
                problems.push(
                    span.clone(),
                    DataProblem::DuplicateRegistryEntry { entry, first },
                );
                return false;
            }
            registry_at.insert(entry, (file, span.start));
            true
        };
        let numbered = raw
            .class
            .into_iter()
            .map(|c| (c.class, c.rfc, c.section, true))
            .chain(
                raw.subject
                    .into_iter()
                    .map(|s| (s.subject, s.rfc, s.section, false)),
            );
        for (number, rfc, section, is_class) in numbered {
            let span = number.span();
            let number = *number.get_ref();
            let (what, valid, entry) = match is_class {
                true => (
                    "a class",
                    matches!(number, 2 | 4 | 5),
                    format!("class {number}"),
                ),
                false => ("a subject", number <= 7, format!("subject {number}")),
            };
            problems.require_section(rfc, &section);
            if !valid {
                problems.push(
                    span,
                    DataProblem::BadRegistryEntry {
                        what,
                        value: number.to_string(),
                    },
                );
                continue;
            }
            if !first_time(entry, &span, &mut problems) {
                continue;
            }
            let defined = RfcSection {
                rfc,
                section: section.into_inner(),
            };
            match is_class {
                true => registry.classes.push(EnhancedClass {
                    class: number,
                    defined,
                }),
                false => registry.subjects.push(Subject {
                    subject: number,
                    defined,
                }),
            }
        }
        for raw in raw.enhanced {
            let span = raw.code.span();
            let parsed = parse_enhanced(raw.code.get_ref());
            let Some((None, subject, detail)) = parsed else {
                problems.push(
                    span,
                    DataProblem::BadRegistryEntry {
                        what: "a code",
                        value: raw.code.into_inner(),
                    },
                );
                continue;
            };
            let code = format!("X.{subject}.{detail}");
            let mut references = Vec::new();
            for reference in &raw.reference {
                match (reference.rfc, &reference.section, &reference.document) {
                    (Some(rfc), Some(section), None) => {
                        problems.require_section(rfc, section);
                        references.push(Reference::Rfc(RfcSection {
                            rfc,
                            section: section.get_ref().clone(),
                        }));
                    }
                    (None, None, Some(document)) => {
                        references.push(Reference::Document(document.clone()));
                    }
                    _ => problems.push(
                        span.clone(),
                        DataProblem::BadReference { code: code.clone() },
                    ),
                }
            }
            if !first_time(code.clone(), &span, &mut problems) {
                continue;
            }
            let numbers = |list: &[Spanned<u16>]| {
                list.iter()
                    .map(|b| (*b.get_ref(), b.span()))
                    .collect::<Vec<_>>()
            };
            pending_enhanced.push(PendingEnhanced {
                file,
                code: code.clone(),
                subject,
                span: span.clone(),
                basic: numbers(&raw.basic),
                undefined: numbers(&raw.undefined),
            });
            registry.codes.push(Enhanced {
                subject,
                detail,
                basic: raw.basic.iter().map(|b| *b.get_ref()).collect(),
                undefined: raw.undefined.iter().map(|b| *b.get_ref()).collect(),
                also: raw.also,
                deprecated: raw.deprecated,
                references,
            });
        }
        for raw in raw.code {
            let number = *raw.code.get_ref();
            let number_span = raw.code.span();
            for entry in &raw.practice {
                let value = entry.enhanced.get_ref();
                if is_enhanced(value, (number / 100) as u8) {
                    practice_refs.push((file, number, value.clone(), entry.enhanced.span()));
                }
            }
            for related in &raw.related {
                related_refs.push((file, number, *related.get_ref(), related.span()));
            }
            // A code defined again is reported below; its definitions
            // are not the first one's, whose commands are resolved later.
            let again = seen.contains_key(&number);
            for (index, definition) in raw.defined.get_ref().iter().enumerate().filter(|_| !again) {
                let names = |list: &[Spanned<String>]| {
                    list.iter()
                        .map(|c| (c.get_ref().clone(), c.span()))
                        .collect::<Vec<_>>()
                };
                pending.push(PendingDefinition {
                    file,
                    code: number,
                    index,
                    rfc: definition.rfc,
                    commands: names(definition.commands.get_ref()),
                    except: names(definition.except.as_ref().map_or(&[][..], |e| e.get_ref())),
                    main: definition.main.as_ref().map(|m| (*m.get_ref(), m.span())),
                    span: definition.commands.span(),
                });
            }
            let code = validate(raw, &mut problems);
            if let Some(&(first_file, first_offset)) = seen.get(&number) {
                let first = files[first_file].location(first_offset);
                problems.push(
                    number_span,
                    DataProblem::DuplicateCode {
                        code: number,
                        first,
                    },
                );
                continue;
            }
            seen.insert(number, (file, number_span.start));
            if let Some(code) = code {
                codes.insert(number, code);
            }
        }
    }
    // A file that does not parse may define the codes and commands others
    // name, so references are only checked when every file was read.
    if every_file_parsed {
        for (file, code, related, span) in related_refs {
            if !seen.contains_key(&related) {
                found.push(Found {
                    file,
                    span: Some(span),
                    problem: DataProblem::UnknownRelated { code, related },
                });
            }
        }
        check_registry(&registry, &pending_enhanced, &seen, &mut found);
        // Only a code without other problems: a broken entry is reported
        // once.
        practice_refs.retain(|(_, code, _, _)| codes.contains_key(code));
        check_practice(&registry, &practice_refs, &mut found);
        for definition in &pending {
            let phases = resolve_phases(definition, &commands, &mut found);
            if let (Some(code), Some((phases, main))) = (codes.get_mut(&definition.code), phases) {
                let target = &mut code.defined[definition.index];
                target.phases = phases;
                target.main = main;
            }
        }
    }
    if !found.is_empty() {
        found.sort_by_key(|f| (f.file, f.span.as_ref().map_or(0, |s| s.start)));
        let diagnostics = found
            .into_iter()
            .map(|f| {
                let source = &files[f.file];
                DataDiagnostic {
                    location: source.location(f.span.as_ref().map_or(0, |s| s.start)),
                    problem: f.problem,
                    span: f.span,
                    source: Arc::clone(&source.text),
                }
            })
            .collect();
        return Err(CatalogError::Invalid(diagnostics));
    }
    if codes.is_empty() {
        return Err(CatalogError::Empty {
            path: tree.display_path(""),
        });
    }
    Ok((codes, commands, registry, updated))
}

/// The registry's references, once every file is read: each detail code's
/// subject exists, and each associated basic code is defined in the data
/// (or listed as defined by no RFC, and then not defined).
fn check_registry(
    registry: &Registry,
    pending: &[PendingEnhanced],
    defined: &BTreeMap<u16, (usize, usize)>,
    found: &mut Vec<Found>,
) {
    let mut push = |file, span: &Range<usize>, problem| {
        found.push(Found {
            file,
            span: Some(span.clone()),
            problem,
        })
    };
    for entry in pending {
        if !registry.subjects.iter().any(|s| s.subject == entry.subject) {
            push(
                entry.file,
                &entry.span,
                DataProblem::UnknownSubject {
                    code: entry.code.clone(),
                    subject: entry.subject,
                },
            );
        }
        for (basic, span) in &entry.basic {
            if !defined.contains_key(basic) {
                push(
                    entry.file,
                    span,
                    DataProblem::UnknownBasic {
                        code: entry.code.clone(),
                        basic: *basic,
                    },
                );
            }
        }
        for (basic, span) in &entry.undefined {
            if defined.contains_key(basic) {
                push(
                    entry.file,
                    span,
                    DataProblem::DefinedBasic {
                        code: entry.code.clone(),
                        basic: *basic,
                    },
                );
            }
        }
    }
}

/// The enhanced codes of the practice entries, once every file is read and
/// when the tree has a registry: each is in the registry, where its name
/// and meaning are, and the registry does not associate it with the
/// entry's basic code already, since the code's page lists those from the
/// registry.
fn check_practice(
    registry: &Registry,
    practice: &[(usize, u16, String, Range<usize>)],
    found: &mut Vec<Found>,
) {
    if registry.is_empty() {
        return;
    }
    for (file, code, enhanced, span) in practice {
        let Some((_, subject, detail)) = parse_enhanced(enhanced) else {
            continue;
        };
        let problem = match registry.get(subject, detail) {
            None => DataProblem::NotInRegistry {
                code: *code,
                enhanced: enhanced.clone(),
                registry_code: format!("X.{subject}.{detail}"),
            },
            Some(entry) if registry.associated_with(*code).any(|(e, _)| e == entry) => {
                DataProblem::PracticeInRegistry {
                    code: *code,
                    enhanced: enhanced.clone(),
                }
            }
            Some(_) => continue,
        };
        found.push(Found {
            file: *file,
            span: Some(span.clone()),
            problem,
        });
    }
}

/// The phases of one definition's commands, in session order, and its main
/// phase (none for a definition that answers any command alike); `None`
/// after reporting a command no table defines or a main phase that is
/// missing or not one of them.
fn resolve_phases(
    definition: &PendingDefinition,
    commands: &[Command],
    found: &mut Vec<Found>,
) -> Option<(Vec<Phase>, Option<Phase>)> {
    let code = definition.code;
    let before = found.len();
    let mut push = |span: Range<usize>, problem| {
        found.push(Found {
            file: definition.file,
            span: Some(span),
            problem,
        })
    };
    for (name, span) in definition.commands.iter().chain(&definition.except) {
        if !commands.iter().any(|c| &c.name == name) {
            push(
                span.clone(),
                DataProblem::UnknownCommand {
                    code,
                    command: name.clone(),
                },
            );
        }
    }
    // Any command: every command but the opening of the connection and the
    // exceptions.
    let answered: Vec<Phase> = if definition.commands.is_empty() {
        commands
            .iter()
            .filter(|c| c.phase != Phase::Connection)
            .filter(|c| !definition.except.iter().any(|(name, _)| name == &c.name))
            .map(|c| c.phase)
            .collect()
    } else {
        commands
            .iter()
            .filter(|c| definition.commands.iter().any(|(name, _)| name == &c.name))
            .map(|c| c.phase)
            .collect()
    };
    let phases: Vec<Phase> = Phase::ALL
        .iter()
        .copied()
        .filter(|p| answered.contains(p))
        .collect();
    let names = || {
        phases
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let any_alike = definition.commands.is_empty() && definition.except.is_empty();
    let main = match (definition.main.clone(), phases.as_slice()) {
        (Some((main, span)), _) if !phases.contains(&main) => {
            push(
                span,
                DataProblem::MainNotInPhases {
                    code,
                    main,
                    phases: names(),
                },
            );
            None
        }
        (Some((main, _)), _) => Some(main),
        (None, [only]) => Some(*only),
        (None, _) if any_alike => None,
        (None, _) => {
            push(
                definition.span.clone(),
                DataProblem::NoMainPhase {
                    code,
                    rfc: definition.rfc,
                    phases: names(),
                },
            );
            None
        }
    };
    if found.len() > before {
        return None;
    }
    Some((phases, main))
}

/// Checks one code against the schema's rules, reporting every broken one;
/// the code when it breaks none. Its definitions' phases are resolved once
/// every command is known.
fn validate(raw: RawCode, problems: &mut Problems<'_>) -> Option<Code> {
    let before = problems.found.len();
    let code = *raw.code.get_ref();
    let class = (code / 100) as u8;
    let category = (code / 10 % 10) as u8;
    let expected_retry = match class {
        2 => Retry::Completion,
        3 => Retry::Intermediate,
        4 => Retry::Transient,
        _ => Retry::Permanent,
    };
    // The digit rules mean nothing for a code that is not a reply code.
    if problems.require(
        &raw.code,
        |code| (200..600).contains(code),
        |&code| DataProblem::OutOfRange { code },
    ) && problems.require(
        &raw.code,
        |_| category <= 5,
        |&code| DataProblem::UnknownCategory { code, category },
    ) {
        problems.require(
            &raw.class,
            |&found| found == class,
            |&found| DataProblem::ClassMismatch {
                code,
                found,
                expected: class,
            },
        );
        problems.require(
            &raw.category,
            |&found| found == category,
            |&found| DataProblem::CategoryMismatch {
                code,
                found,
                expected: category,
            },
        );
        problems.require(
            &raw.retry,
            |&found| found == expected_retry,
            |&found| DataProblem::RetryMismatch {
                code,
                class,
                found,
                expected: expected_retry,
            },
        );
        for enhanced in raw.practice.iter().map(|p| &p.enhanced) {
            problems.require(
                enhanced,
                |value| is_enhanced(value, class),
                |value| DataProblem::BadEnhanced {
                    value: value.clone(),
                    class,
                },
            );
        }
    }
    problems.require(
        &raw.fix,
        |fix| !fix.is_empty(),
        |_| DataProblem::NoFix { code },
    );
    problems.require(
        &raw.defined,
        |defined| !defined.is_empty(),
        |_| DataProblem::NoDefinition { code },
    );
    let sections = raw
        .defined
        .get_ref()
        .iter()
        .map(|d| (d.rfc, &d.section))
        .chain(raw.restriction.iter().map(|r| (r.rfc, &r.section)))
        .chain(
            raw.practice
                .iter()
                .filter_map(|p| Some((p.rfc?, p.section.as_ref()?))),
        );
    for (rfc, section) in sections {
        problems.require_section(rfc, section);
    }
    for definition in raw.defined.get_ref() {
        if let Some(except) = &definition.except {
            problems.require(
                except,
                |_| definition.commands.get_ref().is_empty(),
                |_| DataProblem::ExceptWithCommands { code },
            );
        }
    }
    let mut practice = Vec::new();
    for entry in &raw.practice {
        let source = match (&entry.vendor, entry.rfc, &entry.section) {
            (Some(vendor), None, None) => Some(PracticeSource::Vendor(vendor.clone())),
            (None, Some(rfc), Some(section)) => Some(PracticeSource::Rfc(RfcSection {
                rfc,
                section: section.get_ref().clone(),
            })),
            _ => None,
        };
        match source {
            Some(source) => practice.push(Practice {
                enhanced: entry.enhanced.get_ref().clone(),
                source,
            }),
            None => problems.push(
                entry.enhanced.span(),
                DataProblem::BadPracticeSource {
                    code,
                    enhanced: entry.enhanced.get_ref().clone(),
                },
            ),
        }
    }
    for (i, related) in raw.related.iter().enumerate() {
        problems.require(
            related,
            |&related| related != code,
            |_| DataProblem::RelatedToItself { code },
        );
        let earlier = &raw.related[..i];
        problems.require(
            related,
            |related| !earlier.iter().any(|e| e.get_ref() == related),
            |&related| DataProblem::DuplicateRelated { code, related },
        );
    }
    if problems.found.len() > before {
        return None;
    }
    Some(Code {
        code,
        class,
        category,
        retry: expected_retry,
        actor: raw.actor,
        fix: raw.fix.into_inner(),
        related: raw.related.iter().map(|r| *r.get_ref()).collect(),
        practice,
        defined: raw
            .defined
            .into_inner()
            .into_iter()
            .map(|d| Definition {
                rfc: d.rfc,
                section: d.section.into_inner(),
                context: d.context,
                commands: d
                    .commands
                    .into_inner()
                    .into_iter()
                    .map(|c| c.into_inner())
                    .collect(),
                except: d
                    .except
                    .map(|e| e.into_inner().into_iter().map(|c| c.into_inner()).collect())
                    .unwrap_or_default(),
                phases: Vec::new(),
                main: None,
            })
            .collect(),
        restrictions: raw
            .restriction
            .into_iter()
            .map(|r| RfcSection {
                rfc: r.rfc,
                section: r.section.into_inner(),
            })
            .collect(),
    })
}

fn is_section(section: &str) -> bool {
    !section.is_empty()
        && section
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

fn is_enhanced(enhanced: &str, class: u8) -> bool {
    let parts: Vec<&str> = enhanced.split('.').collect();
    parts.len() == 3
        && parts[0] == class.to_string()
        && matches!(class, 2 | 4 | 5)
        && parts[1..]
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}
