//! The view of two codes side by side: the summary, one sentence per key
//! difference and the advice, each one Fluent frame filled from the facts
//! of [`Comparison`], with English fallback marked per text.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Serialize, Serializer};

use super::{CodeView, Link, ViewError, Viewer};
use crate::catalog::{Code, Phase};
use crate::compare::{Comparison, Fact};
use crate::l10n::{L10nError, ListKind};
use crate::messages::{self, MessageId};

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

impl Viewer<'_> {
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
                Fact::Phases(phases) => {
                    let phrases = Phase::shown(&phases)
                        .iter()
                        .map(|&p| self.l10n.text(&messages::phase_phrase(p), None))
                        .collect::<Result<Vec<_>, _>>()?;
                    args.set(name, self.l10n.list(ListKind::And, &phrases));
                }
                Fact::Sources(sources) => {
                    let sources = sources
                        .iter()
                        .map(|&(rfc, context)| {
                            let mut source = FluentArgs::new();
                            source.set("rfc", format!("RFC {rfc}"));
                            source.set(
                                "context",
                                self.l10n.text(&messages::context_short(context), None)?,
                            );
                            self.l10n.text(&messages::COMPARE_SOURCE, Some(&source))
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    args.set(name, self.l10n.list(ListKind::And, &sources));
                }
                Fact::Offers(contexts) => {
                    let names = contexts
                        .iter()
                        .map(|&c| self.l10n.text(&messages::context_short(c), None))
                        .collect::<Result<Vec<_>, _>>()?;
                    args.set(name, self.l10n.list(ListKind::Or, &names));
                }
            }
        }
        for (suffix, view) in [("a", a_view), ("b", b_view)] {
            args.set(format!("name-{suffix}"), view.name.clone());
            args.set(format!("class-name-{suffix}"), view.class_name.clone());
            args.set(
                format!("class-yz-{suffix}"),
                format!("{}yz", view.code / 100),
            );
            args.set(
                format!("category-name-{suffix}"),
                view.category_name.clone(),
            );
        }
        Ok(args)
    }

    /// The message shown when a code is compared with itself.
    pub fn same_code(&self, code: u16) -> Result<String, L10nError> {
        let mut args = FluentArgs::new();
        args.set("code", code.to_string());
        self.l10n.text(&messages::COMPARE_SAME_CODE, Some(&args))
    }
}
