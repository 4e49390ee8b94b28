//! How much of a page is in its locale's language: the share of its text,
//! by characters, that is translated rather than shown in English. A page
//! with English parts says so in a notice with that share, and only a page
//! that is all in its language is advertised as that language's version
//! (`hreflang`, `og:locale:alternate`, the sitemap's alternates).
//!
//! The share counts the texts that can fall back to English: the names and
//! prose of codes, the sentences of comparisons, the names in indexes.
//! Labels and headings are always there, so they do not count.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::pages::Page;
use super::{Export, ExportError};
use crate::messages::{CodeField, EnhancedField};
use crate::view::{CodeView, CompareField, EnhancedView, FixPart, Viewer};

/// The translated and the total characters of a page's texts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Coverage {
    translated: usize,
    total: usize,
}

impl Coverage {
    /// Counts one text, in English in place of a translation or not.
    fn add(&mut self, text: &str, fallback: bool) {
        let n = text.chars().filter(|c| !c.is_whitespace()).count();
        self.total += n;
        if !fallback {
            self.translated += n;
        }
    }

    fn add_steps(&mut self, steps: &[String], fallback: bool) {
        for step in steps {
            self.add(step, fallback);
        }
    }

    /// Whether every text of the page is in its language.
    pub(super) fn full(self) -> bool {
        self.translated == self.total
    }

    /// The share translated, in whole percent, rounded down: a page with
    /// any English part never reads 100.
    pub(super) fn percent(self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }

    /// A code's name and prose.
    fn of_code(view: &CodeView) -> Coverage {
        let mut coverage = Coverage::default();
        let fallback = |field: CodeField| view.fallback.contains(&field);
        coverage.add(&view.name, fallback(CodeField::Name));
        coverage.add(&view.description, fallback(CodeField::Description));
        coverage.add(&view.when, fallback(CodeField::When));
        for part in &view.fix {
            let field = fix_field(part, CodeField::as_str, &view.fallback);
            coverage.add_steps(&part.steps, field);
        }
        if let Some(restriction) = &view.restriction {
            coverage.add(restriction, fallback(CodeField::Restriction));
        }
        coverage
    }

    /// An enhanced code's name and prose.
    fn of_enhanced(view: &EnhancedView) -> Coverage {
        let mut coverage = Coverage::default();
        let fallback = |field: EnhancedField| view.fallback.contains(&field);
        coverage.add(&view.name, fallback(EnhancedField::Name));
        coverage.add(&view.description, fallback(EnhancedField::Description));
        for part in &view.fix {
            let field = fix_field(part, EnhancedField::as_str, &view.fallback);
            coverage.add_steps(&part.steps, field);
        }
        coverage
    }

    fn merge(mut self, other: Coverage) -> Coverage {
        self.translated += other.translated;
        self.total += other.total;
        self
    }
}

/// Whether the fix for a part's audience is among the fields in English.
fn fix_field<F: Copy>(part: &FixPart, name: fn(F) -> &'static str, fallback: &[F]) -> bool {
    let wanted = format!("fix-{}", part.audience);
    fallback.iter().any(|&field| name(field) == wanted)
}

/// The coverage of every page of the site, by page.
pub(super) type Coverages = FxHashMap<Page, Coverage>;

impl Export {
    /// The coverage of every page, computed in parallel; that of each
    /// code's name and prose once per locale.
    pub(super) fn coverages(&self) -> Result<Coverages, ExportError> {
        let codes: Vec<Vec<Coverage>> = self
            .locales
            .iter()
            .map(|locale| {
                locale
                    .codes
                    .iter()
                    .map(|code| Coverage::of_code(&code.view))
                    .collect()
            })
            .collect();
        self.pages
            .par_iter()
            .map(|&page| Ok((page, self.coverage(page, &codes)?)))
            .collect()
    }

    /// The coverage of one page; `codes` is that of each code, by locale.
    fn coverage(&self, page: Page, codes: &[Vec<Coverage>]) -> Result<Coverage, ExportError> {
        let Some(locale) = page.locale().map(|l| &self.locales[l]) else {
            return Ok(Coverage::default());
        };
        let names = || {
            locale
                .codes
                .iter()
                .fold(Coverage::default(), |mut c, code| {
                    let view = &code.view;
                    c.add(&view.name, view.fallback.contains(&CodeField::Name));
                    c
                })
        };
        Ok(match page {
            Page::Index { .. } | Page::Comparisons { .. } => names(),
            Page::EnhancedIndex { .. } => {
                let list = Viewer::new(&self.catalog, &locale.l10n).enhanced_list(None)?;
                let mut coverage = Coverage::default();
                for subject in &list.subjects {
                    coverage.add(&subject.name, subject.fallback);
                    for entry in &subject.codes {
                        coverage.add(&entry.name, entry.fallback);
                    }
                }
                coverage
            }
            Page::Code { locale: l, code } => codes[l][code],
            Page::Compare { locale: l, a, b } => {
                let view = self.comparison(locale, a, b)?;
                let mut coverage = Coverage::default();
                let fallback = |field| view.fallback.contains(&field);
                coverage.add(&view.title, fallback(CompareField::Title));
                coverage.add(&view.summary, fallback(CompareField::Summary));
                for (i, difference) in view.differences.iter().enumerate() {
                    coverage.add(difference, fallback(CompareField::Difference(i)));
                }
                coverage.add(&view.when_to_use, fallback(CompareField::WhenToUse));
                coverage.merge(codes[l][a]).merge(codes[l][b])
            }
            Page::Enhanced { enhanced, .. } => {
                let at = self.layout.enhanced(enhanced);
                let entry = &self.catalog.registry().codes[at.entry];
                let view =
                    Viewer::new(&self.catalog, &locale.l10n).enhanced(Some(at.class), entry)?;
                Coverage::of_enhanced(&view)
            }
            // The root's pages were answered above; search and 404 pages
            // hold labels only.
            _ => Coverage::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_with_any_english_is_not_full_and_never_reads_100() {
        let mut coverage = Coverage::default();
        coverage.add(&"x".repeat(999), false);
        coverage.add("y", true);
        assert!(!coverage.full());
        assert_eq!(coverage.percent(), 99);
        assert!(Coverage::default().full());
        assert_eq!(Coverage::default().percent(), 100);
    }
}
