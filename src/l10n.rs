//! Words: locale tags, negotiation, Fluent bundles and English fallback.
//!
//! Architecture invariant: a reader never sees a raw message id. A message
//! missing from the requested locale comes from the next locale of the
//! fallback chain (ending in `en`), and the [`Text`] says which locale it
//! came from so that front-ends can mark it.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast;
use unic_langid::{CharacterDirection, LanguageIdentifier, langid};

use crate::assets::{AssetError, Location, Tree};
use crate::messages::MessageId;

/// The reference locale: complete by definition, and the last fallback.
pub const REFERENCE: LanguageIdentifier = langid!("en");

/// Why words could not be loaded or formatted.
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    /// A file could not be read.
    #[error(transparent)]
    Asset(#[from] AssetError),
    /// The input is not a language tag.
    #[error("“{input}” is not a language tag: {reason}")]
    BadTag {
        /// What was given.
        input: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A folder of the locales tree is not named with a language tag.
    #[error("{path}: a locale folder must be named with a language tag such as “pt-BR”")]
    BadFolder {
        /// The folder.
        path: String,
    },
    /// The locales tree has no reference locale.
    #[error("{path}: the reference locale “en” is missing")]
    NoReference {
        /// The locales directory.
        path: String,
    },
    /// A Fluent file has a syntax error.
    #[error("{location}: {message}")]
    Syntax {
        /// Where the parser stopped.
        location: Location,
        /// The parser's description.
        message: String,
    },
    /// A message or term is defined twice in one locale.
    #[error("{location}: “{id}” is defined twice; the first definition is at {first}")]
    Duplicate {
        /// The second definition.
        location: Location,
        /// The first definition.
        first: Location,
        /// The message or term id.
        id: String,
    },
    /// No locale of the chain has the message.
    #[error("no locale has the message “{id}”")]
    Missing {
        /// The message id.
        id: String,
    },
    /// The message exists but could not be formatted in any locale.
    #[error("message “{id}” in locale {locale} cannot be formatted: {message}")]
    Format {
        /// The message id.
        id: String,
        /// The last locale tried.
        locale: String,
        /// Fluent's description.
        message: String,
    },
}

/// Parses a language tag typed by a reader: `vi`, `pt-BR`, or a POSIX
/// locale such as `vi_VN.UTF-8` or `sr_RS@latin`.
pub fn parse_tag(input: &str) -> Result<LanguageIdentifier, L10nError> {
    let bad = |reason| L10nError::BadTag {
        input: input.to_owned(),
        reason,
    };
    if input.trim().is_empty() {
        return Err(bad("it is empty"));
    }
    if input.contains(['/', '\\']) || input.contains("..") {
        return Err(bad(
            "it looks like a path; give a tag such as “vi” or “pt-BR”",
        ));
    }
    let tag = input
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    tag.parse::<LanguageIdentifier>()
        .map_err(|_| bad("expected a tag such as “vi”, “pt-BR” or “vi_VN.UTF-8”"))
}

/// The language the environment asks for: the first non-empty of `LC_ALL`,
/// `LC_MESSAGES` and `LANG`, as (variable, value). `C` and `POSIX` ask for
/// nothing in particular.
pub fn env_request(var: impl Fn(&str) -> Option<String>) -> Option<(&'static str, String)> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()).map(|v| (name, v)))
        .filter(|(_, value)| {
            let base = value.split(['.', '@']).next().unwrap_or_default();
            base != "C" && base != "POSIX"
        })
}

/// Writing direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian…).
    Rtl,
}

