//! Words: locale tags, negotiation, Fluent bundles and English fallback.
//! [`tag`] reads language tags, [`ftl`] parses one file.
//!
//! Architecture invariant: a reader never sees a raw message id. A message
//! missing from the requested locale comes from the next locale of the
//! fallback chain (ending in `en`), and the [`Text`] says which locale it
//! came from so that front-ends can mark it.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

mod case;
pub mod ftl;
pub mod origin;
pub mod pseudo;

pub use case::PREFIX as CASE_PREFIX;
pub mod tag;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use unic_langid::langid;
use writeable::Writeable;

/// A language tag, as [`parse_tag`] reads it; every locale of the library
/// is one.
pub use unic_langid::LanguageIdentifier;

use crate::assets::{AssetError, Tree};
use crate::diagnostic::Location;
use crate::messages::MessageId;

pub use ftl::FtlFile;
pub use pseudo::Pseudo;
pub use tag::{Direction, best_match, env_request, folder_tag, parse_tag};

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
    /// A pseudo-locale is asked for where the tree has a locale of that
    /// tag.
    #[error("{path}: the tree has a locale {tag}, so the pseudo-locale {tag} cannot be made")]
    PseudoTaken {
        /// The locale's folder.
        path: String,
        /// The tag.
        tag: LanguageIdentifier,
    },
    /// A folder of the locales tree is not named with a language tag.
    #[error("{path}: a locale folder must be named with its language tag: {reason}")]
    BadFolder {
        /// The folder.
        path: String,
        /// What is wrong with its name.
        reason: String,
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

/// The locales of a tree: which exist, and how to load them.
#[derive(Debug, Clone)]
pub struct Locales {
    tree: Tree,
    available: Vec<LanguageIdentifier>,
    loaded: Cache,
    /// Whether texts say that their translation is older than their
    /// English ([`Text::stale`]): for the exported site and a translator's
    /// preview; reading each locale's record costs a lookup the time.
    stale_notices: bool,
}

/// What is already loaded, shared by every [`Localizer`] of a tree: each
/// locale's files are parsed once, and thirty locales falling back to `en`
/// hold one `en` bundle, not thirty.
#[derive(Clone, Default)]
struct Cache(Arc<Mutex<Loaded>>);

#[derive(Default)]
struct Loaded {
    /// Bundles by (locale, isolating).
    bundles: HashMap<(LanguageIdentifier, bool), Arc<Bundle>>,
    /// The parsed `.ftl` files of each locale, sorted by name.
    files: HashMap<LanguageIdentifier, Arc<LocaleFiles>>,
}

/// The parsed files of one locale and the problems found while indexing
/// them: syntax errors and ids defined twice, in file order.
struct LocaleFiles {
    files: Vec<Arc<FtlFile>>,
    problems: Vec<FileProblem>,
}

/// A problem of a parsed file, kept to report to every load that uses it.
#[derive(Debug, Clone)]
enum FileProblem {
    Syntax {
        location: Location,
        message: String,
    },
    Duplicate {
        location: Location,
        first: Location,
        id: String,
    },
}

impl From<&FileProblem> for L10nError {
    fn from(problem: &FileProblem) -> L10nError {
        match problem.clone() {
            FileProblem::Syntax { location, message } => L10nError::Syntax { location, message },
            FileProblem::Duplicate {
                location,
                first,
                id,
            } => L10nError::Duplicate {
                location,
                first,
                id,
            },
        }
    }
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cache")
    }
}

