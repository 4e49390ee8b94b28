//! Localized views: every string a page shows, resolved from Fluent for one
//! locale, in structures that templates render and JSON serializes as is:
//! a code (`code`), an enhanced code and those of a reply code
//! (`enhanced`), a comparison (`compare`), the lists of codes, enhanced
//! codes and locales (`list`), and the messages to the reader (`notices`).
//!
//! Architecture invariant: the JSON output *is* these structures, so a field
//! renamed here is a change of the public JSON format.

mod code;
mod compare;
mod enhanced;
mod explain;
mod list;
mod notices;

use crate::catalog::Catalog;
use crate::check::CheckError;
use crate::compare::CompareError;
use crate::l10n::{L10nError, Localizer, REFERENCE, Text};
use crate::messages::Labels;
use crate::render::Page;

pub use code::{CodeRef, CodeView, FixPart, Link, Named, RfcView};
pub use compare::{CompareField, ComparisonView};
pub use enhanced::{EnhancedGroup, EnhancedItem, EnhancedRef, EnhancedSection, EnhancedView, Part};
pub use explain::{ExplainView, Explainer, Meaning, ReplyMeaning, ReplyView, StatusMeaning};
pub use list::{
    ClassGroup, Coverage, EnhancedListView, ListEntry, ListView, LocaleEntry, LocalesView,
    SubjectGroup,
};

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

impl Page for CodeView {
    const TEMPLATE: &'static str = "show";
}

impl Page for ComparisonView {
    const TEMPLATE: &'static str = "compare";
}

impl Page for EnhancedView {
    const TEMPLATE: &'static str = "enhanced";
}

impl Page for ExplainView<'_> {
    const TEMPLATE: &'static str = "explain";
}

impl Page for ListView {
    const TEMPLATE: &'static str = "list";

    /// A flat array of entries in code order: JSON readers filter by the
    /// `class` field themselves.
    fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(&self.entries())
    }
}

impl Page for EnhancedListView {
    const TEMPLATE: &'static str = "list-enhanced";

    /// A flat array of entries in the registry's order, as for `list`.
    fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(&self.entries())
    }
}

impl Page for LocalesView {
    const TEMPLATE: &'static str = "locales";
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
}
