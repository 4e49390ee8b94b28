//! The facts-driven comparison of two codes: which sentences apply and the
//! facts that fill them.
//!
//! Architecture invariant: this module decides *what* to say about two
//! codes from their facts alone, and names the Fluent message that says it.
//! It never builds a sentence: every summary, difference and piece of advice
//! is one message whose variables and selectors are filled from
//! [`Comparison::facts`].

use crate::catalog::{Code, Context, Phase, RfcSection};
use crate::messages::Difference;

/// Two codes that cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    /// Both are the same code.
    #[error("{0} and {0} are the same code")]
    SameCode(u16),
}

/// A value for a Fluent variable: numbers feed numeric and plural
/// selectors, strings feed the others, and lists are localized into one
/// string by the view. Each variable and the values it can take are
/// declared in [`crate::messages::FRAME_VARIABLES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// A number, such as a class digit.
    Number(u16),
    /// A string, such as a reply code, `yes`/`no`, or an identifier.
    Text(String),
    /// Phases, each shown as a phrase, joined as "A, B and C".
    Phases(Vec<Phase>),
    /// The RFCs and contexts that define a code, joined as "A, B and C".
    Sources(Vec<(u16, Context)>),
    /// Extensions, one of which a server offers, joined as "A or B".
    Offers(Vec<Context>),
}

impl Fact {
    /// The variant key a select on this value chooses; lists are never
    /// selected on.
    pub fn key(&self) -> String {
        match self {
            Fact::Number(n) => n.to_string(),
            Fact::Text(t) => t.clone(),
            Fact::Phases(_) | Fact::Sources(_) | Fact::Offers(_) => String::new(),
        }
    }
}

/// How the phases of two codes overlap, as the frames select on it: a code
/// that answers any command appears wherever the other does.
fn overlap(a: &[Phase], b: &[Phase]) -> &'static str {
    let any = |phases: &[Phase]| Phase::of_commands().all(|p| phases.contains(&p));
    let shared = a.iter().any(|p| b.contains(p));
    let a_in_b = a.iter().all(|p| b.contains(p));
    let b_in_a = b.iter().all(|p| a.contains(p));
    match (any(a), any(b)) {
        (true, false) if b_in_a => return "a-any",
        (false, true) if a_in_b => return "b-any",
        _ => {}
    }
    match (shared, a_in_b, b_in_a) {
        (false, _, _) => "none",
        (true, true, true) => "same",
        (true, true, false) => "a-within-b",
        (true, false, true) => "b-within-a",
        (true, false, false) => "partial",
    }
}

/// The RFCs and contexts that define a code, in the order of its
/// definitions, without repeats.
fn sources(code: &Code) -> Vec<(u16, Context)> {
    let mut sources: Vec<(u16, Context)> = Vec::new();
    for definition in &code.defined {
        if !sources.contains(&(definition.rfc, definition.context)) {
            sources.push((definition.rfc, definition.context));
        }
    }
    sources
}

