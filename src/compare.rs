//! The facts-driven comparison of two codes: which sentences apply and the
//! facts that fill them.
//!
//! Architecture invariant: this module decides *what* to say about two
//! codes from their facts alone, and names the Fluent message that says it.
//! It never builds a sentence: every summary, difference and piece of advice
//! is one message whose variables and selectors are filled from
//! [`Comparison::facts`].

use crate::catalog::{Code, Context, RfcSection};
use crate::messages::Difference;

/// Two codes that cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    /// Both are the same code.
    #[error("{0} and {0} are the same code")]
    SameCode(u16),
}

/// A value for a Fluent variable: numbers feed numeric and plural
/// selectors, strings feed the others. Each variable and the values it can
/// take are declared in [`crate::messages::FRAME_VARIABLES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// A number, such as a class digit.
    Number(u16),
    /// A string, such as a reply code, `yes`/`no`, or an identifier.
    Text(String),
}

impl Fact {
    /// The variant key a select on this value chooses.
    pub fn key(&self) -> String {
        match self {
            Fact::Number(n) => n.to_string(),
            Fact::Text(t) => t.clone(),
        }
    }
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

    /// The differences that apply to this pair: the source of each code is
    /// named only when the two come from different specifications.
    pub fn differences(&self) -> Vec<Difference> {
        Difference::ALL
            .iter()
            .copied()
            .filter(|&d| d != Difference::Source || !self.same_source())
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
            .flat_map(|code| code.sections())
            .collect();
        sections.sort_by(|x, y| {
            (x.rfc, section_key(&x.section)).cmp(&(y.rfc, section_key(&y.section)))
        });
        sections.dedup();
        sections
    }
}

/// Sorts "4.2.10" after "4.2.9".
fn section_key(section: &str) -> Vec<u32> {
    section.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::{Kind, Tree};
    use crate::catalog::Catalog;
    use crate::messages::FRAME_VARIABLES;

    /// Every fact is a declared frame variable, and for every pair of codes
    /// its value lies in the declared domain: a value outside it would fall
    /// silently to a frame's default variant.
    #[test]
    fn every_fact_is_declared_and_in_its_domain() {
        let catalog = Catalog::load(&Tree::embedded(Kind::Data)).unwrap();
        for a in catalog.codes() {
            for b in catalog.codes().filter(|b| b.code != a.code) {
                for (name, fact) in Comparison::new(a, b).unwrap().facts() {
                    let (_, domain) = FRAME_VARIABLES
                        .iter()
                        .find(|(declared, _)| *declared == name)
                        .unwrap_or_else(|| panic!("fact {name} is not in FRAME_VARIABLES"));
                    if let Some(keys) = domain.keys() {
                        assert!(
                            keys.contains(&fact.key()),
                            "{} vs {}: {name} = {} is outside {domain:?}",
                            a.code,
                            b.code,
                            fact.key()
                        );
                    }
                }
            }
        }
    }
}
