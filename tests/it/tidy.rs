//! Tidy: the repository checks itself. Every module says what it is for
//! and templates use only known labels. Message ids need no check here:
//! only `smtpkb::messages` can make one. That facts and words agree in both
//! directions (code prose, unknown and unused ids, id convention) is
//! `cargo xtask check`'s project check, run in `check.rs`. Each failure
//! names the place and the fix.

use std::collections::BTreeSet;
use std::path::Path;

use regex::Regex;
use smtpkb::messages::Labels;

use crate::util::project_root;

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
fn templates_use_only_known_labels() {
    let label = Regex::new(r"labels\.([a-z_]+)").unwrap();
    let known: BTreeSet<&str> = Labels::ALL.iter().map(|(key, _)| *key).collect();
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
                        "{}:{}: unknown label “{}”; add it to messages::Labels",
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
