//! What a check reports: the [`Kind`]s of defect as one table (id, default
//! severity, summary, help), the [`Finding`] at one position, and the
//! `Reporter` that turns byte offsets into findings for one file.
//!
//! Architecture invariant: a kind is declared once, in `kinds!` below; its
//! id, severity, summary and help come from that one entry, and the README's
//! table of kinds is checked against [`Kind::ALL`] by the tidy test.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use super::source::SourceFile;

pub use crate::diagnostic::Severity;

macro_rules! kinds {
    ($(
        $(#[$meta:meta])*
        $variant:ident = $id:literal, $severity:ident,
            $summary:literal,
            $help:literal;
    )+) => {
        /// What is wrong.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Kind {
            $($(#[$meta])* #[serde(rename = $id)] $variant,)+
        }

        impl Kind {
            /// Every kind, in the order of the table.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),+];

            /// The kind as printed: `missing-message`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $id,)+
                }
            }

            /// The severity of a finding of this kind unless a rule says
            /// otherwise (a missing message in a partial file is a warning).
            pub fn default_severity(self) -> Severity {
                match self {
                    $(Kind::$variant => Severity::$severity,)+
                }
            }

            /// What the kind means, in one line.
            pub fn summary(self) -> &'static str {
                match self {
                    $(Kind::$variant => $summary,)+
                }
            }

            /// How to fix a finding of this kind.
            pub fn help(self) -> &'static str {
                match self {
                    $(Kind::$variant => $help,)+
                }
            }
        }
    };
}

