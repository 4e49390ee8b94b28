//! What the checker needs to know about a parsed Fluent message: its
//! variables, references, select expressions, text and their positions.
//!
//! The parser keeps no spans, but every identifier and text it returns is a
//! slice of the source, so a position is the slice's distance from the start
//! of the source ([`offset_in`]).

use std::collections::BTreeMap;

use fluent_syntax::ast::{
    CallArguments, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use super::lints::is_control;

pub use crate::l10n::ftl::offset_in;

/// A select expression: the keys of its variants and where it starts.
#[derive(Debug, Clone)]
pub struct Select {
    /// Byte offset of the selector (or of the first variant key).
    pub offset: usize,
    /// The variable selected on, directly or through a function such as
    /// `NUMBER($count)`.
    pub selector: Option<String>,
    /// The variant keys as written.
    pub keys: Vec<String>,
    /// The placeables of each variant, in the order of `keys`: its
    /// variables (`$count`) and its message and term references (`-brand`,
    /// `msg.attr`), nested selects included.
    pub placeables: Vec<std::collections::BTreeSet<String>>,
}

/// A reference to another message or term: `-term` ids start with `-`.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The id, with a leading `-` for terms.
    pub id: String,
    /// The attribute referred to (`{ msg.title }`), if any.
    pub attribute: Option<String>,
    /// Byte offset of the id.
    pub offset: usize,
}

impl Reference {
    /// The name a translation must refer to as its reference message does:
    /// `msg` or `msg.attr` for a message, `-term` for a term. A term's
    /// attribute (`{ -brand.gender -> … }`) is the locale's own grammar and
    /// is never compared, so it has none.
    pub fn compared_name(&self) -> Option<String> {
        match (&self.attribute, self.id.starts_with('-')) {
            (None, _) => Some(self.id.clone()),
            (Some(_), true) => None,
            (Some(attribute), false) => Some(format!("{}.{attribute}", self.id)),
        }
    }
}

/// A run of text that a reader sees as one stretch of prose: the text of one
/// variant, or of the pattern outside any select. Placeables inside a run
/// are replaced by U+FFFC so that words on either side are never joined.
#[derive(Debug, Clone, Default)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Byte offset of the run's first text element, if it has one.
    pub offset: Option<usize>,
    /// Where each piece of the text came from: (byte index in `text`, byte
    /// offset in the source).
    map: Vec<(usize, usize)>,
}

impl Run {
    /// The source offset of byte `index` of the run's text.
    pub fn source_offset(&self, index: usize) -> Option<usize> {
        let &(start, source) = self.map.iter().rev().find(|(start, _)| *start <= index)?;
        Some(source + (index - start))
    }

    fn push_source(&mut self, text: &str, source_offset: Option<usize>) {
        if let Some(offset) = source_offset {
            self.map.push((self.text.len(), offset));
        }
        self.text.push_str(text);
    }
}

/// Everything collected from one pattern.
#[derive(Debug, Default, Clone)]
pub struct Facts {
    /// `$variables`, with the offset of their first use.
    pub variables: BTreeMap<String, usize>,
    /// Message and term references.
    pub references: Vec<Reference>,
    /// Select expressions, outermost first.
    pub selects: Vec<Select>,
    /// Runs of prose, one per variant.
    pub runs: Vec<Run>,
    /// The invisible and bidi control characters the reader may get,
    /// decoded from text and string literals (with `\uXXXX` escapes
    /// resolved), with their byte offsets.
    pub controls: Vec<(char, usize)>,
}

impl Facts {
    /// The text of every run, one run per line.
    pub fn text(&self) -> String {
        self.runs
            .iter()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Collects the facts of one pattern of `source`.
pub fn facts<'s>(source: &'s str, pattern: &Pattern<&'s str>) -> Facts {
    let mut facts = Facts::default();
    let mut run = Run::default();
    walk_pattern(source, pattern, &mut facts, &mut run);
    facts.runs.push(run);
    facts.runs.retain(|r| !r.text.trim().is_empty());
    facts
}

fn walk_pattern<'s>(source: &'s str, pattern: &Pattern<&'s str>, facts: &mut Facts, run: &mut Run) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                let offset = offset_in(source, value);
                if run.offset.is_none() {
                    run.offset = offset;
                }
                run.push_source(value, offset);
                if let Some(offset) = offset
                    && may_hold_controls(value)
                {
                    facts.controls.extend(
                        value
                            .char_indices()
                            .filter(|(_, c)| is_control(*c))
                            .map(|(i, c)| (c, offset + i)),
                    );
                }
            }
            PatternElement::Placeable { expression } => {
                walk_expression(source, expression, facts, run);
            }
        }
    }
}

