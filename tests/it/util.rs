//! Shared helpers: running the real binary, loading the embedded knowledge
//! base, and the prose checks every page must pass.

use std::collections::BTreeSet;
use std::path::PathBuf;

use assert_cmd::Command;
use smtpkb::assets::{Kind, Tree};
use smtpkb::catalog::Catalog;
use smtpkb::check::lints;
use smtpkb::l10n::{Direction, Locales, Localizer, parse_tag};

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
    let dir = tempfile::tempdir().unwrap();
    crate::malformed::copy(&project_root().join(folder), dir.path());
    dir
}

/// The embedded facts.
pub fn catalog() -> Catalog {
    Catalog::load(&Tree::embedded(Kind::Data)).expect("the embedded data loads")
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
/// doubled word or a control character, by the checker's own rules
/// (`check::lints`), or a raw message id. Output text holds no bidi control
/// at all, not even the isolates Fluent adds: the renderers that need them
/// (HTML) ask for them.
pub fn text_problems(lang: &str, what: &str, text: &str, ids: &BTreeSet<String>) -> Vec<String> {
    let mut problems: Vec<String> = lints::doubled_words(lang, text)
        .map(|(_, word)| format!("{what}: doubled word {word:?} in {text:?}"))
        .collect();
    let raw_ids = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(str::to_lowercase)
        .filter(|word| ids.contains(word));
    problems.extend(raw_ids.map(|word| format!("{what}: raw message id {word:?} in {text:?}")));
    let direction = Direction::of(&parse_tag(lang).expect("a valid language tag"));
    problems.extend(text.chars().filter_map(|c| {
        let (_, why) = lints::control_reason(c, direction)?;
        Some(format!("{what}: U+{:04X}, {why}, in {text:?}", c as u32))
    }));
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

/// The prose checks can fail: each helper reports a doubled word, a raw
/// message id, a control character and (for prose) a cut-off sentence, so
/// that the tests built on them cannot pass by finding nothing.
#[test]
fn the_prose_checks_report_each_problem_they_look_for() {
    let ids = BTreeSet::from(["label-when".to_owned()]);
    let bad = [
        ("doubled word", "The server said said no."),
        ("raw message id", "See label-when for more."),
        ("U+2068", "The reply \u{2068}550\u{2069} is final."),
        ("U+202E", "Read \u{202e}this."),
        ("U+200B", "An invisible\u{200b} space."),
    ];
    for (problem, text) in bad {
        for (helper, found) in [
            ("text_problems", text_problems("en", "t", text, &ids)),
            ("prose_problems", prose_problems("en", "t", text, &ids)),
        ] {
            assert!(
                found.iter().any(|p| p.contains(problem)),
                "{helper} misses the {problem} in {text:?}: {found:?}"
            );
        }
    }
    let cut_off = prose_problems("en", "t", "The server closes the", &ids);
    assert!(
        cut_off
            .iter()
            .any(|p| p.contains("does not end a sentence")),
        "{cut_off:?}"
    );
    assert!(text_problems("en", "t", "The server closes the", &ids).is_empty());
    // The checker's allow-list applies: Vietnamese “từ từ” is one word.
    assert!(prose_problems("vi", "t", "Thử lại từ từ.", &ids).is_empty());
    assert_eq!(
        prose_problems("en", "t", "A clean sentence.", &ids),
        Vec::<String>::new()
    );
}

/// One folder of the shared test corpora (`replies`, `iana`, …): the folder
/// named by `SMTPKB_CORPORA`, else `corpora/` in the `shared` folder beside
/// the checkout. The corpora are not part of the repository. Without them
/// a corpus test is skipped with a note, except under CI (`CI` set), where
/// a missing corpus fails the test: a check that did not run must not pass.
pub fn corpus(folder: &str) -> Option<PathBuf> {
    let root = match std::env::var_os("SMTPKB_CORPORA") {
        Some(dir) => PathBuf::from(dir),
        None => project_root().join("../shared/corpora"),
    };
    let dir = root.join(folder);
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the corpus {} is missing; set SMTPKB_CORPORA to the corpora folder",
        dir.display()
    );
    eprintln!("skipped: no corpus at {}", dir.display());
    None
}
