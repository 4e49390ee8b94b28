//! The lists: every code grouped by class (`smtpkb list`), every enhanced
//! code grouped by subject (`smtpkb list --enhanced`), and every locale with
//! its coverage (`smtpkb locales`) as [`stats::coverage`] computes it.

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{EnhancedRef, RfcView, ViewError, Viewer};
use crate::check;
use crate::l10n::{Direction, L10nError, Locales};
use crate::messages::{self, CodeField, EnhancedField, Home};
use crate::stats::{self, Count};

/// One line of `smtpkb list`.
#[derive(Debug, Clone, Serialize)]
pub struct ListEntry {
    /// The code.
    pub code: u16,
    /// The first digit.
    pub class: u8,
    /// The second digit.
    pub category: u8,
    /// The code's name.
    pub name: String,
    /// The RFC sections that define or use it.
    pub rfcs: Vec<RfcView>,
    /// Whether the name is shown in English.
    pub fallback: bool,
}

/// The codes of one class, for `smtpkb list`.
#[derive(Debug, Clone, Serialize)]
pub struct ClassGroup {
    /// The first digit.
    pub class: u8,
    /// The class's localized name.
    pub name: String,
    /// Its codes, ascending.
    pub codes: Vec<ListEntry>,
}

/// `smtpkb list`.
#[derive(Debug, Clone, Serialize)]
pub struct ListView {
    /// The requested locale.
    pub lang: String,
    /// "37 reply codes", localized with plural rules.
    pub count: String,
    /// The codes grouped by class.
    pub classes: Vec<ClassGroup>,
}

impl ListView {
    /// Every entry, in code order.
    pub fn entries(&self) -> Vec<&ListEntry> {
        self.classes.iter().flat_map(|c| &c.codes).collect()
    }
}

/// The enhanced codes of one subject, for `smtpkb list --enhanced`.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectGroup {
    /// The subject, the second number.
    pub subject: u8,
    /// The subject as shown: "X.7", or "5.7" in a class.
    pub code: String,
    /// The subject's localized name.
    pub name: String,
    /// Whether every name of the group is shown in English: the group is
    /// then marked once, at its heading, rather than at each name.
    pub fallback: bool,
    /// Its detail codes, in the registry's order.
    pub codes: Vec<EnhancedRef>,
}

/// `smtpkb list --enhanced`.
#[derive(Debug, Clone, Serialize)]
pub struct EnhancedListView {
    /// The requested locale.
    pub lang: String,
    /// The class the codes are written in; `None` for the registry's "X".
    pub class: Option<u8>,
    /// "81 enhanced status codes", localized with plural rules.
    pub count: String,
    /// The codes grouped by subject.
    pub subjects: Vec<SubjectGroup>,
}

impl EnhancedListView {
    /// Every entry, in the registry's order.
    pub fn entries(&self) -> Vec<&EnhancedRef> {
        self.subjects.iter().flat_map(|s| &s.codes).collect()
    }
}

/// `smtpkb locales`: every locale with its coverage.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct LocalesView(pub Vec<LocaleEntry>);

/// How much of one file of the reference a locale translates, as
/// `cargo xtask stats` counts it: in words of the reference text.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// Words of the reference messages the locale translates.
    pub translated: usize,
    /// Words of the reference file.
    pub total: usize,
    /// Whole percent, rounded down, so 100 means complete.
    pub percent: usize,
    /// The percent, localized.
    pub text: String,
}

/// One line of `smtpkb locales`.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleEntry {
    /// The language tag.
    pub locale: String,
    /// The language's own name for itself.
    pub name: String,
    /// Its writing direction.
    pub direction: Direction,
    /// Coverage of `ui.ftl`: labels, class names, sentence frames.
    pub interface: Coverage,
    /// Coverage of `codes.ftl`: the prose of each code.
    pub codes: Coverage,
}

