//! The view of one enhanced status code: its class (when the reader gave
//! one), subject and detail meaning, the reply codes the registry
//! associates with it, what the sender and the receiving administrator can
//! do, and the documents that define it. Also the enhanced codes of one
//! reply code, as its page lists them: those the registry names for it,
//! those it allows with any code of the class, and those commonly seen.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{CodeRef, FixPart, Link, Viewer};
use crate::catalog::{
    Association, Audience, Code, Enhanced, PracticeSource, Reference, parse_enhanced,
};
use crate::l10n::{L10nError, Text};
use crate::messages::{self, EnhancedField};

/// An enhanced code named from another page, with its localized name.
#[derive(Debug, Clone, Serialize)]
pub struct EnhancedRef {
    /// The code as shown: "5.1.1", or "X.1.1" without a class.
    pub code: String,
    /// The code as the registry writes it: "X.1.1".
    pub registry_code: String,
    /// The subject, the second number.
    pub subject: u8,
    /// The detail, the third number.
    pub detail: u16,
    /// Its localized name.
    pub name: String,
    /// Whether the name is shown in English.
    pub fallback: bool,
    /// Whether the registry deprecates it.
    pub deprecated: bool,
}

/// One enhanced code of a reply code.
#[derive(Debug, Clone, Serialize)]
pub struct EnhancedItem {
    /// The code, written in the reply code's class.
    #[serde(flatten)]
    pub entry: EnhancedRef,
    /// For a code commonly seen with the reply code, who sends it: a
    /// vendor, or a localized RFC section; `None` for the registry's.
    pub source: Option<String>,
}

/// A group of the enhanced codes of a reply code, under its heading.
#[derive(Debug, Clone, Serialize)]
pub struct EnhancedGroup {
    /// The heading, localized.
    pub heading: String,
    /// Whether every name of the group is shown in English: the group is
    /// then marked once, at its heading, rather than at each name.
    pub fallback: bool,
    /// The codes, in the registry's order, or in the data's for those
    /// commonly seen.
    pub codes: Vec<EnhancedItem>,
}

/// The enhanced codes of one reply code, written in its class.
#[derive(Debug, Clone, Serialize)]
pub struct EnhancedSection {
    /// Those the registry associates with the reply code by name.
    pub named: EnhancedGroup,
    /// Those the registry associates with any reply code, or any of the
    /// code's class, and not with it by name.
    pub wider: EnhancedGroup,
    /// Those commonly sent with it although the registry does not
    /// associate them with it, each with its source.
    pub practice: EnhancedGroup,
}

/// A class or subject of an enhanced code, with its name and meaning.
#[derive(Debug, Clone, Serialize)]
pub struct Part {
    /// The number.
    pub number: u8,
    /// Its localized name.
    pub name: String,
    /// What it means.
    pub description: String,
}

/// Everything `smtpkb show 5.7.1` prints.
#[derive(Debug, Clone, Serialize)]
pub struct EnhancedView {
    /// The code as shown: "5.7.1", or "X.7.1" without a class.
    pub code: String,
    /// The code as the registry writes it: "X.7.1".
    pub registry_code: String,
    /// The requested locale.
    pub lang: String,
    /// The page title.
    pub title: String,
    /// The detail code's name.
    pub name: String,
    /// The class, when the reader gave one.
    pub class: Option<Part>,
    /// The subject.
    pub subject: Part,
    /// What the detail code means.
    pub description: String,
    /// What each audience can do.
    pub fix: Vec<FixPart>,
    /// The associated reply codes that an RFC defines.
    pub associated: Vec<CodeRef>,
    /// Other associations, localized: codes no RFC defines, any code, any
    /// code of a class.
    pub associated_phrases: Vec<String>,
    /// Whether the registry deprecates it.
    pub deprecated: bool,
    /// The documents that define it.
    pub learn_more: Vec<Link>,
    /// The texts shown in English because the locale lacks them.
    pub fallback: Vec<EnhancedField>,
    /// The texts whose translation is older than their English.
    pub stale: Vec<EnhancedField>,
}

