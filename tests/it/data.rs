//! Data validation: every folder under `tests/fixtures/data/` is a data
//! directory whose load result (the codes, or every problem rendered as a
//! snippet, as the CLI prints them) is snapshotted. A new case is a new
//! folder.

use std::path::Path;

use smtpkb::assets::{Kind, Tree};
use smtpkb::catalog::{Association, Catalog, CatalogError, Enhanced};

use crate::util::project_root;

#[test]
fn data_fixtures() {
    insta::glob!("../fixtures/data", "*/codes.toml", |path| {
        let dir = path.parent().unwrap().strip_prefix(project_root()).unwrap();
        let result = match Catalog::load(&Tree::dir(Kind::Data, dir).unwrap()) {
            Ok(catalog) => {
                let codes: Vec<String> = catalog.codes().map(|c| c.code.to_string()).collect();
                format!("ok: {}", codes.join(" "))
            }
            Err(error @ CatalogError::Invalid(_)) => error.to_string(),
            Err(error) => format!("error: {error}"),
        };
        insta::assert_snapshot!(result);
    });
}

/// Issue 8: loading stopped at the first problem, so a data author fixed
/// one per run. Every problem of every file is reported, by file and
/// position.
#[test]
fn every_problem_of_every_file_is_reported_in_order() {
    let dir = "tests/fixtures/data/two-files";
    let diagnostics = match Catalog::load(&Tree::dir(Kind::Data, Path::new(dir)).unwrap()) {
        Err(CatalogError::Invalid(diagnostics)) => diagnostics,
        other => panic!("{dir} must have invalid data: {other:?}"),
    };
    let found: Vec<(String, &str)> = diagnostics
        .iter()
        .map(|d| (d.location.to_string(), d.problem.kind()))
        .collect();
    let at = |file: &str, line_column: &str| format!("{dir}/{file}:{line_column}");
    assert_eq!(
        found,
        [
            (at("codes.toml", "3:9"), "class-mismatch"),
            (at("codes.toml", "8:17"), "unknown-related"),
            (at("more.toml", "5:9"), "retry-mismatch"),
            (at("more.toml", "17:8"), "duplicate-code"),
            (at("more.toml", "23:12"), "unknown-related"),
        ]
    );
}

#[test]
fn codes_with_several_meanings_say_so() {
    let catalog = crate::util::catalog();
    for (code, contexts) in [
        (454, ["auth", "starttls"]),
        (220, ["core", "starttls"]),
        (501, ["core", "starttls"]),
    ] {
        let found: Vec<&str> = catalog
            .get(code)
            .unwrap()
            .defined
            .iter()
            .map(|d| d.context.as_str())
            .collect();
        for context in contexts {
            assert!(
                found.contains(&context),
                "{code} lacks its {context} meaning: {found:?}"
            );
        }
    }
}

/// The embedded registry of enhanced codes is whole: three classes, eight
/// subjects and every detail code from X.0.0 to X.7.30. The codes it
/// associates with 550 and 451, by name and only through "any" or the
/// class, are pinned, and 334 has none: no enhanced code is written in
/// class 3.
#[test]
fn the_embedded_registry_is_whole() {
    let catalog = crate::util::catalog();
    let registry = catalog.registry();
    assert_eq!(registry.classes.len(), 3);
    assert_eq!(registry.subjects.len(), 8);
    assert_eq!(registry.codes.len(), 81);
    let mut lines = Vec::new();
    for code in [550, 451, 334] {
        let (named, wider): (Vec<_>, Vec<_>) = registry
            .associated_with(code)
            .partition(|(_, how)| *how == Association::Named);
        let codes = |list: Vec<(&Enhanced, Association)>| {
            let codes: Vec<String> = list.iter().map(|(e, _)| e.code()).collect();
            format!("({}) {}", codes.len(), codes.join(" "))
        };
        lines.push(format!("{code} named: {}", codes(named)));
        lines.push(format!("{code} wider: {}", codes(wider)));
    }
    insta::assert_snapshot!(lines.join("\n"));
}

/// The classes an enhanced code has a page in and is listed in with
/// `list --enhanced --class`, on a registry of classes 2 and 5 only: "any"
/// gives each of the registry's classes, a named basic code its class, and
/// "Not given" gives 4 and 5, of which this registry has 5, plus the class
/// of a reply code that names it as commonly seen (250, with 2.7.1).
#[test]
fn an_enhanced_code_is_used_in_the_classes_of_its_reply_codes() {
    let dir = Path::new("tests/fixtures/data/registry-ok");
    let catalog = Catalog::load(&Tree::dir(Kind::Data, dir).unwrap()).unwrap();
    let classes = |code: &str| {
        let (_, enhanced) = catalog.lookup_enhanced(code).unwrap();
        catalog.enhanced_classes(enhanced)
    };
    assert_eq!(classes("X.0.0"), [2, 5]);
    assert_eq!(classes("X.1.1"), [5]);
    assert_eq!(classes("X.7.1"), [2, 5]);
    let embedded = crate::util::catalog();
    let classes = |code: &str| {
        let (_, enhanced) = embedded.lookup_enhanced(code).unwrap();
        embedded.enhanced_classes(enhanced)
    };
    assert_eq!(classes("X.0.0"), [2, 4, 5]);
    assert_eq!(classes("X.1.5"), [2]);
    assert_eq!(classes("X.7.1"), [4, 5]);
    assert_eq!(classes("X.7.17"), [5]);
    assert_eq!(classes("X.6.10"), [4, 5]);
}