kinds! {
    /// A locale folder not named with its language tag.
    LocaleFolder = "locale-folder", Error,
        "a locale folder not named with its language tag as `smtpkb` writes it (`pt-BR`, not `pt_br` or `pt BR`)",
        "rename the folder to its tag; `smtpkb show` and `export` refuse the tree until then";
    /// The Fluent parser could not read an entry.
    SyntaxError = "syntax-error", Error,
        "an entry the Fluent parser cannot read",
        "fix the entry at this position; Fluent skips it, and the rest of the file is still read";
    /// A reference message is missing from the locale.
    MissingMessage = "missing-message", Error,
        "a reference message or term the locale lacks",
        "translate the message from the reference file of the same name";
    /// A reference attribute is missing from a message.
    MissingAttribute = "missing-attribute", Error,
        "a reference attribute the message lacks",
        "add the attribute with its translation below the message";
    /// A message that the reference no longer has.
    ObsoleteMessage = "obsolete-message", Warning,
        "a message or term present in the locale, absent from the reference",
        "remove it, or rename it to the id the reference now uses";
    /// An attribute that the reference message no longer has.
    ObsoleteAttribute = "obsolete-attribute", Warning,
        "an attribute present in the locale, absent from the reference message",
        "remove the attribute";
    /// A message or term defined twice in one locale.
    DuplicateId = "duplicate-id", Error,
        "a message or term defined twice in one locale",
        "keep one definition; Fluent uses the first and ignores the others";
    /// A variable that the reference message never uses.
    UnknownVariable = "unknown-variable", Error,
        "a variable the reference message never uses",
        "use only the variables of the reference message; the program never sets any other";
    /// A reference variable that the translation drops.
    UnusedVariable = "unused-variable", Warning,
        "a reference variable the translation drops",
        "use the variable in the translation, unless the language really has no place for it";
    /// A reference to a message or term that does not exist.
    UnknownReference = "unknown-reference", Error,
        "a reference to a message or term that exists neither in the locale nor in the reference",
        "refer to an id that the reference locale defines";
    /// References that lead back to where they start.
    CyclicReference = "cyclic-reference", Error,
        "references that lead back to the message or term they start from",
        "break the cycle: Fluent cannot format a message that reaches it";
    /// A reference of the reference message that the translation drops.
    MissingReference = "missing-reference", Warning,
        "a message or term reference the translation drops",
        "use the same message and term references as the reference message";
    /// A reference to an existing message or term that the reference
    /// message does not make.
    ObsoleteReference = "obsolete-reference", Warning,
        "a message or term reference the reference message does not make",
        "use the same message and term references as the reference message";
    /// A plural select that misses or invents a CLDR category.
    PluralCategories = "plural-categories", Warning,
        "a plural select missing a CLDR category of the locale, or using one it does not have",
        "give the select exactly the CLDR plural categories of the locale";
    /// A message whose value is empty.
    EmptyValue = "empty-value", Error,
        "an empty message",
        "write the translation after “=”, or remove the message to fall back to the reference";
    /// A translation identical to the reference.
    Untranslated = "untranslated", Warning,
        "a translation identical to the reference",
        "translate it, or list the words that stay as they are in the locale’s GLOSSARY.md (a term the same as its concept) or in the allow-list";
    /// The same word twice in a row.
    DoubledWord = "doubled-word", Warning,
        "a word twice in a row within one variant",
        "remove one of the two words";
    /// A formatted message with a word twice in a row across a placeable.
    RenderedDoubledWord = "rendered-doubled-word", Warning,
        "a word twice in a row in the formatted text, across a placeable (“when { -when-phrase }” where the term starts with “when”)",
        "rephrase the message or the text it refers to so that the word appears once";
    /// A message that formats to an empty text.
    RenderedEmpty = "rendered-empty", Warning,
        "a message that formats to an empty text for some value of its selectors",
        "give every variant text, or remove the message if it is not shown";
    /// A message fluent-bundle cannot format.
    FormatError = "format-error", Error,
        "a message fluent-bundle cannot format for some value of its selectors (no default variant reached, too many placeables)",
        "fix the select or the placeables the error names";
    /// A select whose variants differ in their placeables.
    VariantPlaceables = "variant-placeables", Warning,
        "a select whose variants differ in their variables or references, the selector's own variable aside",
        "give every variant the same placeables, so that no case loses a value or a name";
    /// Leading or trailing whitespace that differs from the reference.
    Whitespace = "whitespace", Warning,
        "leading or trailing whitespace that differs from the reference",
        "start and end the text with whitespace exactly where the reference does";
    /// HTML-like tags that differ from the reference.
    MarkupMismatch = "markup-mismatch", Warning,
        "HTML-like tags that differ from the reference",
        "keep the reference’s tags, translating only the text between them";
    /// A literal of the reference that the translation changes, drops or
    /// adds to.
    LiteralMismatch = "literal-mismatch", Error,
        "a literal marked samp or code that differs from the reference’s: changed, dropped or added",
        "keep each literal of the reference byte for byte, as often as the reference has it; put a gloss beside it, outside the tags";
    /// A `<samp>` or `<code>` tag that does not mark a literal.
    LiteralMarkup = "literal-markup", Error,
        "a samp or code tag that is not closed on its line, closed without being opened, nested or empty",
        "write each literal as <samp>…</samp> or <code>…</code> on one line, one at a time";
    /// A translation made from English that has changed since.
    StaleTranslation = "stale-translation", Warning,
        "a translation whose English has changed since it was made, by the locale’s translated-from.toml",
        "update the translation to the English now, then record it with cargo xtask stats --mark-current LANG";
    /// A `translated-from.toml` that cannot be read.
    RecordSyntax = "record-syntax", Error,
        "a translated-from.toml that is not a table of message ids to English texts",
        "fix the file, or write it again with cargo xtask stats --mark-current LANG";
    /// A bidi control or invisible character written literally.
    BidiControl = "bidi-control", Error,
        "a bidi control or invisible character, written literally or as an escape",
        "remove the character; the renderer isolates text where direction matters";
    /// A code in `data/` without its prose in the reference locale.
    MissingCodeText = "missing-code-text", Error,
        "a code in data/ without its prose in the reference locale",
        "write the code’s messages in the reference locale’s codes.ftl";
    /// A message id the code uses that the reference does not define.
    UnknownId = "unknown-id", Error,
        "a message id the code or templates use that the reference locale lacks",
        "define the message in the reference locale, or fix the id in the code";
    /// A value of a selector without a variant of its own.
    MissingVariant = "missing-variant", Error,
        "a select on a variable with declared values lacks a variant for one of them, which would read as the default",
        "add a variant for each value the variable takes";
    /// A variant for a value the selector never takes.
    UnknownVariant = "unknown-variant", Error,
        "a select on a variable with declared values has a variant for a value it never takes",
        "remove the variant, or name it after one of the declared values";
    /// A reference message that nothing uses.
    UnusedMessage = "unused-message", Warning,
        "a reference message that the code, the templates and data/ never use",
        "remove the message, or use it";
    /// A reference id that does not follow the naming convention.
    IdConvention = "id-convention", Warning,
        "a reference id that is not in kebab-case",
        "write ids in lowercase words joined by hyphens, like “label-when-to-use”";
    /// Three dots where an ellipsis character belongs.
    Ellipsis = "ellipsis", Warning,
        "three dots in the reference where an ellipsis belongs",
        "write the ellipsis character “…”";
    /// A straight quote where a typographic one belongs.
    StraightQuote = "straight-quote", Warning,
        "a straight quote in the reference where a typographic one belongs",
        "write typographic quotes “ ” ‘ ’ or the apostrophe ’";
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

/// Builds the findings of one file of one locale.
pub(crate) struct Reporter<'a> {
    locale: String,
    file: &'a str,
    source: Option<&'a SourceFile<'a>>,
    findings: Vec<Finding>,
}

