//! Pseudo-locales: the reference's messages with their text made to look
//! foreign, so that a reader of the reference can see what a translation
//! will do to a page before anyone translates it. `en-XA` is accented and
//! about a third longer, each message between brackets, so that text a
//! message does not hold (written in a template or in code) stays plain,
//! a sentence glued from two messages shows `][` where they meet, and a
//! box too small for a longer text overflows; `ar-XB` is turned upside
//! down and laid out right to left, so that what a right-to-left page
//! reorders (punctuation around a placeable, a literal in the text, a
//! mirrored layout) shows. The tags are those Android and Chromium give
//! the same two pseudo-locales.
//!
//! A pseudo-locale is made as `.ftl` text, from the reference's files,
//! with every text element transformed by fluent-pseudo and the rest
//! (ids, placeables, selectors, variant keys, literals, markup) kept byte
//! for byte, on the same lines: it is loaded, exported and checked like
//! any locale, and a finding in it is on the line of the reference that
//! made it.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use unic_langid::{LanguageIdentifier, langid};

use super::ftl::{FtlFile, offset_in};
use crate::markup::{self, Piece};

/// A pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Pseudo {
    /// `en-XA`: accented, lengthened and bracketed.
    Accented,
    /// `ar-XB`: upside down, right to left.
    Bidi,
}

impl Pseudo {
    /// Every pseudo-locale.
    pub const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Bidi];

    /// Its language tag.
    pub fn tag(self) -> LanguageIdentifier {
        match self {
            Pseudo::Accented => langid!("en-XA"),
            Pseudo::Bidi => langid!("ar-XB"),
        }
    }

    /// The pseudo-locale a tag names, if it names one.
    pub fn of(tag: &LanguageIdentifier) -> Option<Pseudo> {
        Pseudo::ALL.into_iter().find(|p| &p.tag() == tag)
    }

    /// A formatted message as the pseudo-locale shows it: between brackets
    /// for `en-XA`, so that where one message ends and the next begins is
    /// seen; unchanged for `ar-XB`.
    pub fn mark(self, text: String) -> String {
        match self {
            Pseudo::Accented => format!("[{text}]"),
            Pseudo::Bidi => text,
        }
    }

    /// One text of a message, transformed: the letters of its words, not
    /// its literals (`<code>EHLO</code>` stays as it is), nor anything that
    /// is markup in other projects' files (an HTML tag, an entity).
    pub fn text(self, text: &str) -> String {
        let (flipped, elongate) = match self {
            Pseudo::Accented => (false, true),
            Pseudo::Bidi => (true, false),
        };
        let mut out = String::with_capacity(text.len() * 3 / 2);
        for piece in markup::pieces(text) {
            match piece {
                Piece::Literal(element, inner) => {
                    out.push('<');
                    out.push_str(element.name());
                    out.push('>');
                    out.push_str(inner);
                    out.push_str("</");
                    out.push_str(element.name());
                    out.push('>');
                }
                // fluent-pseudo's `transform_dom` would keep tags too, but
                // it accents the text before a tag even when asked to flip
                // it: tags are kept here.
                Piece::Text(text) => {
                    for (kept, part) in markup_of_others(text) {
                        if kept {
                            out.push_str(part);
                        } else {
                            out.push_str(&fluent_pseudo::transform(part, flipped, elongate));
                        }
                    }
                }
            }
        }
        out
    }

    /// The pseudo-locale's version of a reference file, parsed, named
    /// `path` in messages.
    pub fn file(self, reference: &FtlFile, path: String) -> FtlFile {
        FtlFile::parse(path, self.ftl(reference))
    }

    /// The pseudo-locale's version of a reference file's text: each text
    /// element of each message and term transformed, everything else as
    /// written. Only letters change, so every line keeps its number and
    /// the file stays valid Fluent.
    pub fn ftl(self, file: &FtlFile) -> String {
        let source = file.source();
        let mut texts: Vec<(usize, &str)> = Vec::new();
        for entry in file.resource().entries() {
            let (value, attributes) = match entry {
                Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (Some(&t.value), &t.attributes),
                _ => continue,
            };
            for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
                text_elements(pattern, &mut |text| {
                    if let Some(at) = offset_in(source, text) {
                        texts.push((at, text));
                    }
                });
            }
        }
        texts.sort_by_key(|&(at, _)| at);
        let mut out = String::with_capacity(source.len() * 3 / 2);
        let mut from = 0;
        for (at, text) in texts {
            if at < from {
                continue;
            }
            out.push_str(&source[from..at]);
            out.push_str(&self.text(text));
            from = at + text.len();
        }
        out.push_str(&source[from..]);
        out
    }
}