impl Direction {
    /// The direction of a language.
    pub fn of(lang: &LanguageIdentifier) -> Direction {
        match lang.character_direction() {
            CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// `ltr` or `rtl`, as HTML writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The locales of a tree: which exist, and how to load them.
#[derive(Debug, Clone)]
pub struct Locales {
    tree: Tree,
    available: Vec<LanguageIdentifier>,
    loaded: BundleCache,
}

/// Bundles already loaded, by locale and isolation, shared by every
/// [`Localizer`] whose chain includes them: thirty locales falling back to
/// `en` hold one `en` bundle, not thirty.
#[derive(Clone, Default)]
struct BundleCache(Arc<Mutex<BundleMap>>);

/// Loaded bundles by (locale, isolating).
type BundleMap = HashMap<(LanguageIdentifier, bool), Arc<Bundle>>;

impl std::fmt::Debug for BundleCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BundleCache")
    }
}

impl Locales {
    /// Lists the locale folders of a tree; `en` must be one of them.
    pub fn discover(tree: Tree) -> Result<Locales, L10nError> {
        let mut available = Vec::new();
        for folder in tree.folders()? {
            let lang = folder
                .parse::<LanguageIdentifier>()
                .ok()
                .filter(|lang| lang.to_string() == folder)
                .ok_or_else(|| L10nError::BadFolder {
                    path: tree.display_path(&folder),
                })?;
            available.push(lang);
        }
        if !available.contains(&REFERENCE) {
            return Err(L10nError::NoReference {
                path: tree.display_path(""),
            });
        }
        Ok(Locales {
            tree,
            available,
            loaded: BundleCache::default(),
        })
    }

    /// Every locale, sorted by tag.
    pub fn available(&self) -> &[LanguageIdentifier] {
        &self.available
    }

    /// The fallback chain for a requested language, ending in `en`:
    /// `pt-BR` gives `pt-BR, pt, en` when those exist.
    pub fn negotiate(&self, requested: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
        let mut chain: Vec<LanguageIdentifier> = negotiate_languages(
            &[requested],
            &self.available,
            Some(&REFERENCE),
            NegotiationStrategy::Filtering,
        )
        .into_iter()
        .cloned()
        .collect();
        chain.retain(|lang| lang != &REFERENCE);
        chain.push(REFERENCE);
        chain
    }

    /// Loads the bundles of a fallback chain, and only those. `isolating`
    /// keeps Fluent's bidi isolation marks around placeables (right for
    /// HTML, wrong for terminals and Markdown).
    pub fn load(
        &self,
        chain: &[LanguageIdentifier],
        isolating: bool,
    ) -> Result<Localizer, L10nError> {
        self.load_with(chain, isolating, None)
    }

    /// Loads like [`Locales::load`], but a syntax error or a duplicate id is
    /// returned as a problem instead of failing: the broken entry is left
    /// out, so its message comes from the next locale of the chain. For
    /// publishing a site from locales that do not check clean.
    pub fn load_lenient(
        &self,
        chain: &[LanguageIdentifier],
        isolating: bool,
    ) -> Result<(Localizer, Vec<L10nError>), L10nError> {
        let mut problems = Vec::new();
        let localizer = self.load_with(chain, isolating, Some(&mut problems))?;
        Ok((localizer, problems))
    }