impl Viewer<'_> {
    /// The list of codes, optionally of one class.
    pub fn list(&self, class: Option<u8>) -> Result<ListView, L10nError> {
        let mut classes: Vec<ClassGroup> = Vec::new();
        for code in self
            .catalog
            .codes()
            .filter(|c| class.is_none_or(|k| c.class == k))
        {
            let name = self.code_text(code.code, CodeField::Name)?;
            let entry = ListEntry {
                code: code.code,
                class: code.class,
                category: code.category,
                fallback: self.is_fallback(&name),
                name: name.value,
                rfcs: self.rfcs(code)?,
            };
            match classes.last_mut() {
                Some(group) if group.class == code.class => group.codes.push(entry),
                _ => classes.push(ClassGroup {
                    class: code.class,
                    name: self.l10n.text(&messages::class_name(code.class), None)?,
                    codes: vec![entry],
                }),
            }
        }
        let n_codes: usize = classes.iter().map(|c| c.codes.len()).sum();
        let mut args = FluentArgs::new();
        args.set("count", n_codes);
        Ok(ListView {
            lang: self.lang(),
            count: self.l10n.text(&messages::LIST_COUNT, Some(&args))?,
            classes,
        })
    }

    /// The registry's detail codes by subject: all of them as the registry
    /// writes them (X.7.1), or those used in one class
    /// ([`crate::catalog::Catalog::enhanced_classes`]) written in it
    /// (5.7.1).
    pub fn enhanced_list(&self, class: Option<u8>) -> Result<EnhancedListView, L10nError> {
        let registry = self.catalog.registry();
        let mut subjects = Vec::new();
        for subject in &registry.subjects {
            let codes = registry
                .codes
                .iter()
                .filter(|e| e.subject == subject.subject)
                .filter(|e| class.is_none_or(|k| self.catalog.enhanced_classes(e).contains(&k)))
                .map(|e| self.enhanced_ref(class, e))
                .collect::<Result<Vec<_>, L10nError>>()?;
            if codes.is_empty() {
                continue;
            }
            let number = subject.subject;
            subjects.push(SubjectGroup {
                subject: number,
                code: match class {
                    Some(class) => format!("{class}.{number}"),
                    None => format!("X.{number}"),
                },
                name: self.l10n.text(
                    &messages::enhanced_subject(number, EnhancedField::Name),
                    None,
                )?,
                fallback: codes.iter().all(|c| c.fallback),
                codes,
            });
        }
        let n_codes: usize = subjects.iter().map(|s| s.codes.len()).sum();
        let mut args = FluentArgs::new();
        args.set("count", n_codes);
        Ok(EnhancedListView {
            lang: self.lang(),
            class,
            count: self
                .l10n
                .text(&messages::LIST_ENHANCED_COUNT, Some(&args))?,
            subjects,
        })
    }

    /// A coverage figure, with its percent localized.
    fn coverage(&self, words: Count) -> Result<Coverage, L10nError> {
        let (translated, total, percent) = (words.translated, words.total, words.percent());
        let mut args = FluentArgs::new();
        args.set("percent", percent);
        Ok(Coverage {
            translated,
            total,
            percent,
            text: self.l10n.text(&messages::COVERAGE_PERCENT, Some(&args))?,
        })
    }

    /// Every locale of a tree with its coverage against the reference, as
    /// [`stats::coverage`] computes it.
    pub fn locales(&self, locales: &Locales) -> Result<LocalesView, ViewError> {
        let stats = stats::coverage(locales.tree(), &check::Options::default())?;
        let mut entries = Vec::new();
        for lang in locales.available() {
            let tag = lang.to_string();
            let files = stats.iter().find(|s| s.locale == tag).map(|s| &s.files);
            let words = |home: Home| {
                let file = files.and_then(|files| files.iter().find(|f| f.file == home.file()));
                self.coverage(file.map_or(Count::default(), |f| f.words))
            };
            // The locale's own name, even from a locale with defects.
            let (own, _) = locales.load_lenient(&locales.negotiate(lang), false)?;
            entries.push(LocaleEntry {
                locale: tag,
                name: own.text(&messages::LOCALE_NAME, None)?,
                direction: Direction::of(lang),
                interface: words(Home::Interface)?,
                codes: words(Home::CodeProse)?,
            });
        }
        Ok(LocalesView(entries))
    }
}
