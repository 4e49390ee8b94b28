//! The facts: load `data/*.toml` into typed [`Code`]s and validate them.
//!
//! Architecture invariant: nothing here holds a word a reader sees. Names and
//! prose live in Fluent; this module deals in numbers and identifiers only.

mod enhanced;
mod ids;
mod load;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use enhanced::{
    Association, Enhanced, EnhancedClass, Reference, Registry, Subject, parse_enhanced,
};
pub use ids::{Actor, Also, Audience, Context, Phase, Retry};
pub use load::{DataDiagnostic, DataProblem, render_diagnostics};

use crate::assets::{AssetError, Tree};

/// A section of an RFC.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RfcSection {
    /// The RFC number, such as 5321.
    pub rfc: u16,
    /// The section as printed in the RFC, such as "4.2.3".
    pub section: String,
}

impl RfcSection {
    /// The section on rfc-editor.org.
    pub fn url(&self) -> String {
        format!(
            "https://www.rfc-editor.org/rfc/rfc{}.html#section-{}",
            self.rfc, self.section
        )
    }
}

/// One use of a code by one RFC, in one context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Definition {
    /// The RFC number.
    pub rfc: u16,
    /// The section that defines or uses the code.
    pub section: String,
    /// The extension or specification.
    pub context: Context,
    /// The commands it answers there; `CONNECT` for the greeting, empty for
    /// any command.
    pub commands: Vec<String>,
    /// With no `commands`: the commands the RFC excludes from "any command".
    pub except: Vec<String>,
    /// The phases of its commands, in session order; every phase of
    /// commands when it answers any command.
    pub phases: Vec<Phase>,
    /// The phase it mainly appears in, one of `phases`; `None` for a code
    /// that answers any command alike.
    pub main: Option<Phase>,
}

impl Definition {
    /// The RFC section of this definition.
    pub fn rfc_section(&self) -> RfcSection {
        RfcSection {
            rfc: self.rfc,
            section: self.section.clone(),
        }
    }
}

/// An enhanced status code that servers commonly send with a basic code
/// although the registry (RFC 5248, section 2.4) does not associate them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Practice {
    /// The enhanced status code, such as "5.5.1".
    pub enhanced: String,
    /// Who sends it: a vendor's software, or an RFC section.
    pub source: PracticeSource,
}

/// Where an enhanced code's pairing outside the registry comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum PracticeSource {
    /// Software that sends it, such as "Postfix".
    Vendor(String),
    /// An RFC section that pairs them, against the registry.
    Rfc(RfcSection),
}

/// An SMTP command that replies answer, and the part of the session it
/// belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Command {
    /// The command as sent, such as "MAIL"; `CONNECT` for the opening of
    /// the connection.
    pub name: String,
    /// Its phase.
    pub phase: Phase,
    /// The section that defines it.
    pub defined: RfcSection,
}

/// The facts about one basic reply code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Code {
    /// The three-digit code.
    pub code: u16,
    /// The first digit.
    pub class: u8,
    /// The second digit.
    pub category: u8,
    /// What the client does with the reply.
    pub retry: Retry,
    /// Who has to act.
    pub actor: Actor,
    /// Whom the advice on fixing it speaks to, in the order shown.
    pub fix: Vec<Audience>,
    /// Codes a reader confuses it with or should read next.
    pub related: Vec<u16>,
    /// Enhanced status codes commonly sent with it that the registry does
    /// not associate with it, with their source; those it does associate
    /// are the registry's ([`Registry::associated_with`]).
    pub practice: Vec<Practice>,
    /// Each RFC that defines or uses it, one entry per context.
    pub defined: Vec<Definition>,
    /// The RFC sections that deprecate or restrict its use.
    pub restrictions: Vec<RfcSection>,
}

impl Code {
    /// Every command this code answers, in first-seen order, without
    /// repeats; empty when it answers any command.
    pub fn commands(&self) -> Vec<&str> {
        let mut commands: Vec<&str> = Vec::new();
        for command in self.defined.iter().flat_map(|d| &d.commands) {
            if !commands.contains(&command.as_str()) {
                commands.push(command);
            }
        }
        commands
    }

    /// Every phase it appears in: the main phase of its primary definition
    /// first, then the others in session order.
    pub fn phases(&self) -> Vec<Phase> {
        let main = self.primary().main;
        let mut phases: Vec<Phase> = main.into_iter().collect();
        phases.extend(
            Phase::ALL
                .iter()
                .copied()
                .filter(|&p| Some(p) != main && self.defined.iter().any(|d| d.phases.contains(&p))),
        );
        phases
    }

    /// Every context it is defined in, in the order of its definitions,
    /// without repeats.
    pub fn contexts(&self) -> Vec<Context> {
        let mut contexts: Vec<Context> = Vec::new();
        for definition in &self.defined {
            if !contexts.contains(&definition.context) {
                contexts.push(definition.context);
            }
        }
        contexts
    }

    /// Whether it concerns a message: it answers MAIL, RCPT, DATA or BDAT.
    pub fn concerns_message(&self) -> bool {
        self.defined
            .iter()
            .flat_map(|d| &d.phases)
            .any(|p| matches!(p, Phase::Transaction | Phase::Data))
    }

    /// The RFC sections behind this code: its definitions, then the sections
    /// that restrict it, without repeats.
    pub fn sections(&self) -> Vec<RfcSection> {
        let mut sections: Vec<RfcSection> =
            self.defined.iter().map(Definition::rfc_section).collect();
        sections.extend(self.restrictions.iter().cloned());
        let mut seen = Vec::new();
        sections.retain(|s| {
            let new = !seen.contains(s);
            seen.push(s.clone());
            new
        });
        sections
    }

