//! One pattern (a value or an attribute) of a translation against the same
//! pattern of the reference: empty values, unknown references, variables
//! and references both ways, untranslated copies, edge whitespace and
//! markup. Characters and doubled words are in `lints`, plural selects in
//! `plural`.

use std::collections::BTreeSet;

use fluent_syntax::ast::Pattern;

use super::Options;
use super::ast::{self, Facts};
use super::finding::{Kind, Reporter};
use super::lints;
use super::plural;
use super::project;
use super::reference::{Index, RefPattern};
use super::structure::Defined;
use crate::l10n::Direction;
use crate::markup::{self, Element};

/// What every pattern of one locale is checked with.
pub(crate) struct LocaleContext<'a> {
    /// The locale: `vi`.
    pub lang: &'a str,
    /// Whether it is the reference locale.
    pub is_reference: bool,
    /// Its writing direction.
    pub direction: Direction,
    /// Its CLDR plural categories.
    pub categories: &'a BTreeSet<&'static str>,
    /// Every id the locale defines.
    pub ids: &'a Defined<'a>,
    /// The reference, indexed.
    pub reference: &'a Index,
    /// The options of the check.
    pub options: &'a Options,
    /// Words the locale's glossary keeps as the reference writes them.
    pub glossary: &'a [String],
}

/// The message or term a pattern belongs to.
pub(crate) struct PatternContext<'a> {
    /// Its locale.
    pub locale: &'a LocaleContext<'a>,
    /// Its id.
    pub id: &'a str,
    /// Where the message's id is written: findings about a whole message
    /// point there.
    pub offset: usize,
}

/// How findings name a pattern: `“id”` for a value, `“id.attribute”` for
/// an attribute, written only into the findings there are.
pub(crate) struct What<'a> {
    /// The message's or term's id.
    pub id: &'a str,
    /// The attribute's name, for an attribute.
    pub attribute: Option<&'a str>,
}

impl std::fmt::Display for What<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.attribute {
            Some(name) => write!(f, "“{}.{name}”", self.id),
            None => write!(f, "“{}”", self.id),
        }
    }
}

/// Checks one pattern of `source`; `attribute` names it when it is not the
/// value, and `reference` is the same pattern in the reference locale.
/// Returns the pattern's message and term references.
pub(crate) fn check_pattern(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    attribute: Option<&str>,
    source: &str,
    pattern: &Pattern<&str>,
    reference: Option<&RefPattern>,
) -> Vec<ast::Reference> {
    let id = context.id;
    let what = What { id, attribute };
    let facts = ast::facts(source, pattern);
    if facts.runs.is_empty()
        && facts.variables.is_empty()
        && facts.references.is_empty()
        && facts.selects.is_empty()
    {
        reporter.add(
            Kind::EmptyValue,
            context.offset,
            Some(id),
            format!("{what} is empty"),
        );
    }
    let unknown_references = unknown_references(reporter, context, &what, &facts);
    lints::check_characters(reporter, context, &what, &facts);
    lints::check_doubled_words(reporter, context, &what, &facts);
    lints::check_variant_placeables(reporter, context, &what, &facts);
    project::check_selects(reporter, context, &what, &facts);
    let literals = literals(reporter, context, &what, &facts);

    let Some(reference) = reference.filter(|_| !context.locale.is_reference) else {
        return facts.references;
    };
    check_variables(reporter, context, &what, &facts, reference);
    check_references(
        reporter,
        context,
        &what,
        &facts,
        reference,
        &unknown_references,
    );
    plural::check_plurals(reporter, context, &what, &facts, reference);
    let text = facts.text();
    if text == reference.text
        && facts.variables.keys().eq(reference.variables.iter())
        && has_translatable_words(&text, context.locale.options, context.locale.glossary)
    {
        reporter.add(
            Kind::Untranslated,
            context.offset,
            Some(id),
            format!("{what} is identical to the reference; translate it, or keep its words in the locale’s GLOSSARY.md or in the allow-list"),
        );
    }
    check_edges(reporter, context, &what, pattern, reference);
    check_literals(reporter, context, &what, literals, reference);
    let tags = ast::tags(&text);
    if tags != reference.tags {
        reporter.add(
            Kind::MarkupMismatch,
            context.offset,
            Some(id),
            format!(
                "{what} has the markup {} but the reference has {}",
                show_tags(&tags),
                show_tags(&reference.tags)
            ),
        );
    }
    facts.references
}

/// A literal of a translation: its element, text and source offset.
type Found = (Element, String, usize);

/// The literals of a pattern, in order, with the markup that marks none
/// reported.
fn literals(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &Facts,
) -> Vec<Found> {
    let mut found = Vec::new();
    for run in &facts.runs {
        let offset = |at: usize| {
            run.source_offset(at)
                .or(run.offset)
                .unwrap_or(context.offset)
        };
        let (literals, malformed) = markup::parse(&run.text);
        for bad in malformed {
            reporter.add(
                Kind::LiteralMarkup,
                offset(bad.at),
                Some(context.id),
                format!("{what}: this literal tag {}", bad.problem),
            );
        }
        found.extend(
            literals
                .into_iter()
                .map(|l| (l.element, l.text.to_owned(), offset(l.at))),
        );
    }
    found
}

