//! Localized views: every string a page shows, resolved from Fluent for one
//! locale, in structures that templates render and JSON serializes as is.
//!
//! Architecture invariant: the JSON output *is* these structures, so a field
//! renamed here is a change of the public JSON format.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::catalog::{Catalog, Code, RfcSection};
use crate::compare::{self, CompareError, Comparison, Fact};
use crate::l10n::{Direction, L10nError, Localizer, REFERENCE, Text};

/// The labels every page may use, as (template key, message id).
pub const LABELS: &[(&str, &str)] = &[
    ("description", "label-description"),
    ("when", "label-when"),
    ("fix", "label-fix"),
    ("differences", "label-differences"),
    ("when_to_use", "label-when-to-use"),
    ("learn_more", "label-learn-more"),
    ("related", "label-related"),
    ("class", "label-class"),
    ("category", "label-category"),
    ("phases", "label-phases"),
    ("commands", "label-commands"),
    ("any_command", "label-any-command"),
    ("enhanced", "label-enhanced"),
    ("defined_in", "label-defined-in"),
    ("usage_note", "label-usage-note"),
    ("code", "label-code"),
    ("name", "label-name"),
    ("locale", "label-locale"),
    ("language", "label-language"),
    ("interface", "label-interface"),
    ("code_text", "label-code-text"),
    ("fallback", "label-fallback"),
    ("site_title", "site-title"),
    ("site_description", "site-description"),
    ("languages", "label-languages"),
    ("comparisons", "label-comparisons"),
    ("all_comparisons", "label-all-comparisons"),
    ("compare_with", "label-compare-with"),
    ("home", "label-home"),
    ("list_separator", "separator-list"),
    ("item_separator", "separator-items"),
];

/// Why a view could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ViewError {
    /// A message is missing or broken in every locale of the chain.
    #[error(transparent)]
    L10n(#[from] L10nError),
    /// The two codes of a comparison are the same.
    #[error(transparent)]
    Compare(#[from] CompareError),
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
    pub fallback: Vec<&'static str>,
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
    /// The comparison fields (not those of `a` and `b`) shown in English.
    pub fallback: Vec<&'static str>,
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

/// Translated and total messages of one kind of file.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// Messages of the reference present in the locale.
    pub translated: usize,
    /// Messages in the reference.
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

    /// Every label, keyed as in [`LABELS`].
    pub fn labels(&self) -> Result<BTreeMap<&'static str, String>, L10nError> {
        LABELS
            .iter()
            .map(|&(key, id)| Ok((key, self.l10n.text(id, None)?)))
            .collect()
    }

    /// Whether a text is English shown in place of a missing translation.
    fn is_fallback(&self, text: &Text) -> bool {
        text.lang == REFERENCE && self.l10n.lang() != &REFERENCE
    }

    fn code_text(&self, code: u16, field: &str) -> Result<Text, L10nError> {
        self.l10n.format(&format!("code-{code}-{field}"), None)
    }

    /// A code with its localized name, to link to.
    pub fn code_ref(&self, code: u16) -> Result<CodeRef, L10nError> {
        let name = self.code_text(code, "name")?;
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
        self.l10n.text("learn-more-rfc", Some(&args))
    }

    fn rfcs(&self, code: &Code) -> Result<Vec<RfcView>, L10nError> {
        code.defined
            .iter()
            .map(|d| {
                let section = d.rfc_section();
                Ok(RfcView {
                    rfc: d.rfc,
                    context: d.context.as_str(),
                    context_name: self.l10n.text(&format!("context-{}", d.context), None)?,
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
        let mut prose = |field: &'static str| -> Result<String, L10nError> {
            let text = self.code_text(code.code, field)?;
            if self.is_fallback(&text) {
                fallback.push(field);
            }
            Ok(text.value)
        };
        let name = prose("name")?;
        let description = prose("description")?;
        let when = prose("when")?;
        let fix = prose("fix")?;
        let deprecation = match code.deprecated {
            Some(_) => Some(prose("deprecation")?),
            None => None,
        };
        let mut args = FluentArgs::new();
        args.set("code", code.code.to_string());
        args.set("name", name.clone());
        Ok(CodeView {
            code: code.code,
            lang: self.lang(),
            title: self.l10n.text("show-title", Some(&args))?,
            name,
            class: code.class,
            class_name: self.l10n.text(&format!("class-{}", code.class), None)?,
            category: code.category,
            category_name: self
                .l10n
                .text(&format!("category-{}", code.category), None)?,
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
                        name: self.l10n.text(&format!("phase-{p}"), None)?,
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
            learn_more: self.links(&compare::code_sections(code))?,
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
        let mut args = FluentArgs::new();
        for (name, fact) in comparison.facts() {
            match fact {
                Fact::Number(n) => args.set(name, FluentValue::from(n)),
                Fact::Text(t) => args.set(name, t),
            }
        }
        for (suffix, code, view) in [("a", a, &a_view), ("b", b, &b_view)] {
            args.set(format!("name-{suffix}"), view.name.clone());
            args.set(format!("class-name-{suffix}"), view.class_name.clone());
            args.set(
                format!("category-name-{suffix}"),
                view.category_name.clone(),
            );
            let context = code.primary().context;
            args.set(
                format!("context-{suffix}"),
                self.l10n.text(&format!("context-{context}"), None)?,
            );
        }
        let mut fallback = Vec::new();
        let mut frame = |field: &'static str, id: &str| -> Result<String, L10nError> {
            let text = self.l10n.format(id, Some(&args))?;
            if self.is_fallback(&text) && !fallback.contains(&field) {
                fallback.push(field);
            }
            Ok(text.value)
        };
        let title = frame("title", compare::TITLE)?;
        let summary = frame("summary", compare::SUMMARY)?;
        let differences = comparison
            .differences()
            .into_iter()
            .map(|id| frame("differences", id))
            .collect::<Result<_, _>>()?;
        let when_to_use = frame("when_to_use", compare::WHEN_TO_USE)?;
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

    /// The message shown when a code is compared with itself.
    pub fn same_code(&self, code: u16) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("code", code.to_string());
        self.l10n.text(compare::SAME_CODE, Some(&args))
    }

    /// The list of codes, optionally of one class.
    pub fn list(&self, class: Option<u8>) -> Result<ListView, L10nError> {
        let mut classes: Vec<ClassGroup> = Vec::new();
        for code in self
            .catalog
            .codes()
            .filter(|c| class.is_none_or(|k| c.class == k))
        {
            let name = self.code_text(code.code, "name")?;
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
                    name: self.l10n.text(&format!("class-{}", code.class), None)?,
                    codes: vec![entry],
                }),
            }
        }
        let n_codes: usize = classes.iter().map(|c| c.codes.len()).sum();
        let mut args = FluentArgs::new();
        args.set("count", n_codes);
        Ok(ListView {
            lang: self.lang(),
            count: self.l10n.text("list-count", Some(&args))?,
            classes,
        })
    }

    /// A coverage figure, with its percent localized.
    pub fn coverage(&self, translated: usize, total: usize) -> Result<Coverage, L10nError> {
        let percent = (translated * 100).checked_div(total).unwrap_or(100);
        let mut args = FluentArgs::new();
        args.set("percent", percent);
        Ok(Coverage {
            translated,
            total,
            percent,
            text: self.l10n.text("coverage-percent", Some(&args))?,
        })
    }
}

impl Viewer<'_> {
    /// Every locale of a tree with its coverage against the reference.
    pub fn locales(&self, locales: &crate::l10n::Locales) -> Result<Vec<LocaleEntry>, L10nError> {
        let reference = locales.message_ids(&REFERENCE)?;
        let mut entries = Vec::new();
        for lang in locales.available() {
            let ids = locales.message_ids(lang)?;
            let coverage = |file: &str| {
                let wanted = reference.get(file).map(Vec::as_slice).unwrap_or_default();
                let present = ids.get(file).map(Vec::as_slice).unwrap_or_default();
                let translated = wanted.iter().filter(|id| present.contains(id)).count();
                self.coverage(translated, wanted.len())
            };
            let own = locales.load(&locales.negotiate(lang), false)?;
            entries.push(LocaleEntry {
                locale: lang.to_string(),
                name: own.text("locale-name", None)?,
                direction: Direction::of(lang),
                interface: coverage("ui.ftl")?,
                codes: coverage("codes.ftl")?,
            });
        }
        Ok(entries)
    }
}