    /// The definition readers meet first: the first one listed.
    pub fn primary(&self) -> &Definition {
        &self.defined[0]
    }
}

/// Every reply code, by number.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    codes: BTreeMap<u16, Code>,
    commands: Vec<Command>,
    registry: Registry,
    updated: Option<String>,
}

/// Why the facts could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// A file could not be read.
    #[error(transparent)]
    Asset(#[from] AssetError),
    /// Files break the schema's rules: every problem of every file, by
    /// file and position, rendered as snippets one after another.
    #[error("{}", render_diagnostics(.0, false))]
    Invalid(Vec<DataDiagnostic>),
    /// The tree holds no codes at all.
    #[error("{path}: no reply codes found")]
    Empty {
        /// The data directory.
        path: String,
    },
}

/// A code the reader asked for that is not in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    /// The input is not three digits.
    #[error("not a reply code: {input}")]
    NotACode {
        /// What the reader typed.
        input: String,
    },
    /// An enhanced code the registry does not have.
    #[error("unknown enhanced status code {input}")]
    UnknownEnhanced {
        /// What the reader typed.
        input: String,
    },
    /// Three digits, but no such code.
    #[error("unknown reply code {code}")]
    Unknown {
        /// The code.
        code: u16,
        /// The known codes closest in value, nearest first.
        nearest: Vec<u16>,
    },
}

impl Catalog {
    /// Loads and validates every `*.toml` file of a data tree.
    pub fn load(tree: &Tree) -> Result<Catalog, CatalogError> {
        let (codes, commands, registry, updated) = load::catalog(tree)?;
        Ok(Catalog {
            codes,
            commands,
            registry,
            updated,
        })
    }

    /// The newest day a data file says its facts changed (`updated =
    /// 2026-12-01`), as written; `None` when no file says.
    pub fn updated(&self) -> Option<&str> {
        self.updated.as_deref()
    }

    /// The enhanced status codes of the registry.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The classes a detail code has a page in, and is listed in by
    /// `smtpkb list --enhanced --class`, ascending: the classes in which
    /// readers meet it. They are the class of each basic code the registry
    /// names for it, defined here or not; 4 for "4xx" and 5 for "5xx"; every
    /// class of the registry for "any"; 4 and 5 when the registry gives no
    /// basic code ("Not given": a failure, of either kind); and the class of
    /// each basic code that names it as commonly seen. Only the registry's
    /// classes count: no enhanced code is written in class 3.
    pub fn enhanced_classes(&self, enhanced: &Enhanced) -> Vec<u8> {
        let named = enhanced.basic.iter().chain(&enhanced.undefined);
        let mut classes: Vec<u8> = named.map(|&code| (code / 100) as u8).collect();
        for also in &enhanced.also {
            match also {
                Also::Any => classes.extend(self.registry.classes.iter().map(|c| c.class)),
                Also::Transient => classes.push(4),
                Also::Permanent => classes.push(5),
            }
        }
        if enhanced.is_not_given() {
            classes.extend([4, 5]);
        }
        let practice = self.codes().filter(|code| {
            code.practice.iter().any(|p| {
                parse_enhanced(&p.enhanced)
                    .is_some_and(|(_, s, d)| (s, d) == (enhanced.subject, enhanced.detail))
            })
        });
        classes.extend(practice.map(|code| code.class));
        classes.retain(|&class| self.registry.has_class(class));
        classes.sort_unstable();
        classes.dedup();
        classes
    }

    /// Every command replies answer, in the order of `commands.toml`.
    pub fn commands(&self) -> &[Command] {
        &self.commands
    }

    /// Every code in ascending order.
    pub fn codes(&self) -> impl Iterator<Item = &Code> {
        self.codes.values()
    }

    /// The number of codes.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// Whether there are no codes.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// One code by number.
    pub fn get(&self, code: u16) -> Option<&Code> {
        self.codes.get(&code)
    }

    /// The code a reader typed, such as `451`.
    pub fn lookup(&self, input: &str) -> Result<&Code, LookupError> {
        let input = input.trim();
        let code: u16 = match input.parse() {
            Ok(code) if input.len() == 3 && input.bytes().all(|b| b.is_ascii_digit()) => code,
            _ => {
                return Err(LookupError::NotACode {
                    input: input.to_owned(),
                });
            }
        };
        self.codes.get(&code).ok_or_else(|| LookupError::Unknown {
            code,
            nearest: self.nearest(code, 3),
        })
    }

    /// The enhanced code a reader typed, such as `5.7.1` or `X.7.1`: its
    /// class as typed (`None` for "X") and the registry's entry.
    pub fn lookup_enhanced(&self, input: &str) -> Result<(Option<u8>, &Enhanced), LookupError> {
        let input = input.trim();
        let Some((class, subject, detail)) = parse_enhanced(input) else {
            return Err(LookupError::NotACode {
                input: input.to_owned(),
            });
        };
        match self.registry.get(subject, detail) {
            Some(enhanced) => Ok((class, enhanced)),
            None => Err(LookupError::UnknownEnhanced {
                input: input.to_owned(),
            }),
        }
    }

    /// Up to `n` known codes closest in value to `code`, nearest first; on a
    /// tie the lower code comes first.
    pub fn nearest(&self, code: u16, n: usize) -> Vec<u16> {
        let mut known: Vec<u16> = self.codes.keys().copied().collect();
        known.sort_by_key(|&k| (k.abs_diff(code), k));
        known.truncate(n);
        known
    }
}