/// Whether a text may hold a character [`is_control`] finds: each is
/// U+061C or written in UTF-8 from the byte E2 or EF, and a text without
/// those bytes is not read character by character.
fn may_hold_controls(text: &str) -> bool {
    text.bytes().any(|byte| matches!(byte, 0xD8 | 0xE2 | 0xEF))
}

fn walk_expression<'s>(
    source: &'s str,
    expression: &Expression<&'s str>,
    facts: &mut Facts,
    run: &mut Run,
) {
    match expression {
        Expression::Inline(inline) => walk_inline(source, inline, facts, run),
        Expression::Select { selector, variants } => {
            walk_inline(source, selector, facts, &mut Run::default());
            let selected = match selector {
                InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().find_map(|a| match a {
                        InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
                        _ => None,
                    })
                }
                _ => None,
            };
            let offset = selector_offset(source, selector)
                .or_else(|| variants.first().and_then(|v| key_offset(source, &v.key)))
                .unwrap_or(0);
            facts.selects.push(Select {
                offset,
                selector: selected,
                keys: variants
                    .iter()
                    .map(|v| key_text(&v.key).to_owned())
                    .collect(),
                placeables: variants
                    .iter()
                    .map(|v| {
                        let mut names = std::collections::BTreeSet::new();
                        placeables_of(&v.value, &mut names);
                        names
                    })
                    .collect(),
            });
            // The text around a select and the text of each variant are
            // separate runs: a variant is read in place of the others.
            run.text.push('\u{FFFC}');
            for variant in variants {
                let mut inner = Run::default();
                walk_pattern(source, &variant.value, facts, &mut inner);
                facts.runs.push(inner);
            }
        }
    }
}

/// The variables and references of a pattern, as `$name`, `-term` or
/// `msg.attr`.
fn placeables_of(pattern: &Pattern<&str>, names: &mut std::collections::BTreeSet<String>) {
    for_each_inline(pattern, &mut |expression, _| match expression {
        InlineExpression::VariableReference { id } => {
            names.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, attribute } => {
            names.insert(match attribute {
                Some(attribute) => format!("{}.{}", id.name, attribute.name),
                None => id.name.to_owned(),
            });
        }
        InlineExpression::TermReference { id, .. } => {
            names.insert(format!("-{}", id.name));
        }
        _ => {}
    });
}

/// Calls `each` with every inline expression of a pattern's placeables,
/// those in selectors, variants, arguments and nested placeables too, and
/// whether it is an argument of a function (`$n` in `NUMBER($n)`; a term's
/// arguments are its caller's).
pub(crate) fn for_each_inline<'p, 's>(
    pattern: &'p Pattern<&'s str>,
    each: &mut impl FnMut(&'p InlineExpression<&'s str>, bool),
) {
    fn inline<'p, 's>(
        expression: &'p InlineExpression<&'s str>,
        in_call: bool,
        each: &mut impl FnMut(&'p InlineExpression<&'s str>, bool),
    ) {
        each(expression, in_call);
        let (arguments, in_call) = match expression {
            InlineExpression::FunctionReference { arguments, .. } => (arguments, true),
            InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => (arguments, in_call),
            InlineExpression::Placeable { expression } => return placeable(expression, each),
            _ => return,
        };
        for argument in &arguments.positional {
            inline(argument, in_call, each);
        }
        for argument in &arguments.named {
            inline(&argument.value, in_call, each);
        }
    }
    fn placeable<'p, 's>(
        expression: &'p Expression<&'s str>,
        each: &mut impl FnMut(&'p InlineExpression<&'s str>, bool),
    ) {
        match expression {
            Expression::Inline(expression) => inline(expression, false, each),
            Expression::Select { selector, variants } => {
                inline(selector, false, each);
                for variant in variants {
                    for_each_inline(&variant.value, each);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            placeable(expression, each);
        }
    }
}

fn walk_inline<'s>(
    source: &'s str,
    inline: &InlineExpression<&'s str>,
    facts: &mut Facts,
    run: &mut Run,
) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            let decoded = unescape(value);
            if let Some(offset) = offset_in(source, value) {
                facts.controls.extend(
                    decoded
                        .chars()
                        .filter(|c| is_control(*c))
                        .map(|c| (c, offset)),
                );
            }
            run.text.push_str(&decoded);
        }
        InlineExpression::NumberLiteral { value } => run.text.push_str(value),
        InlineExpression::VariableReference { id } => {
            if let Some(offset) = offset_in(source, id.name) {
                facts.variables.entry(id.name.to_owned()).or_insert(offset);
            }
            run.text.push('\u{FFFC}');
        }
        InlineExpression::MessageReference { id, attribute } => {
            facts.references.push(Reference {
                id: id.name.to_owned(),
                attribute: attribute.as_ref().map(|a| a.name.to_owned()),
                offset: offset_in(source, id.name).unwrap_or(0),
            });
            run.text.push('\u{FFFC}');
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            facts.references.push(Reference {
                id: format!("-{}", id.name),
                attribute: attribute.as_ref().map(|a| a.name.to_owned()),
                offset: offset_in(source, id.name).map_or(0, |o| o.saturating_sub(1)),
            });
            if let Some(arguments) = arguments {
                walk_arguments(source, arguments, facts);
            }
            run.text.push('\u{FFFC}');
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(source, arguments, facts);
            run.text.push('\u{FFFC}');
        }
        InlineExpression::Placeable { expression } => {
            walk_expression(source, expression, facts, run)
        }
    }
}

