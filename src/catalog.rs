//! The facts: load `data/*.toml` into typed [`Code`]s and validate them.
//!
//! Architecture invariant: nothing here holds a word a reader sees. Names and
//! prose live in Fluent; this module deals in numbers and identifiers only.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::assets::{AssetError, Tree};
use crate::diagnostic::{LineIndex, Location};

/// Defines a closed set of identifiers read from data files, with the string
/// each one is written as.
macro_rules! identifiers {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every value as written, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The identifier as written in data files and message ids.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

identifiers! {
    /// What a client does with a reply: RFC 5321 section 4.2.1.
    Retry {
        /// 2yz: the request is done.
        Completion = "completion",
        /// 3yz: the client must send more.
        Intermediate = "intermediate",
        /// 4yz: try again later.
        Transient = "transient",
        /// 5yz: do not repeat the request unchanged.
        Permanent = "permanent",
    }
}

identifiers! {
    /// Who has to act after the reply.
    Actor {
        /// Nobody: the reply reports success.
        None = "none",
        /// The client software, without a person.
        Client = "client",
        /// Whoever configures or writes the client.
        ClientOperator = "client-operator",
        /// The sender of the message.
        Sender = "sender",
        /// The operator of the server that replied.
        ServerOperator = "server-operator",
    }
}

identifiers! {
    /// The part of an SMTP session in which a reply appears.
    Phase {
        /// The greeting or the end of the connection.
        Connection = "connection",
        /// A reply to any command.
        AnyCommand = "any-command",
        /// HELP, VRFY, EXPN, NOOP.
        Query = "query",
        /// The STARTTLS negotiation.
        Starttls = "starttls",
        /// The AUTH exchange.
        Auth = "auth",
        /// MAIL FROM and RCPT TO.
        Transaction = "transaction",
        /// DATA and the end of the message.
        Data = "data",
        /// ETRN and ATRN: asking for queued mail.
        Turn = "turn",
    }
}

identifiers! {
    /// The specification or extension in which a code is used.
    Context {
        /// SMTP itself (RFC 5321, RFC 7504).
        Core = "core",
        /// SMTP AUTH (RFC 4954).
        Auth = "auth",
        /// STARTTLS (RFC 3207).
        Starttls = "starttls",
        /// The SIZE extension (RFC 1870).
        Size = "size",
        /// SMTPUTF8 (RFC 6531).
        Smtputf8 = "smtputf8",
        /// Remote message queue starting, ETRN (RFC 1985).
        Etrn = "etrn",
        /// On-Demand Mail Relay (RFC 2645).
        Odmr = "odmr",
    }
}

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
    /// Where in the session it appears, in session order.
    pub phases: Vec<Phase>,
    /// Codes a reader confuses it with or should read next.
    pub related: Vec<u16>,
    /// Enhanced status codes paired with it.
    pub enhanced: Vec<String>,
    /// Each RFC that defines or uses it, one entry per context.
    pub defined: Vec<Definition>,
    /// The RFC section that deprecates or restricts it, if any.
    pub deprecated: Option<RfcSection>,
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

    /// The RFC sections behind this code: its definitions, then the section
    /// that restricts it, without repeats.
    pub fn sections(&self) -> Vec<RfcSection> {
        let mut sections: Vec<RfcSection> =
            self.defined.iter().map(Definition::rfc_section).collect();
        sections.extend(self.deprecated.clone());
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
}

/// Why the facts could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// A file could not be read.
    #[error(transparent)]
    Asset(#[from] AssetError),
    /// A file is not valid TOML or does not follow the schema.
    #[error("{location}: {message}")]
    Syntax {
        /// Where the parser stopped.
        location: Location,
        /// What the parser expected.
        message: String,
    },
    /// A file parses but states something impossible.
    #[error("{location}: {message}")]
    Invalid {
        /// The offending value.
        location: Location,
        /// What is wrong and how to fix it.
        message: String,
    },
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
    /// Three digits, but no such code.
    #[error("unknown reply code {code}")]
    Unknown {
        /// The code.
        code: u16,
        /// The known codes closest in value, nearest first.
        nearest: Vec<u16>,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    code: Vec<RawCode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCode {
    code: toml::Spanned<u16>,
    class: toml::Spanned<u8>,
    category: toml::Spanned<u8>,
    retry: toml::Spanned<Retry>,
    actor: Actor,
    phases: toml::Spanned<Vec<Phase>>,
    related: Vec<toml::Spanned<u16>>,
    #[serde(default)]
    enhanced: Vec<toml::Spanned<String>>,
    defined: toml::Spanned<Vec<RawDefinition>>,
    deprecated: Option<RfcSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDefinition {
    rfc: u16,
    section: toml::Spanned<String>,
    context: Context,
    commands: Vec<String>,
}

impl Catalog {
    /// Loads and validates every `*.toml` file of a data tree.
    pub fn load(tree: &Tree) -> Result<Catalog, CatalogError> {
        let mut codes = BTreeMap::new();
        // Where each code and each related-code reference was written, to
        // report cross-file problems at the right place.
        let mut related_refs = Vec::new();
        let mut seen: BTreeMap<u16, Location> = BTreeMap::new();
        for file in tree.files()?.iter().filter(|f| f.ends_with(".toml")) {
            let path = tree.display_path(file);
            let text = tree.read(file)?;
            let lines = LineIndex::new(&text);
            let at = |offset: usize| lines.location(&path, &text, offset);
            let raw: RawFile = toml::from_str(&text).map_err(|e| CatalogError::Syntax {
                location: at(e.span().map_or(0, |s| s.start)),
                message: e.message().trim_end().to_owned(),
            })?;
            let invalid = |offset: usize, message: String| CatalogError::Invalid {
                location: at(offset),
                message,
            };
            for raw in raw.code {
                let offset = raw.code.span().start;
                let refs: Vec<(u16, usize)> = raw
                    .related
                    .iter()
                    .map(|r| (*r.get_ref(), r.span().start))
                    .collect();
                let code = validate(raw, &invalid)?;
                if let Some(first) = seen.get(&code.code) {
                    return Err(invalid(
                        offset,
                        format!(
                            "reply code {} is defined twice; the first definition is at {first}",
                            code.code
                        ),
                    ));
                }
                seen.insert(code.code, at(offset));
                for (related, offset) in refs {
                    related_refs.push((code.code, related, at(offset)));
                }
                codes.insert(code.code, code);
            }
        }
        if codes.is_empty() {
            return Err(CatalogError::Empty {
                path: tree.display_path(""),
            });
        }
        for (code, related, location) in related_refs {
            if !codes.contains_key(&related) {
                return Err(CatalogError::Invalid {
                    location,
                    message: format!(
                        "reply code {code} names related code {related}, which is not defined in any data file"
                    ),
                });
            }
        }
        Ok(Catalog { codes })
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

    /// Up to `n` known codes closest in value to `code`, nearest first; on a
    /// tie the lower code comes first.
    pub fn nearest(&self, code: u16, n: usize) -> Vec<u16> {
        let mut known: Vec<u16> = self.codes.keys().copied().collect();
        known.sort_by_key(|&k| (k.abs_diff(code), k));
        known.truncate(n);
        known
    }
}

/// Checks one code against the schema's rules; `invalid` makes an error at
/// a byte offset of the file.
fn validate(
    raw: RawCode,
    invalid: &dyn Fn(usize, String) -> CatalogError,
) -> Result<Code, CatalogError> {
    let number = *raw.code.get_ref();
    let at = |spanned_start: usize, message: String| invalid(spanned_start, message);
    if !(200..600).contains(&number) {
        return Err(at(
            raw.code.span().start,
            format!("reply code {number} is out of range: basic reply codes run from 200 to 599"),
        ));
    }
    let class = (number / 100) as u8;
    let category = (number / 10 % 10) as u8;
    if *raw.class.get_ref() != class {
        return Err(at(
            raw.class.span().start,
            format!(
                "class {} does not match reply code {number}: the class is its first digit, {class}",
                raw.class.get_ref()
            ),
        ));
    }
    if *raw.category.get_ref() != category {
        return Err(at(
            raw.category.span().start,
            format!(
                "category {} does not match reply code {number}: the category is its second digit, {category}",
                raw.category.get_ref()
            ),
        ));
    }
    let expected = match class {
        2 => Retry::Completion,
        3 => Retry::Intermediate,
        4 => Retry::Transient,
        _ => Retry::Permanent,
    };
    if *raw.retry.get_ref() != expected {
        return Err(at(
            raw.retry.span().start,
            format!(
                "retry \"{}\" does not match class {class}: a {class}yz reply is \"{expected}\"",
                raw.retry.get_ref()
            ),
        ));
    }
    if raw.phases.get_ref().is_empty() {
        return Err(at(
            raw.phases.span().start,
            format!("reply code {number} has no phases: name at least one"),
        ));
    }
    if raw.defined.get_ref().is_empty() {
        return Err(at(
            raw.defined.span().start,
            format!("reply code {number} has no `defined` entry: cite the RFC that defines it"),
        ));
    }
    for definition in raw.defined.get_ref() {
        if !is_section(definition.section.get_ref()) {
            return Err(at(
                definition.section.span().start,
                format!(
                    "section \"{}\" of RFC {} is not a section number such as \"4.2.3\"",
                    definition.section.get_ref(),
                    definition.rfc
                ),
            ));
        }
    }
    for enhanced in &raw.enhanced {
        if !is_enhanced(enhanced.get_ref(), class) {
            return Err(at(
                enhanced.span().start,
                format!(
                    "\"{}\" is not an enhanced status code of class {class}: write it as {class}.X.Y (RFC 3463)",
                    enhanced.get_ref()
                ),
            ));
        }
    }
    for r in &raw.related {
        if *r.get_ref() == number {
            return Err(at(
                r.span().start,
                format!("reply code {number} lists itself as related"),
            ));
        }
    }
    Ok(Code {
        code: number,
        class,
        category,
        retry: expected,
        actor: raw.actor,
        phases: raw.phases.into_inner(),
        related: raw.related.iter().map(|r| *r.get_ref()).collect(),
        enhanced: raw.enhanced.into_iter().map(|e| e.into_inner()).collect(),
        defined: raw
            .defined
            .into_inner()
            .into_iter()
            .map(|d| Definition {
                rfc: d.rfc,
                section: d.section.into_inner(),
                context: d.context,
                commands: d.commands,
            })
            .collect(),
        deprecated: raw.deprecated,
    })
}

fn is_section(section: &str) -> bool {
    !section.is_empty()
        && section
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

fn is_enhanced(enhanced: &str, class: u8) -> bool {
    let parts: Vec<&str> = enhanced.split('.').collect();
    parts.len() == 3
        && parts[0] == class.to_string()
        && matches!(class, 2 | 4 | 5)
        && parts[1..]
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}
