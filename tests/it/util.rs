//! Shared helpers: running the real binary, loading the embedded knowledge
//! base, and the prose checks every page must pass.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use smtpkb::assets::{Kind, Tree};
use smtpkb::catalog::Catalog;
use smtpkb::l10n::{Locales, Localizer, parse_tag};

/// The `smtpkb` binary with a clean, fixed environment: no locale variables,
/// so that the developer's own `LANG` never changes a result.
pub fn smtpkb() -> Command {
    let mut command = Command::cargo_bin("smtpkb").expect("the smtpkb binary is built for tests");
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(var);
    }
    command.current_dir(project_root());
    command
}

/// The workspace root.
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary copy of one of the project's folders (`locales`, `data`),
/// for a test to break without touching the real one.
pub fn copy_of(folder: &str) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(&project_root().join(folder), dir.path());
    dir
}

/// The embedded facts.
pub fn catalog() -> Catalog {
    Catalog::load(&Tree::embedded(Kind::Data)).expect("the embedded data loads")
}

/// Every message id the project uses, as the checker's project rules take
/// them.
pub fn used_ids() -> BTreeSet<String> {
    smtpkb::messages::used(&catalog())
        .into_keys()
        .map(|id| id.to_string())
        .collect()
}

/// The embedded locales.
pub fn locales() -> Locales {
    Locales::discover(Tree::embedded(Kind::Locales)).expect("the embedded locales load")
}

/// A localizer for one locale of the embedded tree, as the CLI builds it.
pub fn localizer(locales: &Locales, tag: &str) -> Localizer {
    let chain = locales.negotiate(&parse_tag(tag).unwrap());
    locales
        .load(&chain, false)
        .expect("the embedded locale loads")
}

/// Words that may legitimately repeat in a language ("từ từ", slowly).
fn allowed_repeats(lang: &str) -> &'static [&'static str] {
    match lang {
        "vi" => &["từ", "thường", "dần", "lần"],
        _ => &[],
    }
}

/// Every problem of one paragraph of prose: empty, cut off without final
/// punctuation, a word written twice in a row, or a raw message id.
pub fn prose_problems(lang: &str, what: &str, text: &str, ids: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    let trimmed = text.trim();
    if trimmed.is_empty() {
        problems.push(format!("{what}: empty"));
        return problems;
    }
    let last = trimmed
        .trim_end_matches(['”', '»', '’', '"', ')', '」'])
        .chars()
        .last()
        .unwrap_or(' ');
    if !matches!(last, '.' | '!' | '?' | '؟' | '。' | '…') {
        problems.push(format!("{what}: does not end a sentence: {trimmed:?}"));
    }
    problems.extend(text_problems(lang, what, text, ids));
    problems
}

/// The problems any text can have, a title as well as a paragraph: a
/// doubled word, a raw message id, or a bidi control character.
pub fn text_problems(lang: &str, what: &str, text: &str, ids: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    for pair in words.windows(2) {
        if pair[0] == pair[1]
            && pair[0].chars().any(char::is_alphabetic)
            && !allowed_repeats(lang).contains(&pair[0].as_str())
        {
            problems.push(format!("{what}: doubled word {:?} in {text:?}", pair[0]));
        }
    }
    for word in &words {
        if ids.contains(word) {
            problems.push(format!("{what}: raw message id {word:?} in {text:?}"));
        }
    }
    if text.contains([
        '\u{2068}', '\u{2069}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}',
    ]) {
        problems.push(format!("{what}: bidi control character in {text:?}"));
    }
    problems
}

/// A copy of the project's locales in which `file` (such as `vi/ui.ftl`)
/// lacks the message `id`: its whole entry, from its first line to the
/// next entry. Panics if the file has no such message, so that a test
/// never passes on an edit that did not apply.
pub fn locales_without(file: &str, id: &str) -> tempfile::TempDir {
    let dir = copy_of("locales");
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut kept = String::new();
    let mut skipping = false;
    let mut found = false;
    for line in text.split_inclusive('\n') {
        let starts_entry = line.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-');
        if starts_entry {
            skipping = line
                .strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='));
            found |= skipping;
        }
        if !skipping {
            kept.push_str(line);
        }
    }
    assert!(found, "{file} has no message {id}");
    std::fs::write(&path, kept).unwrap();
    dir
}
