//! The enhanced status codes (RFC 3463) of the IANA registry (RFC 5248):
//! their classes, subjects and detail codes, each with the basic reply
//! codes the registry associates with it and the documents that define it.

use serde::Serialize;

use super::RfcSection;
use super::ids::Also;

/// A class of enhanced codes: the first number, 2, 4 or 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnhancedClass {
    /// The number.
    pub class: u8,
    /// The section that defines it.
    pub defined: RfcSection,
}

/// A subject of enhanced codes: the second number, 0 to 7.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subject {
    /// The number.
    pub subject: u8,
    /// The section that defines it.
    pub defined: RfcSection,
}

/// A document the registry cites for a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Reference {
    /// A section of an RFC.
    Rfc(RfcSection),
    /// A document that is not an RFC, such as an Internet-Draft.
    Document(String),
}

/// One detail code of the registry, such as X.7.1, of any class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Enhanced {
    /// The subject, the second number.
    pub subject: u8,
    /// The detail, the third number.
    pub detail: u16,
    /// The associated basic codes that the data defines.
    pub basic: Vec<u16>,
    /// Associated basic codes that no RFC defines.
    pub undefined: Vec<u16>,
    /// Wider associations: any basic code, or any of a class.
    pub also: Vec<Also>,
    /// Whether the registry marks it deprecated.
    pub deprecated: bool,
    /// The documents that define it, in the registry's order.
    pub references: Vec<Reference>,
}

impl Enhanced {
    /// The code as the registry writes it, such as "X.7.1".
    pub fn code(&self) -> String {
        format!("X.{}.{}", self.subject, self.detail)
    }

    /// The code in one class, such as "5.7.1".
    pub fn in_class(&self, class: u8) -> String {
        format!("{class}.{}.{}", self.subject, self.detail)
    }

    /// The code in one class, or (`None`) as the registry writes it.
    pub fn written(&self, class: Option<u8>) -> String {
        match class {
            Some(class) => self.in_class(class),
            None => self.code(),
        }
    }

    /// How the registry associates it with a basic code: by name, or
    /// through "any" or the code's class; `None` when it does not.
    pub fn association(&self, code: u16) -> Option<Association> {
        if self.basic.contains(&code) || self.undefined.contains(&code) {
            return Some(Association::Named);
        }
        self.also
            .iter()
            .any(|also| match also {
                Also::Any => true,
                Also::Transient => code / 100 == 4,
                Also::Permanent => code / 100 == 5,
            })
            .then_some(Association::Wider)
    }

    /// Whether the registry associates it with a basic code: by name, or
    /// through "any" or the code's class.
    pub fn is_associated_with(&self, code: u16) -> bool {
        self.association(code).is_some()
    }

    /// Whether the registry gives no basic code at all (its "Not given").
    pub fn is_not_given(&self) -> bool {
        self.basic.is_empty() && self.undefined.is_empty() && self.also.is_empty()
    }
}

/// How the registry associates a detail code with one basic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Association {
    /// The registry names the basic code (`basic` or `undefined`).
    Named,
    /// Only through "any" or the basic code's class ("4xx", "5xx").
    Wider,
}

/// The whole registry; empty for a data tree without one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Registry {
    /// The classes, 2, 4 and 5.
    pub classes: Vec<EnhancedClass>,
    /// The subjects, 0 to 7.
    pub subjects: Vec<Subject>,
    /// The detail codes, in the registry's order.
    pub codes: Vec<Enhanced>,
}

impl Registry {
    /// Whether the tree had no registry at all.
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty() && self.subjects.is_empty() && self.codes.is_empty()
    }

    /// One detail code by subject and detail.
    pub fn get(&self, subject: u8, detail: u16) -> Option<&Enhanced> {
        self.codes
            .iter()
            .find(|e| e.subject == subject && e.detail == detail)
    }

    /// Whether the registry has a class: 2, 4 or 5 in the full registry.
    pub fn has_class(&self, class: u8) -> bool {
        self.classes.iter().any(|c| c.class == class)
    }

    /// Every detail code the registry associates with a basic code, in the
    /// registry's order, with how. A basic code of a class the registry has
    /// no enhanced class for (3yz: RFC 3463 section 2 defines only 2, 4 and
    /// 5) has none, whatever "any" says.
    pub fn associated_with(&self, code: u16) -> impl Iterator<Item = (&Enhanced, Association)> {
        let has_class = self.has_class((code / 100) as u8);
        self.codes
            .iter()
            .filter(move |_| has_class)
            .filter_map(move |e| Some((e, e.association(code)?)))
    }
}

/// An enhanced code as written in data or typed by a reader: the class
/// (`None` for the registry's "X"), the subject and the detail.
pub fn parse_enhanced(text: &str) -> Option<(Option<u8>, u8, u16)> {
    let mut parts = text.split('.');
    let (class, subject, detail) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let number = |part: &str, max_len: usize| {
        (!part.is_empty() && part.len() <= max_len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u16>().ok())
            .flatten()
    };
    let class = match class {
        "X" | "x" => None,
        "2" | "4" | "5" => Some(class.parse().ok()?),
        _ => return None,
    };
    let subject = number(subject, 1).filter(|&s| s <= 7)? as u8;
    let detail = number(detail, 3)?;
    Some((class, subject, detail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enhanced_codes_are_read_in_every_form_and_nothing_else() {
        assert_eq!(parse_enhanced("5.7.1"), Some((Some(5), 7, 1)));
        assert_eq!(parse_enhanced("X.7.30"), Some((None, 7, 30)));
        assert_eq!(parse_enhanced("x.1.10"), Some((None, 1, 10)));
        assert_eq!(parse_enhanced("4.7.650"), Some((Some(4), 7, 650)));
        for bad in [
            "3.1.1", "5.8.1", "5.7", "5.7.1.2", "5.7.1000", "5..1", "X.7.", "5.7.+1", "",
        ] {
            assert_eq!(parse_enhanced(bad), None, "{bad}");
        }
    }
}