/// Whether a code belongs to SMTP extensions only: no definition of it is
/// in SMTP itself.
fn extension_only(code: &Code) -> bool {
    code.defined.iter().all(|d| d.context != Context::Core)
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

    /// The differences that apply to this pair: the sources are named only
    /// when the two codes are not defined by the same RFCs in the same
    /// contexts.
    pub fn differences(&self) -> Vec<Difference> {
        Difference::ALL
            .iter()
            .copied()
            .filter(|&d| d != Difference::Source || !self.same_source())
            .collect()
    }

    fn same_source(&self) -> bool {
        let (mut a, mut b) = (sources(self.a), sources(self.b));
        a.sort();
        b.sort();
        a == b
    }

    /// The phases of both codes: those they share (in the order of the
    /// first code's), those only the first has, those only the second has.
    pub fn phases(&self) -> (Vec<Phase>, Vec<Phase>, Vec<Phase>) {
        let (a, b) = (self.a.phases(), self.b.phases());
        let shared = a.iter().copied().filter(|p| b.contains(p)).collect();
        let only_a = a.iter().copied().filter(|p| !b.contains(p)).collect();
        let only_b = b.iter().copied().filter(|p| !a.contains(p)).collect();
        (shared, only_a, only_b)
    }

    /// The language-neutral variables of every comparison message. The
    /// caller adds the localized names (`name-a`, `class-name-a`,
    /// `category-name-a` and their `-b` twins) and localizes the lists.
    pub fn facts(&self) -> Vec<(&'static str, Fact)> {
        let yes_no = |same: bool| Fact::Text(if same { "yes" } else { "no" }.to_owned());
        let text = |s: &str| Fact::Text(s.to_owned());
        let (a, b) = (self.a, self.b);
        let (shared, only_a, only_b) = self.phases();
        let offers = |code: &Code| {
            Fact::Offers(
                code.contexts()
                    .into_iter()
                    .filter(|&c| c != Context::Core)
                    .collect(),
            )
        };
        vec![
            ("a", Fact::Text(a.code.to_string())),
            ("b", Fact::Text(b.code.to_string())),
            ("class-a", Fact::Number(a.class.into())),
            ("class-b", Fact::Number(b.class.into())),
            ("category-a", Fact::Number(a.category.into())),
            ("category-b", Fact::Number(b.category.into())),
            ("message-a", yes_no(a.concerns_message())),
            ("message-b", yes_no(b.concerns_message())),
            ("phases-a", Fact::Phases(a.phases())),
            ("phases-b", Fact::Phases(b.phases())),
            ("phase-overlap", text(overlap(&a.phases(), &b.phases()))),
            ("phases-shared", Fact::Phases(shared)),
            ("phases-only-a", Fact::Phases(only_a)),
            ("phases-only-b", Fact::Phases(only_b)),
            ("actor-a", text(a.actor.as_str())),
            ("actor-b", text(b.actor.as_str())),
            ("sources-a", Fact::Sources(sources(a))),
            ("sources-b", Fact::Sources(sources(b))),
            ("offers-a", offers(a)),
            ("offers-b", offers(b)),
            ("same-class", yes_no(self.same_class())),
            ("same-category", yes_no(a.category == b.category)),
            ("same-actor", yes_no(a.actor == b.actor)),
            ("extension", text(self.extension())),
        ]
    }

    /// Which of the two codes belongs to SMTP extensions only, rather than
    /// to SMTP itself: `a`, `b`, `both` or `none`.
    fn extension(&self) -> &'static str {
        match (extension_only(self.a), extension_only(self.b)) {
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

    /// The phase lists of every pair split the two codes' phases exactly:
    /// the shared ones are both codes', the others one code's only, and
    /// the overlap says which of these lists are empty.
    #[test]
    fn phase_lists_follow_the_data_for_every_pair() {
        let catalog = Catalog::load(&Tree::embedded(Kind::Data)).unwrap();
        for a in catalog.codes() {
            for b in catalog.codes().filter(|b| b.code != a.code) {
                let comparison = Comparison::new(a, b).unwrap();
                let (shared, only_a, only_b) = comparison.phases();
                let (pa, pb) = (a.phases(), b.phases());
                let pair = format!("{} vs {}", a.code, b.code);
                assert!(
                    shared.iter().all(|p| pa.contains(p) && pb.contains(p)),
                    "{pair}"
                );
                assert!(
                    only_a.iter().all(|p| pa.contains(p) && !pb.contains(p)),
                    "{pair}"
                );
                assert!(
                    only_b.iter().all(|p| pb.contains(p) && !pa.contains(p)),
                    "{pair}"
                );
                assert_eq!(shared.len() + only_a.len(), pa.len(), "{pair}");
                assert_eq!(shared.len() + only_b.len(), pb.len(), "{pair}");
                let expected = match (shared.is_empty(), only_a.is_empty(), only_b.is_empty()) {
                    (true, _, _) => &["none"][..],
                    (false, true, true) => &["same"],
                    (false, true, false) => &["a-within-b", "b-any"],
                    (false, false, true) => &["b-within-a", "a-any"],
                    (false, false, false) => &["partial"],
                };
                let overlap = overlap(&pa, &pb);
                assert!(expected.contains(&overlap), "{pair}: {overlap}");
            }
        }
    }

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