impl Viewer<'_> {
    /// A class of enhanced codes (2, 4 or 5) with its name and meaning.
    pub(super) fn class_part(&self, class: u8) -> Result<Part, L10nError> {
        Ok(Part {
            number: class,
            name: self
                .l10n
                .text(&messages::enhanced_class(class, EnhancedField::Name), None)?,
            description: self.l10n.text(
                &messages::enhanced_class(class, EnhancedField::Description),
                None,
            )?,
        })
    }

    /// A subject of enhanced codes (0 to 7) with its name and meaning.
    pub(super) fn subject_part(&self, subject: u8) -> Result<Part, L10nError> {
        Ok(Part {
            number: subject,
            name: self.l10n.text(
                &messages::enhanced_subject(subject, EnhancedField::Name),
                None,
            )?,
            description: self.l10n.text(
                &messages::enhanced_subject(subject, EnhancedField::Description),
                None,
            )?,
        })
    }

    /// An enhanced code in a class or (`None`) in any, with its name.
    pub fn enhanced_ref(
        &self,
        class: Option<u8>,
        enhanced: &Enhanced,
    ) -> Result<EnhancedRef, L10nError> {
        let (subject, detail) = (enhanced.subject, enhanced.detail);
        let name = self.l10n.format(
            &messages::enhanced_text(subject, detail, EnhancedField::Name),
            None,
        )?;
        Ok(EnhancedRef {
            code: enhanced.written(class),
            registry_code: enhanced.code(),
            subject,
            detail,
            fallback: self.is_fallback(&name),
            name: name.value,
            deprecated: enhanced.deprecated,
        })
    }

    /// The enhanced codes of a reply code, in its class: the registry's,
    /// by how it associates them, and those commonly seen with it.
    pub fn enhanced_section(&self, code: &Code) -> Result<EnhancedSection, L10nError> {
        let class = Some(code.class);
        let (mut named, mut wider) = (Vec::new(), Vec::new());
        for (enhanced, association) in self.catalog.registry().associated_with(code.code) {
            let item = EnhancedItem {
                entry: self.enhanced_ref(class, enhanced)?,
                source: None,
            };
            match association {
                Association::Named => named.push(item),
                Association::Wider => wider.push(item),
            }
        }
        let mut practice = Vec::new();
        for entry in &code.practice {
            // The loader checks that each is in the registry, when the tree
            // has one; without a registry, no enhanced code has a name.
            let Some(enhanced) = parse_enhanced(&entry.enhanced)
                .and_then(|(_, subject, detail)| self.catalog.registry().get(subject, detail))
            else {
                continue;
            };
            practice.push(EnhancedItem {
                entry: self.enhanced_ref(class, enhanced)?,
                source: Some(match &entry.source {
                    PracticeSource::Vendor(vendor) => vendor.clone(),
                    PracticeSource::Rfc(section) => self.rfc_title(section)?,
                }),
            });
        }
        let mut args = FluentArgs::new();
        args.set("code", code.code.to_string());
        args.set("class", format!("{}yz", code.class));
        let group = |heading, codes: Vec<EnhancedItem>| -> Result<EnhancedGroup, L10nError> {
            Ok(EnhancedGroup {
                heading: self.l10n.text(heading, Some(&args))?,
                fallback: !codes.is_empty() && codes.iter().all(|c| c.entry.fallback),
                codes,
            })
        };
        Ok(EnhancedSection {
            named: group(&messages::ENHANCED_NAMED, named)?,
            wider: group(&messages::ENHANCED_WIDER, wider)?,
            practice: group(&messages::ENHANCED_PRACTICE, practice)?,
        })
    }

    /// The page of one enhanced code, in a class or (`None`) in any.
    pub fn enhanced(
        &self,
        class: Option<u8>,
        enhanced: &Enhanced,
    ) -> Result<EnhancedView, L10nError> {
        let (subject, detail) = (enhanced.subject, enhanced.detail);
        let mut fallback = Vec::new();
        let mut stale = Vec::new();
        let mut text = |field: EnhancedField| -> Result<String, L10nError> {
            let text: Text = self
                .l10n
                .format(&messages::enhanced_text(subject, detail, field), None)?;
            if self.is_fallback(&text) {
                fallback.push(field);
            }
            if text.stale {
                stale.push(field);
            }
            Ok(text.value)
        };
        let name = text(EnhancedField::Name)?;
        let description = text(EnhancedField::Description)?;
        let fix = [Audience::Sender, Audience::Admin]
            .into_iter()
            .map(|audience| {
                let steps = text(EnhancedField::Fix(audience))?;
                self.fix_part(audience, &steps)
            })
            .collect::<Result<_, L10nError>>()?;
        let class_part = class.map(|c| self.class_part(c)).transpose()?;
        let subject_part = self.subject_part(subject)?;
        let code = enhanced.written(class);
        let mut args = FluentArgs::new();
        args.set("code", code.clone());
        args.set("name", name.clone());
        let mut associated_phrases = Vec::new();
        for &undefined in &enhanced.undefined {
            let mut args = FluentArgs::new();
            args.set("code", undefined.to_string());
            associated_phrases.push(
                self.l10n
                    .text(&messages::ENHANCED_UNDEFINED_CODE, Some(&args))?,
            );
        }
        for &also in &enhanced.also {
            associated_phrases.push(self.l10n.text(&messages::enhanced_also(also), None)?);
        }
        if enhanced.basic.is_empty() && associated_phrases.is_empty() {
            associated_phrases.push(self.l10n.text(&messages::ENHANCED_NOT_GIVEN, None)?);
        }
        let mut learn_more = Vec::new();
        for reference in &enhanced.references {
            learn_more.push(match reference {
                Reference::Rfc(section) => self.links(std::slice::from_ref(section))?.remove(0),
                Reference::Document(document) => Link {
                    title: document.clone(),
                    url: format!("https://datatracker.ietf.org/doc/{document}/"),
                },
            });
        }
        Ok(EnhancedView {
            title: self.l10n.text(&messages::SHOW_TITLE, Some(&args))?,
            code,
            registry_code: enhanced.code(),
            lang: self.lang(),
            name,
            class: class_part,
            subject: subject_part,
            description,
            fix,
            associated: enhanced
                .basic
                .iter()
                .map(|&b| self.code_ref(b))
                .collect::<Result<_, L10nError>>()?,
            associated_phrases,
            deprecated: enhanced.deprecated,
            learn_more,
            fallback,
            stale,
        })
    }
}
