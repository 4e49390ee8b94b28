//! The site's enhanced status codes: which pages there are, the index of
//! them by subject, each code's page in one class, and the links to them
//! from a reply code's page.

use fluent_bundle::FluentArgs;
use minijinja::Value;
use serde::Serialize;

use super::context::{CodeLink, Labels, PageMeta, Shared, template_value};
use super::pages::{EnhancedPage, Layout, Page};
use super::{Export, ExportError, SiteLocale};
use crate::catalog::Catalog;
use crate::messages;
use crate::view::{CodeView, EnhancedItem, EnhancedRef, EnhancedView, Viewer};

/// The enhanced codes with a page: every detail code of the registry in
/// each class readers meet it in ([`Catalog::enhanced_classes`]), in the
/// registry's order and by class. A reader searches for "5.7.1" or
/// "4.7.1", never for "X.7.1", so a page is written in one class; and a
/// class the registry never uses the code in (2.1.1) gets none.
pub(super) fn enhanced_pages(catalog: &Catalog) -> Vec<EnhancedPage> {
    let registry = catalog.registry();
    registry
        .codes
        .iter()
        .enumerate()
        .flat_map(|(entry, enhanced)| {
            catalog
                .enhanced_classes(enhanced)
                .into_iter()
                .map(move |class| EnhancedPage {
                    class,
                    subject: enhanced.subject,
                    detail: enhanced.detail,
                    entry,
                })
        })
        .collect()
}

/// A group of a reply code's enhanced codes, each linked to its page.
#[derive(Debug, Serialize)]
pub(super) struct EnhancedLinks<'a> {
    /// The id of the group's heading.
    id: &'static str,
    heading: &'a str,
    /// Whether every name of the group is English.
    fallback: bool,
    codes: Vec<EnhancedLink<'a>>,
}

/// One enhanced code of a reply code's page, with its page in the reply
/// code's class.
#[derive(Debug, Serialize)]
struct EnhancedLink<'a> {
    #[serde(flatten)]
    item: &'a EnhancedItem,
    href: Option<String>,
}

/// The non-empty groups of a reply code's enhanced codes, linked.
pub(super) fn enhanced_links<'a>(layout: &Layout, view: &'a CodeView) -> Vec<EnhancedLinks<'a>> {
    let section = &view.enhanced;
    [
        ("enhanced-named", &section.named),
        ("enhanced-wider", &section.wider),
        ("enhanced-practice", &section.practice),
    ]
    .into_iter()
    .filter(|(_, group)| !group.codes.is_empty())
    .map(|(id, group)| EnhancedLinks {
        id,
        heading: &group.heading,
        fallback: group.fallback,
        codes: group
            .codes
            .iter()
            .map(|item| EnhancedLink {
                item,
                href: layout.enhanced_href(view.class, item.entry.subject, item.entry.detail),
            })
            .collect(),
    })
    .collect()
}

/// `site/enhanced-codes.*`: every detail code by subject, with its pages.
#[derive(Debug, Serialize)]
struct EnhancedIndexPage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    subjects: Vec<SubjectLinks>,
}

/// The detail codes of one subject, on the index.
#[derive(Debug, Serialize)]
struct SubjectLinks {
    subject: u8,
    /// "X.7".
    code: String,
    name: String,
    /// Whether every name of the subject's codes is English.
    fallback: bool,
    codes: Vec<EntryLinks>,
}

/// One detail code on the index, and its page in each class.
#[derive(Debug, Serialize)]
struct EntryLinks {
    #[serde(flatten)]
    entry: EnhancedRef,
    pages: Vec<ClassLink>,
}

/// A link to an enhanced code's page in one class.
#[derive(Debug, Serialize)]
struct ClassLink {
    /// The code in that class, such as "5.7.1".
    code: String,
    href: String,
}

/// `site/enhanced.*`: one enhanced code in one class.
#[derive(Debug, Serialize)]
struct EnhancedCodePage<'a> {
    page: PageMeta<'a>,
    labels: &'a Shared<Labels>,
    code: EnhancedView,
    /// The associated reply codes that have a page.
    associated: Vec<CodeLink>,
    enhanced_href: String,
}

impl Export {
    /// The context of a locale's index of enhanced codes.
    pub(super) fn enhanced_index_context(
        &self,
        page: Page,
        locale: &SiteLocale,
    ) -> Result<Value, ExportError> {
        let list = Viewer::new(&self.catalog, &locale.l10n).enhanced_list(None)?;
        let subjects = list
            .subjects
            .into_iter()
            .map(|group| SubjectLinks {
                subject: group.subject,
                code: group.code,
                name: group.name,
                fallback: group.fallback,
                codes: group
                    .codes
                    .into_iter()
                    .map(|entry| EntryLinks {
                        pages: self
                            .layout
                            .enhanced_pages_of(entry.subject, entry.detail)
                            .map(|p| ClassLink {
                                code: format!("{}.{}.{}", p.class, p.subject, p.detail),
                                href: self.layout.enhanced_page_href(p),
                            })
                            .collect(),
                        entry,
                    })
                    .collect(),
            })
            .collect();
        let description = locale
            .l10n
            .text(&messages::SITE_ENHANCED_DESCRIPTION, None)?;
        let meta = self.meta(page, locale.site.enhanced.clone(), description)?;
        Ok(template_value(&EnhancedIndexPage {
            page: meta,
            labels: &locale.labels,
            subjects,
        }))
    }

    /// The context of an enhanced code's page in one class.
    pub(super) fn enhanced_context(
        &self,
        page: Page,
        locale: &SiteLocale,
        enhanced: usize,
    ) -> Result<Value, ExportError> {
        let at = self.layout.enhanced(enhanced);
        let entry = &self.catalog.registry().codes[at.entry];
        let view = Viewer::new(&self.catalog, &locale.l10n).enhanced(Some(at.class), entry)?;
        let mut args = FluentArgs::new();
        args.set("code", view.code.clone());
        args.set("name", view.name.clone());
        let title = locale
            .l10n
            .text(&messages::SITE_ENHANCED_TITLE, Some(&args))?;
        let associated = view
            .associated
            .iter()
            .map(|r| CodeLink::new(&self.layout, r.code, &r.name, r.fallback))
            .collect();
        Ok(template_value(&EnhancedCodePage {
            page: self.meta(page, title, view.description.clone())?,
            labels: &locale.labels,
            associated,
            enhanced_href: self.layout.enhanced_index_href(),
            code: view,
        }))
    }
}
