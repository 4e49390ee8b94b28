//! Every code and every pair of codes, in every locale, reads as finished
//! prose: formatted without a Fluent error, no raw message id, no empty
//! section, no doubled word, no sentence cut off.

use std::collections::BTreeSet;

use smtpkb::compare::CompareError;
use smtpkb::view::{CodeView, ViewError, Viewer};

use crate::util::{catalog, locales, localizer, prose_problems, text_problems};

/// Every message id the project uses: none may show in a page.
fn message_ids() -> BTreeSet<String> {
    smtpkb::messages::used(&catalog())
        .into_keys()
        .map(|id| id.to_string())
        .collect()
}

fn code_problems(lang: &str, view: &CodeView, ids: &BTreeSet<String>) -> Vec<String> {
    let what = |field: &str| format!("{lang} {} {field}", view.code);
    let mut problems = text_problems(lang, &what("title"), &view.title, ids);
    problems.extend(text_problems(lang, &what("name"), &view.name, ids));
    for (field, text) in [
        ("description", &view.description),
        ("when", &view.when),
        ("fix", &view.fix),
    ] {
        problems.extend(prose_problems(lang, &what(field), text, ids));
    }
    if let Some(deprecation) = &view.deprecation {
        problems.extend(prose_problems(lang, &what("deprecation"), deprecation, ids));
    }
    if view.learn_more.is_empty() {
        problems.push(what("learn_more: empty"));
    }
    problems
}

#[test]
fn every_code_page_in_every_locale_is_finished_prose() {
    let catalog = catalog();
    let locales = locales();
    let ids = message_ids();
    let mut problems = Vec::new();
    let mut n_pages = 0;
    for lang in locales.available() {
        let lang = lang.to_string();
        let l10n = localizer(&locales, &lang);
        let viewer = Viewer::new(&catalog, &l10n);
        for code in catalog.codes() {
            let view = viewer.code(code).unwrap();
            problems.extend(code_problems(&lang, &view, &ids));
            n_pages += 1;
        }
        problems.extend(l10n.take_problems().iter().map(|p| format!("{lang}: {p}")));
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(n_pages, catalog.len() * locales.available().len());
}

#[test]
fn every_pair_in_every_locale_is_finished_prose() {
    let catalog = catalog();
    let locales = locales();
    let ids = message_ids();
    let mut problems = Vec::new();
    let mut n_comparisons = 0;
    for lang in locales.available() {
        let lang = lang.to_string();
        let l10n = localizer(&locales, &lang);
        let viewer = Viewer::new(&catalog, &l10n);
        for a in catalog.codes() {
            for b in catalog.codes() {
                let what = format!("{lang} {} vs {}", a.code, b.code);
                if a.code == b.code {
                    match viewer.comparison(a, b) {
                        Err(ViewError::Compare(CompareError::SameCode(code))) => {
                            assert_eq!(code, a.code)
                        }
                        other => panic!("{what}: expected the same-code error, got {other:?}"),
                    }
                    let message = viewer.same_code(a.code).unwrap();
                    problems.extend(prose_problems(
                        &lang,
                        &format!("{what} same-code"),
                        &message,
                        &ids,
                    ));
                    continue;
                }
                let view = viewer.comparison(a, b).unwrap();
                n_comparisons += 1;
                problems.extend(text_problems(
                    &lang,
                    &format!("{what} title"),
                    &view.title,
                    &ids,
                ));
                problems.extend(prose_problems(
                    &lang,
                    &format!("{what} summary"),
                    &view.summary,
                    &ids,
                ));
                problems.extend(prose_problems(
                    &lang,
                    &format!("{what} when_to_use"),
                    &view.when_to_use,
                    &ids,
                ));
                if view.differences.len() < 4 {
                    problems.push(format!(
                        "{what}: only {} differences",
                        view.differences.len()
                    ));
                }
                for (i, difference) in view.differences.iter().enumerate() {
                    problems.extend(prose_problems(
                        &lang,
                        &format!("{what} difference {i}"),
                        difference,
                        &ids,
                    ));
                }
                if view.learn_more.is_empty() {
                    problems.push(format!("{what}: no learn-more links"));
                }
            }
        }
        problems.extend(l10n.take_problems().iter().map(|p| format!("{lang}: {p}")));
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let n = catalog.len();
    assert_eq!(n_comparisons, n * (n - 1) * locales.available().len());
}