/// Calls `each` with every text element of a pattern, in the variants of
/// its selects too.
fn text_elements<'s>(pattern: &Pattern<&'s str>, each: &mut impl FnMut(&'s str)) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => each(value),
            PatternElement::Placeable { expression } => expression_texts(expression, each),
        }
    }
}

fn expression_texts<'s>(expression: &Expression<&'s str>, each: &mut impl FnMut(&'s str)) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                text_elements(&variant.value, each);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_texts(expression, each);
        }
        Expression::Inline(_) => {}
    }
}

/// `text` cut into what is kept (an HTML tag, `<a href="…">`, or an
/// entity, `&amp;`) and what is transformed, in order.
fn markup_of_others(text: &str) -> Vec<(bool, &str)> {
    let mut parts = Vec::new();
    let mut from = 0;
    let mut at = 0;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let end = match bytes[at] {
            b'<' => text[at..]
                .find('>')
                .map(|n| at + n + 1)
                .filter(|&end| is_tag(&text[at..end])),
            b'&' => text[at..]
                .find(';')
                .map(|n| at + n + 1)
                .filter(|&end| is_entity(&text[at..end])),
            _ => None,
        };
        match end {
            Some(end) => {
                if at > from {
                    parts.push((false, &text[from..at]));
                }
                parts.push((true, &text[at..end]));
                from = end;
                at = end;
            }
            None => at += 1,
        }
    }
    if from < text.len() {
        parts.push((false, &text[from..]));
    }
    parts
}

/// Whether `<…>` is a tag: `<a href="x">`, `</b>`, `<br/>`; not
/// `MAIL FROM:<>` or `<user@example.com>`.
fn is_tag(candidate: &str) -> bool {
    let inner = candidate
        .trim_start_matches('<')
        .trim_start_matches('/')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let name: &str = inner.split([' ', '\t', '\n']).next().unwrap_or_default();
    !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !inner.contains('@')
}

/// Whether `&…;` is an entity: `&amp;`, `&#x202a;`.
fn is_entity(candidate: &str) -> bool {
    let inner = &candidate[1..candidate.len() - 1];
    !inner.is_empty()
        && inner.len() <= 32
        && inner
            .trim_start_matches('#')
            .chars()
            .all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_change_and_literals_and_markup_do_not() {
        let text = "Send <code>EHLO</code> again & <a href=\"x\">retry</a> &amp; wait: MAIL FROM:<> from <user@example.com>";
        let shown: Vec<String> = Pseudo::ALL.iter().map(|p| p.text(text)).collect();
        insta::assert_snapshot!(shown.join("\n"));
    }

    #[test]
    fn a_pseudo_file_keeps_its_lines_and_everything_but_text() {
        let source = "# A comment stays.\nhello = Hello, { $name }!\n    .title = Greeting\n-brand = { $case ->\n    [short] Mail\n   *[long] The mail\n}\nlines =\n    One\n    Two { hello } { \"literal\" }\n";
        let file = FtlFile::parse("en/x.ftl".to_owned(), source.to_owned());
        let pseudo = Pseudo::Accented.ftl(&file);
        assert_eq!(pseudo.lines().count(), source.lines().count());
        let parsed = FtlFile::parse("en-XA/x.ftl".to_owned(), pseudo.clone());
        assert!(parsed.syntax_errors().is_empty());
        assert_eq!(parsed.entries().count(), 3);
        insta::assert_snapshot!(pseudo);
    }

    #[test]
    fn tags_name_the_pseudo_locales() {
        for pseudo in Pseudo::ALL {
            assert_eq!(Pseudo::of(&pseudo.tag()), Some(pseudo));
        }
        assert_eq!(Pseudo::of(&langid!("en")), None);
        assert_eq!(
            super::super::Direction::of(&Pseudo::Bidi.tag()),
            super::super::Direction::Rtl
        );
    }
}