impl Locales {
    /// Lists the locale folders of a tree; `en` must be one of them. Each
    /// folder is named with its tag as [`parse_tag`] writes it (`pt-BR`,
    /// not `pt_br`), since file names are made from the tag.
    pub fn discover(tree: Tree) -> Result<Locales, L10nError> {
        let mut available = Vec::new();
        for folder in tree.folders()? {
            let lang = folder_tag(&folder).map_err(|reason| L10nError::BadFolder {
                path: tree.display_path(&folder),
                reason,
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
            loaded: Cache::default(),
            stale_notices: false,
        })
    }

    /// The same locales and the given pseudo-locales, made from the
    /// reference ([`pseudo`]); an error when the tree has a locale of a
    /// pseudo-locale's tag.
    pub fn with_pseudo(mut self, pseudo: &[Pseudo]) -> Result<Locales, L10nError> {
        for tag in pseudo.iter().map(|p| p.tag()) {
            if self.available.contains(&tag) {
                return Err(L10nError::PseudoTaken {
                    path: self.tree.display_path(&tag.to_string()),
                    tag,
                });
            }
            self.available.push(tag);
        }
        self.available.sort_by_key(|lang| lang.to_string());
        Ok(self)
    }

    /// The same locales, whose texts say when their translation is older
    /// than their English.
    pub fn with_stale_notices(mut self) -> Locales {
        self.stale_notices = true;
        self
    }

    /// The tree the locales come from.
    pub fn tree(&self) -> &Tree {
        &self.tree
    }

    /// Every locale, sorted by tag.
    pub fn available(&self) -> &[LanguageIdentifier] {
        &self.available
    }

    /// The fallback chain for a requested language, ending in `en`:
    /// `pt-BR` gives `pt-BR, pt, en` when those exist. Only the locales
    /// that serve the request as asked are in it, never another region's
    /// (`pt-PT` is not a fallback of `pt-BR`), unless none does: then the
    /// closest one is, alone, as a substitute ([`Locales::is_substitute`]).
    pub fn negotiate(&self, requested: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
        // A pseudo-locale has every message of the reference, and `ar-XB`
        // is not Arabic.
        if Pseudo::of(requested).is_some() && self.available.contains(requested) {
            return vec![requested.clone(), REFERENCE];
        }
        let found = negotiate_languages(
            &[requested],
            &self.available,
            None,
            NegotiationStrategy::Filtering,
        );
        let mut chain: Vec<LanguageIdentifier> = found
            .iter()
            .filter(|lang| !Locales::is_substitute(requested, lang))
            .map(|lang| (*lang).clone())
            .collect();
        if chain.is_empty() {
            chain.extend(found.first().map(|lang| (*lang).clone()));
        }
        chain.retain(|lang| lang != &REFERENCE);
        chain.push(REFERENCE);
        chain
    }

    /// Whether `shown`, the first locale [`Locales::negotiate`] found for
    /// `requested`, is another language, region or script than the reader
    /// asked for (`pt-BR` for `pt-PT`), which the reader must be told. A
    /// locale without a region serves every region of its language.
    pub fn is_substitute(requested: &LanguageIdentifier, shown: &LanguageIdentifier) -> bool {
        shown.language != requested.language
            || (shown.region.is_some() && shown.region != requested.region)
            || (shown.script.is_some() && shown.script != requested.script)
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
            let files = self.files(lang)?;
            match (lenient.as_deref_mut(), files.problems.first()) {
                (Some(problems), _) => problems.extend(files.problems.iter().map(L10nError::from)),
                (None, Some(problem)) => return Err(problem.into()),
                (None, None) => {}
            }
            let key = (lang.clone(), isolating);
            if let Some(bundle) = self.cache().bundles.get(&key) {
                bundles.push(Arc::clone(bundle));
                continue;
            }
            // A pseudo-locale is the reference's grammar in other letters.
            let pseudo = Pseudo::of(lang);
            let grammar = if pseudo.is_some() { &REFERENCE } else { lang };
            let mut bundle = FluentBundle::new_concurrent(vec![grammar.clone()]);
            bundle.set_use_isolating(isolating);
            bundle
                .add_builtins()
                .expect("the builtin functions are added to a new bundle once");
            for file in &files.files {
                // Duplicates are among the problems; a bundle keeps the
                // first definition.
                let _ = bundle.add_resource(Arc::clone(file.resource()));
            }
            let cases = case::Cases::of(
                &bundle,
                files.files.iter().flat_map(|f| f.entries().map(|e| e.id)),
            );
            bundle
                .add_function("CASE", move |positional, named| {
                    cases.apply(positional, named)
                })
                .expect("CASE is added to a new bundle once");
            let stale = if lang == &REFERENCE || pseudo.is_some() || !self.stale_notices {
                HashSet::new()
            } else {
                self.stale(lang)?
            };
            let bundle = Arc::new(Bundle {
                lang: lang.clone(),
                bundle,
                lists: Lists::of(grammar),
                stale,
                pseudo,
            });
            self.cache().bundles.insert(key, Arc::clone(&bundle));
            bundles.push(bundle);
        }
        Ok(Localizer {
            bundles,
            problems: Mutex::new(Vec::new()),
        })
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, Loaded> {
        self.loaded.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The parsed `.ftl` files of a locale, parsed on first use.
    fn files(&self, lang: &LanguageIdentifier) -> Result<Arc<LocaleFiles>, L10nError> {
        if let Some(files) = self.cache().files.get(lang) {
            return Ok(Arc::clone(files));
        }
        let files = Arc::new(self.parse_locale(lang)?);
        self.cache().files.insert(lang.clone(), Arc::clone(&files));
        Ok(files)
    }

    /// Parses every `.ftl` file of a locale and finds its syntax errors and
    /// the ids defined twice, in one pass over the entries.
    fn parse_locale(&self, lang: &LanguageIdentifier) -> Result<LocaleFiles, L10nError> {
        let mut files = Vec::new();
        let pseudo = Pseudo::of(lang).filter(|_| self.available.contains(lang));
        let folder = match pseudo {
            Some(_) => REFERENCE.to_string(),
            None => lang.to_string(),
        };
        for file in self.tree.files_in(&folder)? {
            if file.ends_with(".ftl") {
                let ftl = self.tree.ftl(&file)?;
                files.push(match pseudo {
                    Some(pseudo) => {
                        let name = format!("{lang}{}", &file[folder.len()..]);
                        Arc::new(pseudo.file(&ftl, self.tree.display_path(&name)))
                    }
                    None => ftl,
                });
            }
        }
        let mut problems = Vec::new();
        // Where each id was first defined, as (file, offset): a position is
        // worked out only for the problems reported.
        let mut first_seen: HashMap<&str, (&FtlFile, usize)> = HashMap::new();
        for file in &files {
            problems.extend(
                file.syntax_errors()
                    .iter()
                    .map(|error| FileProblem::Syntax {
                        location: file.location(error.offset),
                        message: error.message.clone(),
                    }),
            );
            for entry in file.entries() {
                match first_seen.get(entry.id) {
                    Some(&(first_file, first_offset)) => problems.push(FileProblem::Duplicate {
                        location: file.location(entry.offset),
                        first: first_file.location(first_offset),
                        id: entry.id.to_owned(),
                    }),
                    None => {
                        first_seen.insert(entry.id, (file, entry.offset));
                    }
                }
            }
        }
        Ok(LocaleFiles { files, problems })
    }

    /// The messages of `lang` whose translation is older than the
    /// reference's English, by the locale's record, if it has one that can
    /// be read (the checker reports one that cannot).
    fn stale(&self, lang: &LanguageIdentifier) -> Result<HashSet<String>, L10nError> {
        let record = self
            .tree
            .read(&format!("{lang}/{}", origin::FILE))
            .ok()
            .and_then(|text| origin::Record::parse(&text).ok());
        let Some(record) = record.filter(|r| !r.messages.is_empty()) else {
            return Ok(HashSet::new());
        };
        let reference = self.files(&REFERENCE)?;
        let english = origin::english(reference.files.iter().map(|f| &**f));
        Ok(record.stale_ids(&english))
    }
}

struct Bundle {
    lang: LanguageIdentifier,
    bundle: FluentBundle<Arc<FluentResource>>,
    lists: Lists,
    /// The messages translated from English that has changed since.
    stale: HashSet<String>,
    /// The pseudo-locale it is, if it is one.
    pseudo: Option<Pseudo>,
}

/// The locale's list patterns, from CLDR: "A, B and C", "A, B or C".
struct Lists {
    and: ListFormatter,
    or: ListFormatter,
}

impl Lists {
    /// The patterns of a locale, or of its nearest parent CLDR knows.
    fn of(lang: &LanguageIdentifier) -> Lists {
        let locale = icu_locale_core::Locale::try_from_str(&lang.to_string())
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let options = || ListFormatterOptions::default().with_length(ListLength::Wide);
        let and = ListFormatter::try_new_and((&locale).into(), options())
            .expect("compiled CLDR data has list patterns for every locale, falling back to root");
        let or = ListFormatter::try_new_or((&locale).into(), options())
            .expect("compiled CLDR data has list patterns for every locale, falling back to root");
        Lists { and, or }
    }
}

/// How the items of a list are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// All of them: "A, B and C".
    And,
    /// One of them: "A, B or C".
    Or,
}

/// A formatted message and the locale it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The formatted text.
    pub value: String,
    /// The locale whose message was used.
    pub lang: LanguageIdentifier,
    /// Whether the translation is older than the English it translates.
    pub stale: bool,
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
                let value = value.into_owned();
                return Ok(Text {
                    value: match bundle.pseudo {
                        Some(pseudo) => pseudo.mark(value),
                        None => value,
                    },
                    lang: bundle.lang.clone(),
                    stale: !bundle.stale.is_empty() && bundle.stale.contains(id.as_str()),
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

    /// Joins items as the requested locale writes a list.
    pub fn list<S: AsRef<str>>(&self, kind: ListKind, items: &[S]) -> String {
        let lists = &self.bundles[0].lists;
        let formatter = match kind {
            ListKind::And => &lists.and,
            ListKind::Or => &lists.or,
        };
        formatter
            .format(items.iter().map(AsRef::as_ref))
            .write_to_string()
            .into_owned()
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

    /// The locale a tag selects in `xtask` is the one the CLI shows.
    #[test]
    fn a_chain_never_falls_back_to_another_region() {
        let dir = tempfile::tempdir().unwrap();
        for tag in [
            "en",
            "pt",
            "pt-BR",
            "pt-PT",
            "de-DE",
            "zh-Hant",
            "zh-Hant-TW",
        ] {
            std::fs::create_dir(dir.path().join(tag)).unwrap();
        }
        let locales = Locales::discover(Tree::dir(Kind::Locales, dir.path()).unwrap()).unwrap();
        let chain = |tag: &str| -> Vec<String> {
            let tag = parse_tag(tag).unwrap();
            let chain = locales.negotiate(&tag);
            assert_eq!(
                best_match(&tag, locales.available()).unwrap_or(&REFERENCE),
                &chain[0]
            );
            chain.iter().map(|l| l.to_string()).collect()
        };
        assert_eq!(chain("pt-BR"), ["pt-BR", "pt", "en"]);
        assert_eq!(chain("pt-AO"), ["pt", "en"]);
        assert_eq!(chain("zh-Hant-HK"), ["zh-Hant", "en"]);
        // No locale serves de-AT as asked: the closest stands in, alone.
        assert_eq!(chain("de-AT"), ["de-DE", "en"]);
    }

    #[test]
    fn the_best_match_heads_the_chain() {
        let locales = Locales::discover(Tree::embedded(Kind::Locales)).unwrap();
        for input in ["AR", "vi_VN.UTF-8", "ar-EG", "en-GB", "TR", "xx"] {
            let tag = parse_tag(input).unwrap();
            let chain = locales.negotiate(&tag);
            assert_eq!(
                best_match(&tag, locales.available()).unwrap_or(&REFERENCE),
                &chain[0],
                "{input}"
            );
        }
    }
}
