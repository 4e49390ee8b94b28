//! Localized views: every string a page shows, resolved from Fluent for one
//! locale, in structures that templates render and JSON serializes as is.
//!
//! Architecture invariant: the JSON output *is* these structures, so a field
//! renamed here is a change of the public JSON format.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Serialize, Serializer};

use crate::catalog::{Catalog, Code, LookupError, RfcSection};
use crate::check::{self, CheckError};
use crate::compare::{CompareError, Comparison, Fact};
use crate::l10n::{Direction, L10nError, Locales, Localizer, REFERENCE, Text};
use crate::messages::{self, CodeField, Home, Labels, MessageId};
use crate::render::Page;
use crate::stats::{self, Count};

/// Why a view could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ViewError {
    /// A message is missing or broken in every locale of the chain.
    #[error(transparent)]
    L10n(#[from] L10nError),
    /// The two codes of a comparison are the same.
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// The locales tree could not be read for coverage.
    #[error(transparent)]
    Coverage(#[from] CheckError),
}

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

/// A text of a comparison (not of its two codes) that can be shown in
/// English, serialized as `title`, `summary`, `when_to_use`, or
/// `differences.N` for the difference at index N.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareField {
    /// The page title.
    Title,
    /// The summary paragraph.
    Summary,
    /// One key difference, by its index in `differences`.
    Difference(usize),
    /// The advice on choosing between the codes.
    WhenToUse,
}

impl Serialize for CompareField {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CompareField::Title => serializer.serialize_str("title"),
            CompareField::Summary => serializer.serialize_str("summary"),
            CompareField::Difference(i) => serializer.collect_str(&format_args!("differences.{i}")),
            CompareField::WhenToUse => serializer.serialize_str("when_to_use"),
        }
    }
}

/// Everything `smtpkb compare` prints about two codes.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonView {
    /// The requested locale.
    pub lang: String,
    /// The page title.
    pub title: String,
    /// The summary paragraph.
    pub summary: String,
    /// The first code.
    pub a: CodeView,
    /// The second code.
    pub b: CodeView,
    /// One sentence per key difference.
    pub differences: Vec<String>,
    /// Advice on choosing between them.
    pub when_to_use: String,
    /// The RFC sections behind both codes.
    pub learn_more: Vec<Link>,
    /// The comparison's own texts (not those of `a` and `b`) shown in
    /// English, each difference on its own.
    pub fallback: Vec<CompareField>,
}

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

impl Page for CodeView {
    const TEMPLATE: &'static str = "show";
}

impl Page for ComparisonView {
    const TEMPLATE: &'static str = "compare";
}

impl Page for ListView {
    const TEMPLATE: &'static str = "list";

    /// A flat array of entries in code order: JSON readers filter by the
    /// `class` field themselves.
    fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(&self.entries())
    }
}

/// `smtpkb locales`: every locale with its coverage.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct LocalesView(pub Vec<LocaleEntry>);

impl Page for LocalesView {
    const TEMPLATE: &'static str = "locales";
}

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

/// Builds views for one locale.
pub struct Viewer<'a> {
    catalog: &'a Catalog,
    l10n: &'a Localizer,
}