impl<'a> Reporter<'a> {
    /// Findings in `file` (`vi/ui.ftl`) of `locale`, a folder name or
    /// the reference's tag. `source` is the file as parsed, or `None` when
    /// the locale lacks the file: then every finding points at the whole
    /// file.
    pub(crate) fn new(
        locale: &(impl std::fmt::Display + ?Sized),
        file: &'a str,
        source: Option<&'a SourceFile<'a>>,
    ) -> Reporter<'a> {
        Reporter {
            locale: locale.to_string(),
            file,
            source,
            findings: Vec::new(),
        }
    }

    /// A finding of the kind's default severity at a byte offset of the
    /// file.
    pub(crate) fn add(&mut self, kind: Kind, offset: usize, id: Option<&str>, message: String) {
        self.add_as(kind.default_severity(), kind, offset, id, message);
    }

    /// A finding of a given severity at a byte offset of the file.
    pub(crate) fn add_as(
        &mut self,
        severity: Severity,
        kind: Kind,
        offset: usize,
        id: Option<&str>,
        message: String,
    ) {
        let Some(source) = self.source else {
            self.add_to_file(severity, kind, id, message);
            return;
        };
        let text = source.text;
        let offset = offset.min(text.len());
        let (line, column) = source.line_column(offset);
        // One character wide, or zero wide at the end of a line so that the
        // caret stays on the line it names.
        let end = match text[offset..].chars().next() {
            Some('\n' | '\r') | None => offset,
            Some(c) => offset + c.len_utf8(),
        };
        self.push(
            severity,
            kind,
            (line, column),
            id,
            message,
            Some(offset..end),
        );
    }

    /// A finding at a byte offset of a file that is not Fluent, whose
    /// text is `text`.
    pub(crate) fn add_in_text(&mut self, kind: Kind, text: &str, offset: usize, message: String) {
        let (line, column) = crate::diagnostic::LineIndex::new(text).line_column(text, offset);
        let end = text[offset.min(text.len())..]
            .chars()
            .next()
            .map_or(offset, |c| offset + c.len_utf8());
        self.push(
            kind.default_severity(),
            kind,
            (line, column),
            None,
            message,
            Some(offset..end),
        );
    }

    /// A finding about something absent from the file, such as a missing
    /// message: it has no position of its own, so it points at the file.
    pub(crate) fn add_to_file(
        &mut self,
        severity: Severity,
        kind: Kind,
        id: Option<&str>,
        message: String,
    ) {
        self.push(severity, kind, (1, 1), id, message, None);
    }

    /// The findings made.
    pub(crate) fn into_findings(self) -> Vec<Finding> {
        self.findings
    }

    fn push(
        &mut self,
        severity: Severity,
        kind: Kind,
        (line, column): (usize, usize),
        id: Option<&str>,
        message: String,
        span: Option<Range<usize>>,
    ) {
        self.findings.push(Finding {
            severity,
            kind,
            locale: self.locale.clone(),
            file: self.file.to_owned(),
            line,
            column,
            id: id.map(str::to_owned),
            message,
            span,
        });
    }
}