    fn load_with(
        &self,
        chain: &[LanguageIdentifier],
        isolating: bool,
        mut lenient: Option<&mut Vec<L10nError>>,
    ) -> Result<Localizer, L10nError> {
        let mut bundles = Vec::with_capacity(chain.len());
        for lang in chain {
            let key = (lang.clone(), isolating);
            if let Some(bundle) = self.cache().get(&key) {
                bundles.push(Arc::clone(bundle));
                continue;
            }
            let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
            bundle.set_use_isolating(isolating);
            bundle
                .add_builtins()
                .expect("the builtin functions are added to a new bundle once");
            for resource in self.resources(lang, lenient.as_deref_mut())? {
                // Duplicates were rejected or reported by `resources`; a
                // bundle keeps the first definition.
                let _ = bundle.add_resource(resource.resource);
            }
            let bundle = Arc::new(Bundle {
                lang: lang.clone(),
                bundle,
            });
            // Problems of a bundle are reported by the load that parses it.
            self.cache().insert(key, Arc::clone(&bundle));
            bundles.push(bundle);
        }
        Ok(Localizer {
            bundles,
            problems: Mutex::new(Vec::new()),
        })
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, BundleMap> {
        self.loaded.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Per file, the message ids of one locale; for coverage.
    pub fn message_ids(
        &self,
        lang: &LanguageIdentifier,
    ) -> Result<BTreeMap<String, Vec<String>>, L10nError> {
        let mut ids = BTreeMap::new();
        for resource in self.resources(lang, None)? {
            let messages = resource
                .resource
                .entries()
                .filter_map(|entry| match entry {
                    ast::Entry::Message(m) if m.value.is_some() => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            ids.insert(resource.file, messages);
        }
        Ok(ids)
    }

    /// Parses every `.ftl` file of a locale, rejecting syntax errors and
    /// duplicate ids with their positions, or, given a `lenient` list,
    /// adding them to it and going on.
    fn resources(
        &self,
        lang: &LanguageIdentifier,
        mut lenient: Option<&mut Vec<L10nError>>,
    ) -> Result<Vec<ParsedFile>, L10nError> {
        let prefix = format!("{lang}/");
        let mut first_seen: HashMap<String, Location> = HashMap::new();
        let mut parsed = Vec::new();
        for file in self.tree.files()? {
            let Some(name) = file.strip_prefix(&prefix) else {
                continue;
            };
            if !name.ends_with(".ftl") || name.contains('/') {
                continue;
            }
            let path = self.tree.display_path(&file);
            let text = self.tree.read(&file)?;
            let resource = match FluentResource::try_new(text) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    let mut errors = errors.iter().map(|error| L10nError::Syntax {
                        location: Location::at(path.clone(), resource.source(), error.pos.start),
                        message: error.kind.to_string(),
                    });
                    match lenient.as_deref_mut() {
                        Some(problems) => problems.extend(errors),
                        None => return Err(errors.next().expect("a failed parse has errors")),
                    }
                    resource
                }
            };
            let mut occurrences: HashMap<String, usize> = HashMap::new();
            for entry in resource.entries() {
                let id = match entry {
                    ast::Entry::Message(m) => m.id.name.to_owned(),
                    ast::Entry::Term(t) => format!("-{}", t.id.name),
                    _ => continue,
                };
                let nth = occurrences.entry(id.clone()).or_default();
                let location = definition_location(&path, resource.source(), &id, *nth);
                *nth += 1;
                if let Some(first) = first_seen.get(&id) {
                    let duplicate = L10nError::Duplicate {
                        location,
                        first: first.clone(),
                        id,
                    };
                    match lenient.as_deref_mut() {
                        Some(problems) => problems.push(duplicate),
                        None => return Err(duplicate),
                    }
                    continue;
                }
                first_seen.insert(id, location);
            }
            parsed.push(ParsedFile {
                file: name.to_owned(),
                resource,
            });
        }
        Ok(parsed)
    }
}

struct ParsedFile {
    file: String,
    resource: FluentResource,
}

/// Where the `nth` (from 0) definition of `id` starts: a line that begins
/// with the id followed by `=`.
fn definition_location(path: &str, source: &str, id: &str, nth: usize) -> Location {
    let mut offset = 0;
    let mut found = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            if found == nth {
                return Location::at(path.to_owned(), source, offset);
            }
            found += 1;
        }
        offset += line.len();
    }
    Location::at(path.to_owned(), source, 0)
}

struct Bundle {
    lang: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
}

/// A formatted message and the locale it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The formatted text.
    pub value: String,
    /// The locale whose message was used.
    pub lang: LanguageIdentifier,
}

/// The bundles of one fallback chain.
pub struct Localizer {
    bundles: Vec<Arc<Bundle>>,
    problems: Mutex<Vec<L10nError>>,
}

impl Localizer {
    /// The requested locale: the first of the chain.
    pub fn lang(&self) -> &LanguageIdentifier {
        &self.bundles[0].lang
    }

