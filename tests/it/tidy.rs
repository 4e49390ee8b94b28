//! Tidy: the repository checks itself. Every module says what it is for,
//! every message id the code writes out is known to the checker, and
//! templates use only known labels. That facts and words agree in both
//! directions (code prose, unknown and unused ids, id convention) is
//! `cargo xtask check`'s project check, run in `check.rs`. Each failure
//! names the place and the fix.

use std::collections::BTreeSet;
use std::path::Path;

use regex::Regex;
use smtpkb::view::{LABELS, used_ids};

use crate::util::{catalog, project_root};

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

/// `view::used_ids` is what `cargo xtask check` holds the reference locale
/// to (unknown and unused ids, missing code prose): it must name every id
/// the code writes out.
#[test]
fn used_ids_names_every_message_id_in_the_code() {
    let used = used_ids(&catalog());
    let unlisted: Vec<String> = literal_ids()
        .difference(&used)
        .map(|id| format!("src: message “{id}” is used but not listed; add it to view::MESSAGES"))
        .collect();
    assert!(unlisted.is_empty(), "{}", unlisted.join("\n"));
}

#[test]
fn templates_use_only_known_labels() {
    let label = Regex::new(r"labels\.([a-z_]+)").unwrap();
    let known: BTreeSet<&str> = LABELS.iter().map(|(key, _)| *key).collect();
    let mut unknown = Vec::new();
    let mut templates = Vec::new();
    let mut folders = vec![project_root().join("templates")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                templates.push(path);
            }
        }
    }
    for path in templates {
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
