//! Tidy: the repository checks itself. Facts and words agree in both
//! directions, every message id the code uses exists, nothing in the
//! reference locale is unused, ids follow one convention, and every module
//! says what it is for. Each failure names the place and the fix.

use std::collections::BTreeSet;
use std::path::Path;

use regex::Regex;
use smtpkb::catalog::{Context, Phase};
use smtpkb::l10n::REFERENCE;
use smtpkb::view::LABELS;

use crate::util::{catalog, locales, project_root};

fn rust_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

fn reference_ids() -> BTreeSet<String> {
    locales()
        .message_ids(&REFERENCE)
        .unwrap()
        .into_values()
        .flatten()
        .collect()
}

/// Message ids written as string literals in the library and the CLI.
fn literal_ids() -> BTreeSet<String> {
    let literal = Regex::new(r#""([a-z]+(?:-[a-z0-9]+)+)""#).unwrap();
    let families = [
        "label", "compare", "error", "warning", "list", "coverage", "learn", "show", "locale",
    ];
    let mut files = Vec::new();
    rust_files(&project_root().join("src"), &mut files);
    let mut ids = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for capture in literal.captures_iter(&text) {
            let id = &capture[1];
            if families.iter().any(|f| id.starts_with(&format!("{f}-"))) {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

/// Message ids built from facts: class, category, phase and context names,
/// and the prose of every code.
fn fact_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for class in 2..=5 {
        ids.insert(format!("class-{class}"));
    }
    for category in 0..=5 {
        ids.insert(format!("category-{category}"));
    }
    ids.extend(Phase::ALL.iter().map(|p| format!("phase-{p}")));
    ids.extend(Context::ALL.iter().map(|c| format!("context-{c}")));
    for code in catalog().codes() {
        for field in ["name", "description", "when", "fix"] {
            ids.insert(format!("code-{}-{field}", code.code));
        }
        if code.deprecated.is_some() {
            ids.insert(format!("code-{}-deprecation", code.code));
        }
    }
    ids
}

#[test]
fn every_module_starts_with_a_doc_comment() {
    let mut files = Vec::new();
    for dir in ["src", "tests", "xtask/src"] {
        rust_files(&project_root().join(dir), &mut files);
    }
    let undocumented: Vec<String> = files
        .iter()
        .filter(|f| !std::fs::read_to_string(f).unwrap().starts_with("//!"))
        .map(|f| {
            format!(
                "{}:1: add a `//!` comment saying what this module is for",
                f.display()
            )
        })
        .collect();
    assert!(undocumented.is_empty(), "{}", undocumented.join("\n"));
}

#[test]
fn every_id_the_code_uses_exists_in_the_reference() {
    let reference = reference_ids();
    let used: BTreeSet<String> = literal_ids().into_iter().chain(fact_ids()).collect();
    let missing: Vec<String> = used
        .difference(&reference)
        .map(|id| {
            format!(
                "locales/en: message “{id}” is used but not defined; add it to ui.ftl or codes.ftl"
            )
        })
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_reference_message_is_used() {
    let used: BTreeSet<String> = literal_ids().into_iter().chain(fact_ids()).collect();
    let unused: Vec<String> = reference_ids()
        .difference(&used)
        .map(|id| format!("locales/en: message “{id}” is never used; remove it, or use it"))
        .collect();
    assert!(unused.is_empty(), "{}", unused.join("\n"));
}

#[test]
fn code_prose_names_only_known_codes() {
    let catalog = catalog();
    let prose = Regex::new(r"^code-(\d+)-").unwrap();
    let unknown: Vec<String> = reference_ids()
        .iter()
        .filter_map(|id| {
            prose
                .captures(id)
                .map(|c| (id.clone(), c[1].parse::<u16>().unwrap()))
        })
        .filter(|(_, code)| catalog.get(*code).is_none())
        .map(|(id, code)| {
            format!(
                "locales/en/codes.ftl: “{id}” is prose for {code}, which no file in data/ defines"
            )
        })
        .collect();
    assert!(unknown.is_empty(), "{}", unknown.join("\n"));
}

#[test]
fn message_ids_are_kebab_case() {
    let convention = Regex::new(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$").unwrap();
    let locales = locales();
    let mut bad = Vec::new();
    for lang in locales.available() {
        for (file, ids) in locales.message_ids(lang).unwrap() {
            for id in ids.iter().filter(|id| !convention.is_match(id)) {
                bad.push(format!("locales/{lang}/{file}: “{id}” is not kebab-case; write it like “label-when-to-use”"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn templates_use_only_known_labels() {
    let label = Regex::new(r"labels\.([a-z_]+)").unwrap();
    let known: BTreeSet<&str> = LABELS.iter().map(|(key, _)| *key).collect();
    let mut unknown = Vec::new();
    for entry in std::fs::read_dir(project_root().join("templates")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            for capture in label.captures_iter(line) {
                if !known.contains(&capture[1]) {
                    unknown.push(format!(
                        "{}:{}: unknown label “{}”; add it to view::LABELS",
                        path.display(),
                        number + 1,
                        &capture[1]
                    ));
                }
            }
        }
    }
    assert!(unknown.is_empty(), "{}", unknown.join("\n"));
}
