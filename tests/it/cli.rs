//! The command line end to end: the real binary, its exit codes, and what
//! it prints for bad input.

use predicates::prelude::*;

use crate::util::{copy_of, smtpkb};

fn one_line(bytes: &[u8]) -> String {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    assert_eq!(text.lines().count(), 1, "expected one line, got {text:?}");
    text
}

/// Runs a command that must fail with a user error: exit status 1, nothing
/// on standard output, one line on standard error, which is returned.
fn user_error(command: &mut assert_cmd::Command) -> String {
    let output = command.assert().code(1).stdout("").get_output().clone();
    one_line(&output.stderr)
}

#[test]
fn unknown_code_names_the_nearest_known_codes() {
    let stderr = user_error(smtpkb().args(["show", "999"]));
    assert_eq!(
        stderr,
        "error: unknown reply code 999; the nearest known codes are 556, 555, 554\n"
    );
}

#[test]
fn unknown_code_error_is_localized() {
    let stderr = user_error(smtpkb().args(["show", "460", "--lang", "vi"]));
    assert!(stderr.contains("459, 458, 455"), "{stderr}");
    assert!(
        !stderr.contains("unknown reply code"),
        "not translated: {stderr}"
    );
}

#[test]
fn text_that_is_not_a_code_is_refused() {
    let stderr = user_error(smtpkb().args(["show", "abc"]));
    assert!(
        stderr.starts_with("error: “abc” is not a reply code"),
        "{stderr}"
    );
    smtpkb()
        .args(["compare", "451", "45"])
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn a_code_compared_with_itself_gets_a_message_not_a_page() {
    let stderr = user_error(smtpkb().args(["compare", "451", "451"]));
    assert!(stderr.contains("smtpkb show 451"), "{stderr}");
}

#[test]
fn unknown_language_falls_back_to_english_with_a_warning() {
    let output = smtpkb()
        .args(["show", "451", "--lang", "xx"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = one_line(&output.stderr);
    assert_eq!(
        stderr,
        "warning: no translation for “xx”, showing English\n"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("Description"));
}

#[test]
fn a_path_or_garbage_as_language_is_an_error() {
    for lang in ["../../etc/passwd", "", "not a tag", "vi/../en"] {
        let stderr = user_error(smtpkb().args(["show", "451", "--lang", lang]));
        assert!(
            stderr.contains("is not a language tag"),
            "{lang:?}: {stderr}"
        );
    }
}

#[test]
fn language_comes_from_the_environment() {
    smtpkb()
        .args(["show", "451"])
        .env("LANG", "vi_VN.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("Mô tả"));
    smtpkb()
        .args(["show", "451"])
        .env("LANG", "vi_VN.UTF-8")
        .env("LC_ALL", "tr_TR.UTF-8")
        .assert()
        .success()
        .stdout(predicate::str::contains("Açıklama"));
    // An unusable environment never stops the tool.
    smtpkb()
        .args(["show", "451"])
        .env("LANG", "garbage!!")
        .assert()
        .success()
        .stdout(predicate::str::contains("Description"));
    smtpkb()
        .args(["show", "451"])
        .env("LANG", "C.UTF-8")
        .assert()
        .success()
        .stderr("");
    // --lang wins over the environment.
    smtpkb()
        .args(["show", "451", "--lang", "ar"])
        .env("LC_ALL", "vi")
        .assert()
        .success()
        .stdout(predicate::str::contains("الوصف"));
}

#[test]
fn a_broken_locale_override_is_reported_with_its_position() {
    let dir = copy_of("locales");
    let vi = dir.path().join("vi/ui.ftl");
    std::fs::write(
        &vi,
        "locale-name = Tiếng Việt\nlabel-description = Mô tả\nlabel-when =\n",
    )
    .unwrap();
    let stderr = user_error(
        smtpkb()
            .args(["show", "451", "--lang", "vi", "--locales-dir"])
            .arg(dir.path()),
    );
    assert_eq!(
        stderr,
        format!(
            "error: {}:3:1: Expected a message field for \"label-when\"\n",
            vi.display()
        )
    );
}

#[test]
fn a_duplicate_message_in_an_override_is_reported() {
    let dir = copy_of("locales");
    let vi = dir.path().join("vi/ui.ftl");
    let mut text = std::fs::read_to_string(&vi).unwrap();
    let first_line = text
        .lines()
        .position(|l| l.starts_with("label-fix ="))
        .unwrap()
        + 1;
    text.push_str("label-fix = Sửa\n");
    let last_line = text.lines().count();
    std::fs::write(&vi, text).unwrap();
    let stderr = user_error(
        smtpkb()
            .args(["list", "--lang", "vi", "--locales-dir"])
            .arg(dir.path()),
    );
    let vi = vi.display();
    assert_eq!(
        stderr,
        format!(
            "error: {vi}:{last_line}:1: “label-fix” is defined twice; the first definition is at {vi}:{first_line}:1\n"
        )
    );
}

#[test]
fn a_locale_override_is_used_without_rebuilding() {
    let dir = copy_of("locales");
    let vi = dir.path().join("vi/ui.ftl");
    let text = std::fs::read_to_string(&vi).unwrap();
    let text = text.replace(
        "label-description = Mô tả",
        "label-description = Mô tả (bản xem trước)",
    );
    std::fs::write(&vi, text).unwrap();
    smtpkb()
        .args(["show", "451", "--lang", "vi", "--locales-dir"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Mô tả (bản xem trước)"));
}

#[test]
fn a_locale_override_without_english_is_refused() {
    let dir = copy_of("locales");
    std::fs::remove_dir_all(dir.path().join("en")).unwrap();
    let stderr = user_error(
        smtpkb()
            .args(["show", "451", "--locales-dir"])
            .arg(dir.path()),
    );
    assert!(
        stderr.ends_with("the reference locale “en” is missing\n"),
        "{stderr}"
    );
}

#[test]
fn a_broken_data_override_is_reported_as_a_snippet_at_its_position() {
    let dir = copy_of("data");
    let file = dir.path().join("4xx.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let broken = text.replacen("code = 451\nclass = 4", "code = 451\nclass = 5", 1);
    assert_ne!(text, broken, "the fixture edit applies");
    let line = broken.lines().position(|l| l == "code = 451").unwrap() + 2;
    std::fs::write(&file, broken).unwrap();
    let output = smtpkb()
        .args(["show", "451", "--data-dir"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    // The gutter is as wide as the line number.
    let pad = " ".repeat(line.to_string().len());
    let expected = format!(
        "error[class-mismatch]: class 5 does not match reply code 451: the class is its first digit, 4\n\
         {pad}--> {}:{line}:9\n\
         {pad} |\n\
         {line} | class = 5\n\
         {pad} |         ^\n",
        file.display()
    );
    assert_eq!(stderr, expected);
}

#[test]
fn a_missing_override_directory_is_an_error() {
    let stderr = user_error(smtpkb().args(["show", "451", "--data-dir", "no/such/dir"]));
    assert!(
        stderr.starts_with("error: cannot read directory no/such/dir"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    smtpkb().args(["list", "--class", "7"]).assert().code(2);
    smtpkb().args(["show"]).assert().code(2);
    smtpkb()
        .args(["show", "451", "--format", "pdf"])
        .assert()
        .code(2);
    // A page is in one language.
    smtpkb()
        .args(["show", "451", "--pseudo", "bidi", "--lang", "vi"])
        .assert()
        .code(2);
    smtpkb()
        .args(["show", "451", "--pseudo", "bidi", "--pseudo", "accented"])
        .assert()
        .code(2);
    smtpkb()
        .args(["stats", "--pseudo", "bidi"])
        .assert()
        .code(2);
}

#[test]
fn json_has_the_documented_fields() {
    let output = smtpkb()
        .args(["compare", "334", "451", "--format", "json", "--lang", "vi"])
        .assert()
        .success()
        .get_output()
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for field in [
        "lang",
        "title",
        "summary",
        "a",
        "b",
        "differences",
        "when_to_use",
        "learn_more",
    ] {
        assert!(json.get(field).is_some(), "compare JSON lacks {field}");
    }
    for field in [
        "code",
        "lang",
        "name",
        "class",
        "description",
        "when",
        "fix",
        "rfcs",
        "fallback",
    ] {
        assert!(json["a"].get(field).is_some(), "show JSON lacks {field}");
    }
    assert_eq!(json["lang"], "vi");
    assert!(
        json["learn_more"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://www.rfc-editor.org/rfc/")
    );

    let output = smtpkb()
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let list: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    for field in ["code", "class", "category", "name", "rfcs"] {
        assert!(list[0].get(field).is_some(), "list JSON lacks {field}");
    }
}

/// A reader that stops reading (`smtpkb list | head -1`) ends the command
/// quietly with 141; a full disk is an error that says so; a full or
/// closed standard error never makes it panic.
#[test]
fn a_closed_or_full_output_ends_the_command_cleanly() {
    use std::process::{Command, Stdio};
    let bin = env!("CARGO_BIN_EXE_smtpkb");
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    // Closed: the pipe's reading end is gone before the command starts.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = Command::new(bin)
        .args(["list"])
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(141));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    // Full standard output.
    let output = Command::new(bin)
        .args(["show", "451"])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: cannot write the output: No space left on device (os error 28)\n"
    );
    // Full standard error, with an error to report and a warning.
    for args in [&["show", "999"][..], &["show", "451", "--lang", "xx"]] {
        let output = Command::new(bin)
            .args(args)
            .stderr(full())
            .output()
            .unwrap();
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{args:?}: {:?}",
            output.status
        );
    }
}
