//! The view of one code: its facts, names and prose, the RFC sections
//! behind it, and which prose fields are shown in English.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::Viewer;
use crate::catalog::{Code, RfcSection};
use crate::l10n::{L10nError, Text};
use crate::messages::{self, CodeField};

/// A link with a localized title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// The link text.
    pub title: String,
    /// The target.
    pub url: String,
}

/// One RFC section that defines or uses a code.
#[derive(Debug, Clone, Serialize)]
pub struct RfcView {
    /// The RFC number.
    pub rfc: u16,
    /// The section.
    pub section: String,
    /// The context id (`core`, `auth`, …).
    pub context: &'static str,
    /// The context's localized name.
    pub context_name: String,
    /// "RFC 5321, section 4.2.3", localized.
    pub title: String,
    /// The section on rfc-editor.org.
    pub url: String,
}

/// A code named from another page.
#[derive(Debug, Clone, Serialize)]
pub struct CodeRef {
    /// The code.
    pub code: u16,
    /// Its localized name.
    pub name: String,
    /// Whether the name is shown in English.
    pub fallback: bool,
}

/// A localized name with the identifier it stands for.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    /// The identifier, as in data files.
    pub id: &'static str,
    /// The localized name.
    pub name: String,
}

/// Everything `smtpkb show` prints about one code.
#[derive(Debug, Clone, Serialize)]
pub struct CodeView {
    /// The code.
    pub code: u16,
    /// The requested locale.
    pub lang: String,
    /// The page title.
    pub title: String,
    /// The code's name.
    pub name: String,
    /// The first digit.
    pub class: u8,
    /// The class's localized name.
    pub class_name: String,
    /// The second digit.
    pub category: u8,
    /// The category's localized name.
    pub category_name: String,
    /// What the code means.
    pub description: String,
    /// When servers send it.
    pub when: String,
    /// What to do about it.
    pub fix: String,
    /// The RFC's restriction on its use, where there is one.
    pub deprecation: Option<String>,
    /// Where in the session it appears.
    pub phases: Vec<Named>,
    /// The commands it answers; empty for any command.
    pub commands: Vec<String>,
    /// Enhanced status codes paired with it.
    pub enhanced: Vec<String>,
    /// The RFC sections that define or use it.
    pub rfcs: Vec<RfcView>,
    /// Codes to read next.
    pub related: Vec<CodeRef>,
    /// Links to the RFC sections, including the one that restricts it.
    pub learn_more: Vec<Link>,
    /// The prose fields shown in English because the locale lacks them.
    pub fallback: Vec<CodeField>,
}

impl Viewer<'_> {
    pub(super) fn code_text(&self, code: u16, field: CodeField) -> Result<Text, L10nError> {
        self.l10n.format(&messages::code_text(code, field), None)
    }

    /// A code with its localized name, to link to.
    pub fn code_ref(&self, code: u16) -> Result<CodeRef, L10nError> {
        let name = self.code_text(code, CodeField::Name)?;
        Ok(CodeRef {
            code,
            fallback: self.is_fallback(&name),
            name: name.value,
        })
    }

    fn rfc_title(&self, section: &RfcSection) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("rfc", section.rfc.to_string());
        args.set("section", section.section.clone());
        self.l10n.text(&messages::LEARN_MORE_RFC, Some(&args))
    }

    pub(super) fn rfcs(&self, code: &Code) -> Result<Vec<RfcView>, L10nError> {
        code.defined
            .iter()
            .map(|d| {
                let section = d.rfc_section();
                Ok(RfcView {
                    rfc: d.rfc,
                    context: d.context.as_str(),
                    context_name: self.l10n.text(&messages::context_name(d.context), None)?,
                    title: self.rfc_title(&section)?,
                    url: section.url(),
                    section: section.section,
                })
            })
            .collect()
    }

    pub(super) fn links(&self, sections: &[RfcSection]) -> Result<Vec<Link>, L10nError> {
        sections
            .iter()
            .map(|s| {
                Ok(Link {
                    title: self.rfc_title(s)?,
                    url: s.url(),
                })
            })
            .collect()
    }

    /// The page of one code.
    pub fn code(&self, code: &Code) -> Result<CodeView, L10nError> {
        let mut fallback = Vec::new();
        let mut prose = |field: CodeField| -> Result<String, L10nError> {
            let text = self.code_text(code.code, field)?;
            if self.is_fallback(&text) {
                fallback.push(field);
            }
            Ok(text.value)
        };
        let name = prose(CodeField::Name)?;
        let description = prose(CodeField::Description)?;
        let when = prose(CodeField::When)?;
        let fix = prose(CodeField::Fix)?;
        let deprecation = match code.deprecated {
            Some(_) => Some(prose(CodeField::Deprecation)?),
            None => None,
        };
        let mut args = FluentArgs::new();
        args.set("code", code.code.to_string());
        args.set("name", name.clone());
        Ok(CodeView {
            code: code.code,
            lang: self.lang(),
            title: self.l10n.text(&messages::SHOW_TITLE, Some(&args))?,
            name,
            class: code.class,
            class_name: self.l10n.text(&messages::class_name(code.class), None)?,
            category: code.category,
            category_name: self
                .l10n
                .text(&messages::category_name(code.category), None)?,
            description,
            when,
            fix,
            deprecation,
            phases: code
                .phases
                .iter()
                .map(|p| {
                    Ok(Named {
                        id: p.as_str(),
                        name: self.l10n.text(&messages::phase_name(*p), None)?,
                    })
                })
                .collect::<Result<_, L10nError>>()?,
            commands: code.commands().into_iter().map(str::to_owned).collect(),
            enhanced: code.enhanced.clone(),
            rfcs: self.rfcs(code)?,
            related: code
                .related
                .iter()
                .map(|&r| self.code_ref(r))
                .collect::<Result<_, L10nError>>()?,
            learn_more: self.links(&code.sections())?,
            fallback,
        })
    }
}