impl<'a> Viewer<'a> {
    /// A viewer over a catalog in the locale of `l10n`.
    pub fn new(catalog: &'a Catalog, l10n: &'a Localizer) -> Viewer<'a> {
        Viewer { catalog, l10n }
    }

    /// The requested locale's tag.
    pub fn lang(&self) -> String {
        self.l10n.lang().to_string()
    }

    /// Every label.
    pub fn labels(&self) -> Result<Labels, L10nError> {
        Labels::resolve(|id| self.l10n.text(id, None))
    }

    /// Whether a text is English shown in place of a missing translation.
    fn is_fallback(&self, text: &Text) -> bool {
        text.lang == REFERENCE && self.l10n.lang() != &REFERENCE
    }

    fn code_text(&self, code: u16, field: CodeField) -> Result<Text, L10nError> {
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

    fn rfcs(&self, code: &Code) -> Result<Vec<RfcView>, L10nError> {
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

    fn links(&self, sections: &[RfcSection]) -> Result<Vec<Link>, L10nError> {
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

    /// The comparison page of two codes.
    pub fn comparison(&self, a: &Code, b: &Code) -> Result<ComparisonView, ViewError> {
        self.comparison_of_views(a, b, self.code(a)?, self.code(b)?)
    }

    /// The comparison page of two codes whose own views are already built,
    /// as when a whole site reuses them for every pair.
    pub fn comparison_of_views(
        &self,
        a: &Code,
        b: &Code,
        a_view: CodeView,
        b_view: CodeView,
    ) -> Result<ComparisonView, ViewError> {
        let comparison = Comparison::new(a, b)?;
        let args = self.frame_args(&comparison, &a_view, &b_view)?;
        let mut fallback = Vec::new();
        let mut frame = |field: CompareField, id: &MessageId| -> Result<String, L10nError> {
            let text = self.l10n.format(id, Some(&args))?;
            if self.is_fallback(&text) {
                fallback.push(field);
            }
            Ok(text.value)
        };
        let title = frame(CompareField::Title, &messages::COMPARE_TITLE)?;
        let summary = frame(CompareField::Summary, &messages::COMPARE_SUMMARY)?;
        let differences = comparison
            .differences()
            .into_iter()
            .enumerate()
            .map(|(i, difference)| frame(CompareField::Difference(i), &difference.frame()))
            .collect::<Result<_, _>>()?;
        let when_to_use = frame(CompareField::WhenToUse, &messages::COMPARE_WHEN_TO_USE)?;
        Ok(ComparisonView {
            lang: self.lang(),
            title,
            summary,
            differences,
            when_to_use,
            learn_more: self.links(&comparison.rfc_sections())?,
            fallback,
            a: a_view,
            b: b_view,
        })
    }

    /// The variables of every comparison frame: the facts of the
    /// comparison and the localized names of both codes, as declared in
    /// [`messages::FRAME_VARIABLES`].
    fn frame_args(
        &self,
        comparison: &Comparison<'_>,
        a_view: &CodeView,
        b_view: &CodeView,
    ) -> Result<FluentArgs<'static>, L10nError> {
        let mut args = FluentArgs::new();
        for (name, fact) in comparison.facts() {
            match fact {
                Fact::Number(n) => args.set(name, FluentValue::from(n)),
                Fact::Text(t) => args.set(name, t),
            }
        }
        for (suffix, code, view) in [("a", comparison.a, a_view), ("b", comparison.b, b_view)] {
            args.set(format!("name-{suffix}"), view.name.clone());
            args.set(format!("class-name-{suffix}"), view.class_name.clone());
            args.set(
                format!("category-name-{suffix}"),
                view.category_name.clone(),
            );
            let context = messages::context_name(code.primary().context);
            args.set(format!("context-{suffix}"), self.l10n.text(&context, None)?);
        }
        Ok(args)
    }

    /// The message shown when a code is compared with itself.
    pub fn same_code(&self, code: u16) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("code", code.to_string());
        self.l10n.text(&messages::COMPARE_SAME_CODE, Some(&args))
    }

    /// What the reader is told about a code that could not be found: the
    /// input that is not a code, or the nearest known codes.
    pub fn lookup_error(&self, error: &LookupError) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        match error {
            LookupError::NotACode { input } => {
                args.set("input", input.clone());
                self.l10n.text(&messages::ERROR_NOT_A_CODE, Some(&args))
            }
            LookupError::Unknown { code, nearest } => {
                args.set("code", code.to_string());
                let nearest: Vec<String> = nearest.iter().map(u16::to_string).collect();
                args.set("nearest", nearest.join(&self.labels()?.item_separator));
                self.l10n.text(&messages::ERROR_UNKNOWN_CODE, Some(&args))
            }
        }
    }

    /// An error line for standard error: the localized word for “error”
    /// and the message.
    pub fn error_line(&self, message: &str) -> Result<String, L10nError> {
        Ok(format!(
            "{}: {message}",
            self.l10n.text(&messages::LABEL_ERROR, None)?
        ))
    }

    /// A warning line for standard error.
    pub fn warning_line(&self, message: &str) -> Result<String, L10nError> {
        Ok(format!(
            "{}: {message}",
            self.l10n.text(&messages::LABEL_WARNING, None)?
        ))
    }

    /// The warning that the requested language has no translation and
    /// which one is shown instead.
    pub fn unknown_locale(&self, requested: &str) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("requested", requested.to_owned());
        args.set("used", self.l10n.text(&messages::LOCALE_NAME, None)?);
        self.l10n
            .text(&messages::WARNING_UNKNOWN_LOCALE, Some(&args))
    }

    /// The warning that a broken translation was shown in English.
    pub fn shown_in_english(&self, problem: &L10nError) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("problem", problem.to_string());
        self.l10n
            .text(&messages::WARNING_SHOWN_IN_ENGLISH, Some(&args))
    }

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
}

impl Viewer<'_> {
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
