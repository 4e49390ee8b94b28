//! The view of one code: its facts, names and prose, the RFC sections
//! behind it, and which prose fields are shown in English.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{EnhancedSection, Viewer};
use crate::catalog::{Audience, Code, Definition, Phase, RfcSection};
use crate::l10n::{L10nError, ListKind, Text};
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
    /// The context's localized short name, as shown beside the RFC.
    pub context_short: String,
    /// "RFC 5321, section 4.2.3", localized.
    pub title: String,
    /// The section on rfc-editor.org.
    pub url: String,
    /// The commands it answers there, as in data files; empty for any
    /// command.
    pub commands: Vec<String>,
    /// With no `commands`: the commands excluded from "any command".
    pub except: Vec<String>,
}

/// The advice on fixing a problem for one audience.
#[derive(Debug, Clone, Serialize)]
pub struct FixPart {
    /// The audience, as in data files: `sender`, `admin`, `developer`.
    pub audience: &'static str,
    /// Its localized label, such as "For the sender".
    pub label: String,
    /// The steps, one per line of the message.
    pub steps: Vec<String>,
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
    /// What to do about it, for each audience.
    pub fix: Vec<FixPart>,
    /// The RFCs' restrictions on its use, where there are any.
    pub restriction: Option<String>,
    /// Where in the session it appears, the main phase first.
    pub phases: Vec<Named>,
    /// The commands it answers by name, without repeats.
    pub commands: Vec<String>,
    /// What else it answers, localized: the opening of the connection,
    /// "any command" or "any command except …".
    pub command_phrases: Vec<String>,
    /// The enhanced status codes sent with it, written in its class.
    pub enhanced: EnhancedSection,
    /// The RFC sections that define or use it.
    pub rfcs: Vec<RfcView>,
    /// Codes to read next.
    pub related: Vec<CodeRef>,
    /// Links to the RFC sections, including the one that restricts it.
    pub learn_more: Vec<Link>,
    /// The prose fields shown in English because the locale lacks them.
    pub fallback: Vec<CodeField>,
    /// The prose fields whose translation is older than their English.
    pub stale: Vec<CodeField>,
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

    pub(super) fn rfc_title(&self, section: &RfcSection) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("rfc", format!("RFC {}", section.rfc));
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
                    context_short: self.l10n.text(&messages::context_short(d.context), None)?,
                    title: self.rfc_title(&section)?,
                    url: section.url(),
                    section: section.section,
                    commands: d.commands.clone(),
                    except: d.except.clone(),
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

    /// What a code answers besides named commands, localized, without
    /// repeats: the opening of the connection, then "any command" or "any
    /// command except …" for each definition that answers all or most
    /// commands.
    fn command_phrases(&self, code: &Code) -> Result<Vec<String>, L10nError> {
        let mut phrases: Vec<String> = Vec::new();
        if code.commands().contains(&"CONNECT") {
            phrases.push(self.l10n.text(&messages::LABEL_CONNECT, None)?);
        }
        for definition in code.defined.iter().filter(|d| d.commands.is_empty()) {
            let phrase = self.any_command(definition)?;
            if !phrases.contains(&phrase) {
                phrases.push(phrase);
            }
        }
        Ok(phrases)
    }

    fn any_command(&self, definition: &Definition) -> Result<String, L10nError> {
        if definition.except.is_empty() {
            return self.l10n.text(&messages::LABEL_ANY_COMMAND, None);
        }
        let mut args = FluentArgs::new();
        args.set(
            "commands",
            self.l10n.list(ListKind::And, &definition.except),
        );
        self.l10n
            .text(&messages::LABEL_ANY_COMMAND_EXCEPT, Some(&args))
    }

    /// The advice for one audience: its label, and one step per line of
    /// the message.
    pub(super) fn fix_part(&self, audience: Audience, text: &str) -> Result<FixPart, L10nError> {
        Ok(FixPart {
            audience: audience.as_str(),
            label: self.l10n.text(&messages::fix_label(audience), None)?,
            steps: text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        })
    }

    /// The page of one code.
    pub fn code(&self, code: &Code) -> Result<CodeView, L10nError> {
        let mut fallback = Vec::new();
        let mut stale = Vec::new();
        let mut prose = |field: CodeField| -> Result<String, L10nError> {
            let text = self.code_text(code.code, field)?;
            if self.is_fallback(&text) {
                fallback.push(field);
            }
            if text.stale {
                stale.push(field);
            }
            Ok(text.value)
        };
        let name = prose(CodeField::Name)?;
        let description = prose(CodeField::Description)?;
        let when = prose(CodeField::When)?;
        let fix = code
            .fix
            .iter()
            .map(|&audience| {
                let text = prose(CodeField::Fix(audience))?;
                self.fix_part(audience, &text)
            })
            .collect::<Result<_, L10nError>>()?;
        let restriction = match code.restrictions.is_empty() {
            true => None,
            false => Some(prose(CodeField::Restriction)?),
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
            restriction,
            phases: Phase::shown(&code.phases())
                .iter()
                .map(|p| {
                    Ok(Named {
                        id: p.as_str(),
                        name: self.l10n.text(&messages::phase_name(*p), None)?,
                    })
                })
                .collect::<Result<_, L10nError>>()?,
            commands: code
                .commands()
                .into_iter()
                .filter(|&c| c != "CONNECT")
                .map(str::to_owned)
                .collect(),
            command_phrases: self.command_phrases(code)?,
            enhanced: self.enhanced_section(code)?,
            rfcs: self.rfcs(code)?,
            related: code
                .related
                .iter()
                .map(|&r| self.code_ref(r))
                .collect::<Result<_, L10nError>>()?,
            learn_more: self.links(&code.sections())?,
            fallback,
            stale,
        })
    }
}