/// Message ids used by name outside [`LABELS`] and the comparison frames:
/// titles, counts, and the CLI's errors and warnings.
pub const MESSAGES: &[&str] = &[
    "locale-name",
    "show-title",
    "learn-more-rfc",
    "list-count",
    "coverage-percent",
    "label-error",
    "label-warning",
    "error-unknown-code",
    "error-not-a-code",
    "warning-unknown-locale",
    "site-code-title",
    "site-comparisons-description",
];

/// Every message id the code, the templates and the facts need from the
/// reference locale: labels, frames, class, category, phase and context
/// names, and the prose of every code in the catalog.
pub fn used_ids(catalog: &Catalog) -> std::collections::BTreeSet<String> {
    use crate::catalog::{Context, Phase};
    let mut ids: std::collections::BTreeSet<String> = LABELS
        .iter()
        .map(|(_, id)| *id)
        .chain(MESSAGES.iter().copied())
        .chain([
            compare::TITLE,
            compare::SUMMARY,
            compare::WHEN_TO_USE,
            compare::SAME_CODE,
        ])
        .chain(compare::DIFFERENCES.iter().copied())
        .map(str::to_owned)
        .collect();
    ids.extend((2..=5).map(|class| format!("class-{class}")));
    ids.extend((0..=5).map(|category| format!("category-{category}")));
    ids.extend(Phase::ALL.iter().map(|p| format!("phase-{p}")));
    ids.extend(Context::ALL.iter().map(|c| format!("context-{c}")));
    for code in catalog.codes() {
        for field in ["name", "description", "when", "fix"] {
            ids.insert(format!("code-{}-{field}", code.code));
        }
        if code.deprecated.is_some() {
            ids.insert(format!("code-{}-deprecation", code.code));
        }
    }
    ids
}
