//! Every code, every pair of codes and every enhanced code in each class it
//! has a page in, in every locale, reads as finished prose: formatted
//! without a Fluent error, no raw message id, no empty section, no doubled
//! word, no sentence cut off.

use std::collections::BTreeSet;

use smtpkb::catalog::{Code, Phase};
use smtpkb::compare::{CompareError, Comparison};
use smtpkb::l10n::Localizer;
use smtpkb::messages::{self, Difference};
use smtpkb::view::{CodeView, EnhancedView, ViewError, Viewer};

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
    for (field, text) in [("description", &view.description), ("when", &view.when)] {
        problems.extend(prose_problems(lang, &what(field), text, ids));
    }
    if view.fix.is_empty() {
        problems.push(what("fix: no audience"));
    }
    for part in &view.fix {
        let field = format!("fix-{}", part.audience);
        problems.extend(text_problems(lang, &what(&field), &part.label, ids));
        if part.steps.is_empty() {
            problems.push(what(&format!("{field}: no steps")));
        }
        for step in &part.steps {
            problems.extend(prose_problems(lang, &what(&field), step, ids));
        }
    }
    if let Some(restriction) = &view.restriction {
        problems.extend(prose_problems(lang, &what("restriction"), restriction, ids));
    }
    if view.learn_more.is_empty() {
        problems.push(what("learn_more: empty"));
    }
    let enhanced = &view.enhanced;
    for group in [&enhanced.named, &enhanced.wider, &enhanced.practice] {
        problems.extend(text_problems(
            lang,
            &what("enhanced heading"),
            &group.heading,
            ids,
        ));
        for item in &group.codes {
            let field = format!("enhanced {}", item.entry.code);
            problems.extend(text_problems(lang, &what(&field), &item.entry.name, ids));
            if !item.entry.code.starts_with(&view.class.to_string()) {
                problems.push(what(&format!(
                    "{field}: not written in class {}",
                    view.class
                )));
            }
            if let Some(source) = &item.source {
                problems.extend(text_problems(lang, &what(&field), source, ids));
            }
        }
    }
    problems
}

fn enhanced_problems(lang: &str, view: &EnhancedView, ids: &BTreeSet<String>) -> Vec<String> {
    let what = |field: &str| format!("{lang} {} {field}", view.code);
    let mut problems = text_problems(lang, &what("title"), &view.title, ids);
    problems.extend(text_problems(lang, &what("name"), &view.name, ids));
    problems.extend(prose_problems(
        lang,
        &what("description"),
        &view.description,
        ids,
    ));
    let parts = view.class.iter().chain([&view.subject]);
    for part in parts {
        problems.extend(text_problems(lang, &what("part name"), &part.name, ids));
        problems.extend(prose_problems(lang, &what("part"), &part.description, ids));
    }
    for part in &view.fix {
        let field = format!("fix-{}", part.audience);
        if part.steps.is_empty() {
            problems.push(what(&format!("{field}: no steps")));
        }
        for step in &part.steps {
            problems.extend(prose_problems(lang, &what(&field), step, ids));
        }
    }
    for phrase in &view.associated_phrases {
        problems.extend(text_problems(lang, &what("associated"), phrase, ids));
    }
    if view.associated.is_empty() && view.associated_phrases.is_empty() {
        problems.push(what("associated: empty"));
    }
    if view.learn_more.is_empty() {
        problems.push(what("learn_more: empty"));
    }
    problems
}