/// Reports each literal of the reference that the translation changes or
/// drops, and each it adds: a literal is the same text in the same
/// element, as often as the reference has it.
fn check_literals(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    found: Vec<Found>,
    reference: &RefPattern,
) {
    let show = |element: Element, text: &str| format!("<{0}>{text}</{0}>", element.name());
    let mut missing: Vec<&(Element, String)> = reference.literals.iter().collect();
    let mut extra = Vec::new();
    for literal in found {
        match missing
            .iter()
            .position(|(element, text)| *element == literal.0 && *text == literal.1)
        {
            Some(i) => {
                missing.remove(i);
            }
            None => extra.push(literal),
        }
    }
    for (element, text, offset) in extra {
        let message = match missing.iter().position(|(e, _)| *e == element) {
            Some(i) => {
                let (_, original) = missing.remove(i);
                format!(
                    "{what} has the literal {} where the reference has {}; a literal is kept byte for byte",
                    show(element, &text),
                    show(element, original)
                )
            }
            None => format!(
                "{what} adds the literal {}, which the reference does not have",
                show(element, &text)
            ),
        };
        reporter.add(Kind::LiteralMismatch, offset, Some(context.id), message);
    }
    for (element, text) in missing {
        reporter.add(
            Kind::LiteralMismatch,
            context.offset,
            Some(context.id),
            format!(
                "{what} drops the literal {} of the reference",
                show(*element, text)
            ),
        );
    }
}

/// Reports references to ids defined neither in the locale nor in the
/// reference, and returns them.
fn unknown_references<'f>(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &'f Facts,
) -> BTreeSet<&'f str> {
    let mut unknown = BTreeSet::new();
    for reference_id in &facts.references {
        if !context
            .locale
            .ids
            .contains(context.locale.reference, &reference_id.id)
            && !context.locale.reference.contains_key(&reference_id.id)
        {
            unknown.insert(reference_id.id.as_str());
            reporter.add(
                Kind::UnknownReference,
                reference_id.offset,
                Some(context.id),
                format!("{what} refers to “{}”, which is defined neither here nor in the reference locale", reference_id.id),
            );
        }
    }
    unknown
}

/// Variables the reference never sets, and reference variables dropped.
fn check_variables(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &Facts,
    reference: &RefPattern,
) {
    for (variable, offset) in &facts.variables {
        if !reference.variables.contains(variable) {
            reporter.add(
                Kind::UnknownVariable,
                offset.saturating_sub(1),
                Some(context.id),
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
            Kind::UnusedVariable,
            context.offset,
            Some(context.id),
            format!("{what} drops ${variable}, which the reference message uses"),
        );
    }
}

/// Message and term references added to, or dropped from, the reference's.
/// A term's references are not compared: terms are a locale's own grammar,
/// and a translation may build its terms from others the reference lacks.
fn check_references(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    facts: &Facts,
    reference: &RefPattern,
    unknown: &BTreeSet<&str>,
) {
    if context.id.starts_with('-') {
        return;
    }
    let mut used = BTreeSet::new();
    for reference_id in &facts.references {
        let Some(name) = reference_id.compared_name() else {
            continue;
        };
        if !reference.references.contains(&name) && !unknown.contains(reference_id.id.as_str()) {
            reporter.add(
                Kind::ObsoleteReference,
                reference_id.offset,
                Some(context.id),
                format!("{what} refers to “{name}”, which the reference message does not"),
            );
        }
        used.insert(name);
    }
    for missing in reference.references.difference(&used) {
        reporter.add(
            Kind::MissingReference,
            context.offset,
            Some(context.id),
            format!("{what} drops the reference to “{missing}” that the reference message makes"),
        );
    }
}

/// Leading or trailing whitespace where the reference has none, or none
/// where it has some.
fn check_edges(
    reporter: &mut Reporter<'_>,
    context: &PatternContext<'_>,
    what: &What<'_>,
    pattern: &Pattern<&str>,
    reference: &RefPattern,
) {
    let edge = ast::edge_text(pattern);
    let leading = |s: &str| s.len() - s.trim_start().len();
    let trailing = |s: &str| s.len() - s.trim_end().len();
    if (leading(&edge) > 0) != (leading(&reference.edge) > 0)
        || (trailing(&edge) > 0) != (trailing(&reference.edge) > 0)
    {
        reporter.add(
            Kind::Whitespace,
            context.offset,
            Some(context.id),
            format!("{what} starts or ends with whitespace differently from the reference"),
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

fn has_translatable_words(text: &str, options: &Options, glossary: &[String]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .any(|w| {
            let acronym = w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
            let kept = options.allow_untranslated.iter().any(|a| a == w)
                || glossary.iter().any(|g| g.eq_ignore_ascii_case(w));
            !acronym && !kept
        })
}
