//! Tidy: the repository checks itself. Every module says what it is for,
//! templates use only known labels, and the README's table of finding
//! kinds is the checker's. Message ids need no check here: only
//! `smtpkb::messages` can make one. That facts and words agree in both
//! directions (code prose, unknown and unused ids, id convention) is
//! `cargo xtask check`'s project check, run in `check.rs`. Each failure
//! names the place and the fix.

use std::collections::BTreeSet;
use std::path::Path;

use regex::Regex;
use smtpkb::check::Kind;
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
    for dir in ["src", "tests", "xtask/src", "xtask/tests"] {
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
                // Copied to a site as they are, never rendered.
                if !path.ends_with("site/static") {
                    folders.push(path);
                }
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

/// The rows of the README's table of finding kinds (section “For
/// translators”): each kind named in the first column, with the line and
/// the severity of its row.
fn readme_kinds(readme: &str) -> Vec<(usize, String, String)> {
    let mut rows = Vec::new();
    let mut in_section = false;
    for (number, line) in readme.lines().enumerate() {
        if line.starts_with("## ") {
            in_section = line == "## For translators";
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let [_, kinds, severity, _, ..] = cells[..] else {
            continue;
        };
        if !in_section || !kinds.starts_with('`') {
            continue;
        }
        let severity = severity.split_whitespace().next().unwrap_or_default();
        for kind in kinds.split(',') {
            let kind = kind.trim().trim_matches('`');
            rows.push((number + 1, kind.to_owned(), severity.to_owned()));
        }
    }
    rows
}

/// What is wrong with the README's table of kinds, against [`Kind::ALL`].
fn kind_table_problems(readme: &str) -> Vec<String> {
    let rows = readme_kinds(readme);
    let mut problems = Vec::new();
    for (line, name, severity) in &rows {
        match Kind::ALL.iter().find(|k| k.as_str() == name) {
            None => problems.push(format!(
                "README.md:{line}: “{name}” is not a finding kind; remove the row or fix the name"
            )),
            Some(kind) if kind.default_severity().as_str() != severity => problems.push(format!(
                "README.md:{line}: “{name}” defaults to {}, not “{severity}”; fix the severity column",
                kind.default_severity()
            )),
            Some(_) => {}
        }
    }
    for kind in Kind::ALL {
        if !rows.iter().any(|(_, name, _)| name == kind.as_str()) {
            problems.push(format!(
                "README.md: the kind “{kind}” is missing from the table under “For translators”; add a row: | `{kind}` | {} | {} |",
                kind.default_severity(),
                kind.summary()
            ));
        }
    }
    problems
}

#[test]
fn the_readme_lists_every_finding_kind_with_its_severity() {
    let readme = std::fs::read_to_string(project_root().join("README.md")).unwrap();
    assert!(
        readme_kinds(&readme).len() >= Kind::ALL.len(),
        "README.md: no table of finding kinds found under “## For translators”"
    );
    let problems = kind_table_problems(&readme);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The table check can fail: a README with a kind too many, one too few
/// and a wrong severity draws one complaint each.
#[test]
fn the_readme_kind_check_reports_each_kind_of_mismatch() {
    let readme = std::fs::read_to_string(project_root().join("README.md")).unwrap();
    let broken = readme
        .replace("| `duplicate-id` | error |", "| `duplicated-id` | error |")
        .replace("| `empty-value` | error |", "| `empty-value` | warning |");
    assert_ne!(
        broken, readme,
        "the README's table changed; update this test"
    );
    let problems = kind_table_problems(&broken);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].contains("“duplicated-id” is not a finding kind"));
    assert!(problems[1].contains("“empty-value” defaults to error"));
    assert!(problems[2].contains("“duplicate-id” is missing"));
}