/// The arguments of a term or function call: each is its own run, as it
/// is not read as part of the surrounding text.
fn walk_arguments<'s>(source: &'s str, arguments: &CallArguments<&'s str>, facts: &mut Facts) {
    let named = arguments.named.iter().map(|argument| &argument.value);
    for argument in arguments.positional.iter().chain(named) {
        walk_inline(source, argument, facts, &mut Run::default());
    }
}

fn selector_offset(source: &str, selector: &InlineExpression<&str>) -> Option<usize> {
    match selector {
        InlineExpression::VariableReference { id } => {
            offset_in(source, id.name).map(|o| o.saturating_sub(1))
        }
        InlineExpression::FunctionReference { id, .. } => offset_in(source, id.name),
        InlineExpression::MessageReference { id, .. } => offset_in(source, id.name),
        InlineExpression::TermReference { id, .. } => {
            offset_in(source, id.name).map(|o| o.saturating_sub(1))
        }
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            offset_in(source, value)
        }
        InlineExpression::Placeable { .. } => None,
    }
}

fn key_offset(source: &str, key: &VariantKey<&str>) -> Option<usize> {
    offset_in(source, key_text(key))
}

fn key_text<'s>(key: &VariantKey<&'s str>) -> &'s str {
    match key {
        VariantKey::Identifier { name } => name,
        VariantKey::NumberLiteral { value } => value,
    }
}

/// Resolves the escapes of a Fluent string literal: `\\`, `\"`, `\uXXXX`
/// and `\UXXXXXX`. An invalid escape is kept as written.
pub fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some(e @ ('\\' | '"')) => {
                chars.next();
                out.push(e);
            }
            Some(kind @ ('u' | 'U')) => {
                chars.next();
                let len = if kind == 'u' { 4 } else { 6 };
                let hex: String = chars.clone().take(len).collect();
                match u32::from_str_radix(&hex, 16)
                    .ok()
                    .filter(|_| hex.len() == len)
                    .and_then(char::from_u32)
                {
                    Some(decoded) => {
                        for _ in 0..len {
                            chars.next();
                        }
                        out.push(decoded);
                    }
                    None => {
                        out.push('\\');
                        out.push(kind);
                    }
                }
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// The text of a pattern as a reader sees it at its edges: text elements and
/// string literals at the top level, placeables as U+FFFC.
pub fn edge_text(pattern: &Pattern<&str>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => text.push_str(&unescape(value)),
            PatternElement::Placeable { .. } => text.push('\u{FFFC}'),
        }
    }
    text
}

/// The HTML-like tags of a text, such as `<b>`, `</b>` and `<a>`, sorted.
pub fn tags(text: &str) -> Vec<String> {
    let mut tags = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        // Literals (`<samp>`, `<code>`) are checked as literals.
        let is_tag = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && !matches!(name.as_str(), "samp" | "code")
            && rest.find('>').is_some_and(|end| !rest[..end].contains('<'));
        if is_tag {
            tags.push(format!(
                "<{}{}>",
                if closing { "/" } else { "" },
                name.to_ascii_lowercase()
            ));
        }
    }
    tags.sort();
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_that_holds_a_control_character_is_read_for_it() {
        for c in (0..=0x10_FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_control(c))
        {
            assert!(may_hold_controls(&format!("a{c}b")), "U+{:04X}", c as u32);
        }
        assert!(!may_hold_controls("plain text, déjà vu"));
    }

    #[test]
    fn escapes_are_decoded() {
        assert_eq!(unescape(r#"a\u202Eb\"\\\U01F600"#), "a\u{202e}b\"\\😀");
        assert_eq!(unescape(r"\u12"), r"\u12");
    }

    #[test]
    fn tags_are_found() {
        assert_eq!(
            tags("a <b>bold</b> and <a href=\"x\">link</a> 3 < 4 <code>x</code>"),
            ["</a>", "</b>", "<a>", "<b>"]
        );
    }
}