    /// Formats a message from the first locale of the chain that has it
    /// and formats it without error. A locale whose message fails to format
    /// is skipped, and the failure is kept for [`Localizer::take_problems`].
    pub fn format(&self, id: &MessageId, args: Option<&FluentArgs>) -> Result<Text, L10nError> {
        let mut last_error = None;
        for bundle in &self.bundles {
            let Some(pattern) = bundle
                .bundle
                .get_message(id.as_str())
                .and_then(|m| m.value())
            else {
                continue;
            };
            let mut errors = Vec::new();
            let value = bundle.bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return Ok(Text {
                    value: value.into_owned(),
                    lang: bundle.lang.clone(),
                });
            }
            let error = L10nError::Format {
                id: id.to_string(),
                locale: bundle.lang.to_string(),
                message: errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            };
            if bundle.lang != REFERENCE {
                self.problems
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(error);
            } else {
                last_error = Some(error);
            }
        }
        Err(last_error.unwrap_or_else(|| L10nError::Missing { id: id.to_string() }))
    }

    /// Formats a message and keeps only its text.
    pub fn text(&self, id: &MessageId, args: Option<&FluentArgs>) -> Result<String, L10nError> {
        self.format(id, args).map(|t| t.value)
    }

    /// The translation problems met so far (messages that failed in a
    /// locale and were shown from the next one), emptying the list.
    pub fn take_problems(&self) -> Vec<L10nError> {
        std::mem::take(&mut *self.problems.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::Kind;

    #[test]
    fn posix_locales_and_tags_parse() {
        for (input, tag) in [
            ("vi", "vi"),
            ("vi_VN.UTF-8", "vi-VN"),
            ("pt_BR", "pt-BR"),
            ("sr_RS@latin", "sr-RS"),
            ("zh-Hant-TW", "zh-Hant-TW"),
            ("AR", "ar"),
        ] {
            assert_eq!(parse_tag(input).unwrap().to_string(), tag, "{input}");
        }
    }

    #[test]
    fn paths_and_garbage_are_not_tags() {
        for input in [
            "",
            " ",
            "../etc",
            "vi/../../x",
            "a\\b",
            "not a tag",
            "x!",
            "1234567890",
        ] {
            assert!(
                matches!(parse_tag(input), Err(L10nError::BadTag { .. })),
                "{input:?}"
            );
        }
    }

    #[test]
    fn environment_order_is_lc_all_lc_messages_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            env_request(env(&[("LANG", "tr_TR.UTF-8")])),
            Some(("LANG", "tr_TR.UTF-8".into()))
        );
        assert_eq!(
            env_request(env(&[
                ("LANG", "tr_TR"),
                ("LC_MESSAGES", "vi"),
                ("LC_ALL", "")
            ])),
            Some(("LC_MESSAGES", "vi".into()))
        );
        assert_eq!(
            env_request(env(&[("LC_ALL", "ar"), ("LANG", "vi")])),
            Some(("LC_ALL", "ar".into()))
        );
        assert_eq!(env_request(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(env_request(env(&[])), None);
    }

    #[test]
    fn negotiation_falls_back_to_english() {
        let locales = Locales::discover(Tree::embedded(Kind::Locales)).unwrap();
        let chain = |tag: &str| -> Vec<String> {
            locales
                .negotiate(&parse_tag(tag).unwrap())
                .iter()
                .map(|l| l.to_string())
                .collect()
        };
        assert_eq!(chain("vi_VN.UTF-8"), ["vi", "en"]);
        assert_eq!(chain("ar-EG"), ["ar", "en"]);
        assert_eq!(chain("tr"), ["tr", "en"]);
        assert_eq!(chain("en-GB"), ["en"]);
        assert_eq!(chain("xx"), ["en"]);
    }

    #[test]
    fn direction_follows_the_script() {
        assert_eq!(Direction::of(&langid!("ar")), Direction::Rtl);
        assert_eq!(Direction::of(&langid!("vi")), Direction::Ltr);
    }
}