/// Runs `pages` over every locale with a viewer and its localizer, and
/// asserts that neither it nor Fluent reported a problem. Returns how many
/// pages it checked.
fn check_every_locale(
    mut pages: impl FnMut(&str, &Viewer<'_>, &Localizer, &mut Vec<String>) -> usize,
) -> usize {
    let catalog = catalog();
    let locales = locales();
    let mut problems = Vec::new();
    let mut n_pages = 0;
    for lang in locales.available() {
        let lang = lang.to_string();
        let l10n = localizer(&locales, &lang);
        let viewer = Viewer::new(&catalog, &l10n);
        n_pages += pages(&lang, &viewer, &l10n, &mut problems);
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
    n_pages
}

#[test]
fn every_code_page_in_every_locale_is_finished_prose() {
    let catalog = catalog();
    let ids = message_ids();
    let n_pages = check_every_locale(|lang, viewer, _, problems| {
        for code in catalog.codes() {
            let view = viewer.code(code).unwrap();
            problems.extend(code_problems(lang, &view, &ids));
        }
        catalog.len()
    });
    assert_eq!(n_pages, catalog.len() * locales().available().len());
}

/// The phase sentence of a pair names only phases the data gives the two
/// codes, and names at least one: each phase is found by its localized
/// phrase.
fn phase_problems(
    what: &str,
    l10n: &Localizer,
    a: &Code,
    b: &Code,
    differences: &[String],
) -> Vec<String> {
    let comparison = Comparison::new(a, b).unwrap();
    let index = comparison
        .differences()
        .iter()
        .position(|&d| d == Difference::Phase)
        .expect("every pair has a phase difference");
    let sentence = &differences[index];
    // A code's phases one by one, or "any command" where it has them all.
    let allowed: Vec<Phase> = [a, b]
        .iter()
        .flat_map(|code| {
            let phases = code.phases();
            let shown = Phase::shown(&phases);
            phases.into_iter().chain(shown)
        })
        .collect();
    let mut problems = Vec::new();
    let mut named = 0;
    for &phase in Phase::ALL {
        let phrase = l10n.text(&messages::phase_phrase(phase), None).unwrap();
        if sentence.contains(&phrase) {
            named += 1;
            if !allowed.contains(&phase) {
                problems.push(format!(
                    "{what}: the phase sentence names {phase}, which neither code has: {sentence}"
                ));
            }
        }
    }
    if named == 0 {
        problems.push(format!(
            "{what}: the phase sentence names no phase: {sentence}"
        ));
    }
    problems
}

#[test]
fn every_pair_in_every_locale_is_finished_prose() {
    let catalog = catalog();
    let ids = message_ids();
    let n_comparisons = check_every_locale(|lang, viewer, l10n, problems| {
        let mut n_comparisons = 0;
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
                        lang,
                        &format!("{what} same-code"),
                        &message,
                        &ids,
                    ));
                    continue;
                }
                let view = viewer.comparison(a, b).unwrap();
                n_comparisons += 1;
                problems.extend(text_problems(
                    lang,
                    &format!("{what} title"),
                    &view.title,
                    &ids,
                ));
                problems.extend(prose_problems(
                    lang,
                    &format!("{what} summary"),
                    &view.summary,
                    &ids,
                ));
                problems.extend(prose_problems(
                    lang,
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
                problems.extend(phase_problems(&what, l10n, a, b, &view.differences));
                for (i, difference) in view.differences.iter().enumerate() {
                    problems.extend(prose_problems(
                        lang,
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
        n_comparisons
    });
    let n = catalog.len();
    assert_eq!(n_comparisons, n * (n - 1) * locales().available().len());
}

/// Every enhanced code's page of the site (each class it is used in) and
/// its registry form (X.7.1), in every locale.
#[test]
fn every_enhanced_page_in_every_locale_is_finished_prose() {
    let catalog = catalog();
    let ids = message_ids();
    let n_pages = check_every_locale(|lang, viewer, _, problems| {
        let mut n_pages = 0;
        for enhanced in &catalog.registry().codes {
            let classes = catalog.enhanced_classes(enhanced);
            if classes.is_empty() {
                problems.push(format!("{}: no class to show it in", enhanced.code()));
            }
            for class in classes.into_iter().map(Some).chain([None]) {
                let view = viewer.enhanced(class, enhanced).unwrap();
                problems.extend(enhanced_problems(lang, &view, &ids));
                n_pages += 1;
            }
        }
        n_pages
    });
    assert!(n_pages > catalog.registry().codes.len() * locales().available().len());
}
