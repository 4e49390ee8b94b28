//! The facts-driven comparison of two codes: which sentences apply and the
//! facts that fill them.
//!
//! Architecture invariant: this module decides *what* to say about two
//! codes from their facts alone, and names the Fluent message that says it.
//! It never builds a sentence: every summary, difference and piece of advice
//! is one message whose variables and selectors are filled from
//! [`Comparison::facts`].

use crate::catalog::{Code, Context, RfcSection};

/// The summary paragraph.
pub const SUMMARY: &str = "compare-summary";
/// The advice on choosing between the two codes.
pub const WHEN_TO_USE: &str = "compare-when-to-use";
/// The page title.
pub const TITLE: &str = "compare-title";
/// The message shown instead of a page when both codes are the same.
pub const SAME_CODE: &str = "compare-same-code";

/// The key-difference messages, in the order they are shown.
pub const DIFFERENCES: &[&str] = &[
    "compare-diff-class",
    "compare-diff-category",
    "compare-diff-phase",
    "compare-diff-actor",
    "compare-diff-source",
];

/// Two codes that cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    /// Both are the same code.
    #[error("{0} and {0} are the same code")]
    SameCode(u16),
}

/// A value for a Fluent variable: numbers feed numeric and plural
/// selectors, strings feed the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// A number, such as a class digit.
    Number(u16),
    /// A string, such as a reply code, `yes`/`no`, or an identifier.
    Text(String),
}

/// Two different codes side by side.
#[derive(Debug, Clone, Copy)]
pub struct Comparison<'c> {
    /// The first code, as the reader gave it.
    pub a: &'c Code,
    /// The second code.
    pub b: &'c Code,
}

impl<'c> Comparison<'c> {
    /// Compares two codes; a code cannot be compared with itself.
    pub fn new(a: &'c Code, b: &'c Code) -> Result<Comparison<'c>, CompareError> {
        if a.code == b.code {
            return Err(CompareError::SameCode(a.code));
        }
        Ok(Comparison { a, b })
    }

    /// Whether the first digits are equal, and so the client's handling.
    pub fn same_class(&self) -> bool {
        self.a.class == self.b.class
    }

    /// The difference messages that apply to this pair: the source of each
    /// code is named only when the two come from different specifications.
    pub fn differences(&self) -> Vec<&'static str> {
        DIFFERENCES
            .iter()
            .copied()
            .filter(|&id| id != "compare-diff-source" || !self.same_source())
            .collect()
    }

    fn same_source(&self) -> bool {
        let (a, b) = (self.a.primary(), self.b.primary());
        a.rfc == b.rfc && a.context == b.context
    }

    /// The language-neutral variables of every comparison message. The
    /// caller adds the localized names (`name-a`, `class-name-a`,
    /// `category-name-a`, `context-a` and their `-b` twins).
    pub fn facts(&self) -> Vec<(&'static str, Fact)> {
        let yes_no = |same: bool| Fact::Text(if same { "yes" } else { "no" }.to_owned());
        let text = |s: &str| Fact::Text(s.to_owned());
        let (a, b) = (self.a, self.b);
        vec![
            ("a", Fact::Text(a.code.to_string())),
            ("b", Fact::Text(b.code.to_string())),
            ("class-a", Fact::Number(a.class.into())),
            ("class-b", Fact::Number(b.class.into())),
            ("category-a", Fact::Number(a.category.into())),
            ("category-b", Fact::Number(b.category.into())),
            ("phase-a", text(a.phases[0].as_str())),
            ("phase-b", text(b.phases[0].as_str())),
            ("actor-a", text(a.actor.as_str())),
            ("actor-b", text(b.actor.as_str())),
            ("rfc-a", Fact::Text(a.primary().rfc.to_string())),
            ("rfc-b", Fact::Text(b.primary().rfc.to_string())),
            ("same-class", yes_no(self.same_class())),
            ("same-category", yes_no(a.category == b.category)),
            ("same-phase", yes_no(a.phases[0] == b.phases[0])),
            ("same-actor", yes_no(a.actor == b.actor)),
            ("extension", text(self.extension())),
        ]
    }

    /// Which of the two codes belongs to an SMTP extension rather than to
    /// SMTP itself: `a`, `b`, `both` or `none`.
    fn extension(&self) -> &'static str {
        let is_extension = |code: &Code| code.primary().context != Context::Core;
        match (is_extension(self.a), is_extension(self.b)) {
            (true, true) => "both",
            (true, false) => "a",
            (false, true) => "b",
            (false, false) => "none",
        }
    }

    /// The RFC sections behind both codes, without repeats, in RFC order.
    pub fn rfc_sections(&self) -> Vec<RfcSection> {
        let mut sections: Vec<RfcSection> = [self.a, self.b]
            .iter()
            .flat_map(|code| code_sections(code))
            .collect();
        sections.sort_by(|x, y| {
            (x.rfc, section_key(&x.section)).cmp(&(y.rfc, section_key(&y.section)))
        });
        sections.dedup();
        sections
    }
}

/// The RFC sections behind one code: its definitions, then the section that
/// restricts it, without repeats.
pub fn code_sections(code: &Code) -> Vec<RfcSection> {
    let mut sections: Vec<RfcSection> = code.defined.iter().map(|d| d.rfc_section()).collect();
    sections.extend(code.deprecated.clone());
    let mut seen = Vec::new();
    sections.retain(|s| {
        let new = !seen.contains(s);
        seen.push(s.clone());
        new
    });
    sections
}

/// Sorts "4.2.10" after "4.2.9".
fn section_key(section: &str) -> Vec<u32> {
    section.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}
