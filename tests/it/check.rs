//! The translation checker: every folder under `tests/fixtures/check/` is a
//! locales tree (a small reference and a broken locale) whose findings are
//! snapshotted as `cargo xtask check` prints them. A new case is a new
//! folder.

use std::collections::BTreeSet;
use std::path::Path;

use smtpkb::assets::{self, Tree};
use smtpkb::check::{self, Kind, Options, Report, Severity};
use smtpkb::l10n::parse_tag;
use smtpkb::messages::{self, CodeField, Home, Labels};

use crate::util::{catalog, project_root};

/// The project's policy, as `cargo xtask check` sets it: `codes.ftl` may be
/// partial.
fn policy() -> Options {
    Options {
        partial_files: smtpkb::messages::partial_files(),
        locale_only: smtpkb::messages::locale_only(),
        ..Options::default()
    }
}

fn check_dir(dir: &Path, options: &Options) -> Result<Report, check::CheckError> {
    check::check(&Tree::dir(assets::Kind::Locales, dir).unwrap(), options)
}

fn findings_text(dir: &Path) -> String {
    let report = check_dir(dir, &policy()).unwrap();
    check::render_text(&report, "locales", false)
}

#[test]
fn check_fixtures() {
    insta::glob!("../fixtures/check", "*/en/ui.ftl", |path| {
        let dir = path.parent().unwrap().parent().unwrap();
        insta::assert_snapshot!(findings_text(dir));
    });
}

#[test]
fn every_kind_but_the_project_ones_has_a_fixture() {
    let root = project_root().join("tests/fixtures/check");
    let mut seen = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&root).unwrap() {
        let report = check_dir(&entry.unwrap().path(), &policy()).unwrap();
        seen.extend(report.findings.iter().map(|f| f.kind));
    }
    let project_kinds = [
        Kind::MissingCodeText,
        Kind::UnknownId,
        Kind::UnusedMessage,
        Kind::MissingVariant,
        Kind::UnknownVariant,
    ];
    let untested: Vec<&str> = Kind::ALL
        .iter()
        .filter(|k| !seen.contains(k) && !project_kinds.contains(k))
        .map(|k| k.as_str())
        .collect();
    assert!(untested.is_empty(), "no fixture produces: {untested:?}");
}

#[test]
fn json_findings_have_the_documented_fields() {
    let report = check_dir(
        &project_root().join("tests/fixtures/check/variables"),
        &policy(),
    )
    .unwrap();
    let json: serde_json::Value = serde_json::from_str(&check::render_json(&report)).unwrap();
    let finding = &json["findings"][0];
    for field in [
        "severity", "kind", "locale", "file", "line", "column", "id", "message", "help",
    ] {
        assert!(
            finding.get(field).is_some(),
            "finding lacks {field}: {finding}"
        );
    }
    assert_eq!(json["summary"]["errors"], report.count(Severity::Error));
    assert_eq!(json["summary"]["warnings"], report.count(Severity::Warning));
    assert_eq!(finding["file"], "de/ui.ftl");
    let kind = Kind::ALL
        .iter()
        .find(|k| finding["kind"] == k.as_str())
        .unwrap();
    assert_eq!(finding["help"], kind.help());
}

#[test]
fn github_annotations_point_at_file_line_and_column() {
    let report = check_dir(
        &project_root().join("tests/fixtures/check/variables"),
        &policy(),
    )
    .unwrap();
    insta::assert_snapshot!(check::render_github(&report, "locales"));
}

#[test]
fn the_project_locales_have_no_errors_and_no_unused_messages() {
    let options = Options {
        project: Some(messages::project(&catalog())),
        ..policy()
    };
    let report = check_dir(&project_root().join("locales"), &options).unwrap();
    let problems: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error || f.kind != Kind::MissingMessage)
        .map(|f| {
            format!(
                "{}:{}:{}: {}[{}] {}",
                f.file, f.line, f.column, f.severity, f.kind, f.message
            )
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn project_checks_find_missing_code_text_and_unknown_ids() {
    let mut project = messages::project(&catalog());
    project
        .used
        .insert(messages::code_text(999, CodeField::Name), Home::CodeProse);
    project
        .used
        .insert(messages::class_name(9), Home::Interface);
    let (_, when) = Labels::ALL.iter().find(|(key, _)| *key == "when").unwrap();
    project.used.remove(when);
    let options = Options {
        project: Some(project),
        locales: vec![parse_tag("en").unwrap()],
        ..policy()
    };
    let report = check_dir(&project_root().join("locales"), &options).unwrap();
    let found: Vec<(Kind, Option<&str>)> = report
        .findings
        .iter()
        .map(|f| (f.kind, f.id.as_deref()))
        .collect();
    assert!(
        found.contains(&(Kind::MissingCodeText, Some("code-999-name"))),
        "{found:?}"
    );
    assert!(
        found.contains(&(Kind::UnknownId, Some("class-9"))),
        "{found:?}"
    );
    assert!(
        found.contains(&(Kind::UnusedMessage, Some("label-when"))),
        "{found:?}"
    );
}

#[test]
fn a_missing_reference_or_locale_is_an_error_not_a_finding() {
    let options = Options {
        reference: parse_tag("xx").unwrap(),
        ..policy()
    };
    assert!(matches!(
        check_dir(&project_root().join("locales"), &options),
        Err(check::CheckError::NoReference { .. })
    ));
    let options = Options {
        locales: vec![parse_tag("xx").unwrap()],
        ..policy()
    };
    assert!(matches!(
        check::check(&Tree::embedded(assets::Kind::Locales), &options),
        Err(check::CheckError::NoLocale { path, .. }) if path == "locales"
    ));
}

#[test]
fn the_embedded_locales_can_be_checked_and_have_no_errors() {
    let report = check::check(&Tree::embedded(assets::Kind::Locales), &policy()).unwrap();
    assert_eq!(report.locales, ["ar", "en", "tr", "vi"]);
    let errors: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}:{}:{}: {}", f.file, f.line, f.column, f.message))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(report.sources.contains_key("vi/ui.ftl"));
}

/// Invalid UTF-8 is shown replaced and the file is still checked, as a
/// translator's editor would show it.
#[test]
fn a_file_with_invalid_utf8_is_reported_and_checked_with_the_bytes_replaced() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::create_dir_all(dir.path().join("de")).unwrap();
    std::fs::write(dir.path().join("en/ui.ftl"), "hello = Hello\nbye = Bye\n").unwrap();
    std::fs::write(
        dir.path().join("de/ui.ftl"),
        b"hello = Hal\xfflo\nbye = { $x }\n",
    )
    .unwrap();
    let report = check_dir(dir.path(), &policy()).unwrap();
    assert_eq!(
        report.sources["de/ui.ftl"],
        "hello = Hal\u{fffd}lo\nbye = { $x }\n"
    );
    let kinds: Vec<(Kind, usize)> = report.findings.iter().map(|f| (f.kind, f.line)).collect();
    assert_eq!(kinds, [(Kind::SyntaxError, 1), (Kind::UnknownVariable, 2)]);
}

/// Each duplicate is located through the first file's line index, built
/// once: many duplicates cost no more than as many other messages.
#[test]
fn many_duplicate_ids_point_at_the_first_definition() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::create_dir_all(dir.path().join("de")).unwrap();
    std::fs::write(dir.path().join("en/ui.ftl"), "hello = Hello\n").unwrap();
    std::fs::write(dir.path().join("de/a.ftl"), "x = 1\nhello = Hallo\n").unwrap();
    std::fs::write(dir.path().join("de/ui.ftl"), "hello = Hallo\n".repeat(2000)).unwrap();
    let report = check_dir(dir.path(), &policy()).unwrap();
    let duplicates: Vec<&check::Finding> = report
        .findings
        .iter()
        .filter(|f| f.kind == Kind::DuplicateId)
        .collect();
    assert_eq!(duplicates.len(), 2000);
    assert!(
        duplicates
            .iter()
            .all(|f| f.message.contains("already defined at de/a.ftl:2:1")),
        "{:?}",
        duplicates[0]
    );
}

/// A value a frame's selector can take but no variant names, such as a new
/// session phase, is an error in every locale, where Fluent alone would
/// show the default variant (`*[none]`) without a word.
#[test]
fn a_selector_value_without_its_variant_is_an_error_in_every_locale() {
    let mut project = messages::project(&catalog());
    let phase = messages::Difference::Phase.frame();
    project
        .selector_domains
        .get_mut(phase.as_str())
        .unwrap()
        .get_mut("phase-overlap")
        .unwrap()
        .push("pipelining".to_owned());
    let options = Options {
        project: Some(project),
        ..policy()
    };
    let report = check_dir(&project_root().join("locales"), &options).unwrap();
    let locales: std::collections::BTreeSet<&str> = report
        .findings
        .iter()
        .filter(|f| f.kind == Kind::MissingVariant && f.message.contains("[pipelining]"))
        .map(|f| f.locale.as_str())
        .collect();
    assert_eq!(
        locales.into_iter().collect::<Vec<_>>(),
        ["ar", "en", "tr", "vi"]
    );
}

/// A variant for a value the selector never takes is an error too, and so
/// is a value that a translation drops into the default variant.
#[test]
fn a_variant_outside_the_declared_values_is_an_error() {
    let dir = crate::util::copy_of("locales");
    let ui = dir.path().join("vi/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    let edited = text.replacen("[partial]", "[partly]", 1);
    assert_ne!(text, edited, "the edit applies");
    std::fs::write(&ui, edited).unwrap();
    let options = Options {
        project: Some(messages::project(&catalog())),
        ..policy()
    };
    let report = check_dir(dir.path(), &options).unwrap();
    let found: Vec<(Kind, &str)> = report
        .findings
        .iter()
        .filter(|f| f.locale == "vi" && f.severity == Severity::Error)
        .map(|f| (f.kind, f.message.as_str()))
        .collect();
    assert!(
        found
            .iter()
            .any(|(k, m)| *k == Kind::UnknownVariant && m.contains("[partly]")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(k, m)| *k == Kind::MissingVariant && m.contains("[partial]")),
        "{found:?}"
    );
}

/// `smtpkb check DIR`, the installed checker, prints what the library finds
/// in any tree (here without smtpkb's own policy: every file complete), in
/// each format, and exits 1 with errors, 0 without; `--deny-warnings`
/// fails on warnings.
#[test]
fn smtpkb_check_prints_what_the_library_finds() {
    for (case, status) in [("missing", 1), ("clean", 0)] {
        let dir = project_root().join("tests/fixtures/check").join(case);
        let tree = Tree::dir(assets::Kind::Locales, &dir).unwrap();
        let report = check::check(&tree, &Options::default()).unwrap();
        for (flag, format) in [
            ("text", check::ReportFormat::Text),
            ("json", check::ReportFormat::Json),
            ("github", check::ReportFormat::Github),
            ("sarif", check::ReportFormat::Sarif),
            ("junit", check::ReportFormat::Junit),
        ] {
            let output = crate::util::smtpkb()
                .args(["check", "--format", flag])
                .arg(&dir)
                .output()
                .unwrap();
            let expected = check::render(&report, &tree.display_path(""), format, false);
            assert_eq!(
                String::from_utf8(output.stdout).unwrap(),
                expected,
                "{case} {flag}"
            );
            assert_eq!(output.status.code(), Some(status), "{case} {flag}");
        }
    }
    let warned = project_root().join("tests/fixtures/check/obsolete");
    let tree = Tree::dir(assets::Kind::Locales, &warned).unwrap();
    let report = check::check(&tree, &Options::default()).unwrap();
    assert!(report.count(Severity::Error) == 0 && report.count(Severity::Warning) > 0);
    let status = |deny: bool| {
        let mut command = crate::util::smtpkb();
        command.arg("check").arg(&warned);
        if deny {
            command.arg("--deny-warnings");
        }
        command.output().unwrap().status.code()
    };
    assert_eq!((status(false), status(true)), (Some(0), Some(1)));
}

/// `smtpkb check locales --data-dir data` is `cargo xtask check` on the
/// project: its own policy and rules, and the same findings.
#[test]
fn smtpkb_check_with_the_data_runs_the_project_rules() {
    let root = project_root();
    let tree = Tree::dir(assets::Kind::Locales, &root.join("locales")).unwrap();
    let options = messages::own_check_options(&catalog(), parse_tag("en").unwrap(), Vec::new());
    let report = check::check(&tree, &options).unwrap();
    let output = crate::util::smtpkb()
        .args(["check", "locales", "--data-dir", "data", "--format", "json"])
        .current_dir(&root)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        check::render_json(&report)
    );
    let generic = crate::util::smtpkb()
        .args(["check", "locales", "--format", "json"])
        .current_dir(&root)
        .output()
        .unwrap();
    // Without the data, smtpkb's case forms are obsolete messages.
    assert!(
        String::from_utf8(generic.stdout)
            .unwrap()
            .contains("code-case-dative")
    );
}

/// SARIF and JUnit of a tree with errors, warnings and a locale that lacks
/// its files (the schemas are checked by `tests/formats/check.sh`).
#[test]
fn sarif_and_junit() {
    let dir = project_root().join("tests/fixtures/check/missing");
    let report = check_dir(&dir, &Options::default()).unwrap();
    insta::assert_snapshot!("missing.sarif", check::render_sarif(&report, "l10n"));
    insta::assert_snapshot!("missing.junit", check::render_junit(&report, "l10n"));
}

/// A project's `smtpkb-check.toml`, found above its tree: its reference,
/// an ignored file, a kind made a warning and a word every locale may
/// keep. Without it, the same tree has errors.
#[test]
fn a_settings_file_sets_the_check() {
    let project = project_root().join("tests/fixtures/check-config/project");
    let run = |args: &[&str]| {
        let output = crate::util::smtpkb()
            .arg("check")
            .args(args)
            .current_dir(&project)
            .output()
            .unwrap();
        (
            output.status.code().unwrap(),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let (status, stdout, stderr) = run(&["l10n"]);
    assert!(stderr.contains("settings from"), "{stderr}");
    insta::assert_snapshot!("settings", format!("status: {status}\n{stdout}"));
    let empty = tempfile::NamedTempFile::new().unwrap();
    let (status, stdout, _) = run(&["l10n", "--config", empty.path().to_str().unwrap()]);
    assert_eq!(status, 1, "{stdout}");
    for kind in ["error[missing-message]", "untranslated", "legacy.ftl"] {
        assert!(
            stdout.contains(kind),
            "without the settings, no {kind}: {stdout}"
        );
    }
}

/// `--changed-since REV` and `--changed FILE …`: only the findings in the
/// files a change touched, where a touched reference file reaches its copy
/// in every locale.
#[test]
fn a_check_of_what_changed() {
    let repo = tempfile::tempdir().unwrap();
    let tree = repo.path().join("l10n");
    crate::malformed::copy(&project_root().join("tests/fixtures/check/missing"), &tree);
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.org",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(repo.path())
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "tree"]);
    let files = |args: &[&str]| -> BTreeSet<String> {
        let output = crate::util::smtpkb()
            .args(["check", "l10n", "--format", "json"])
            .args(args)
            .current_dir(repo.path())
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["file"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = files(&[]);
    assert!(all.len() > 2, "{all:?}");
    assert!(
        files(&["--changed-since", "HEAD"]).is_empty(),
        "nothing changed"
    );
    std::fs::write(tree.join("de/ui.ftl"), "hello = Hallo\nextra = Extra\n").unwrap();
    assert_eq!(
        files(&["--changed-since", "HEAD"]),
        BTreeSet::from(["de/ui.ftl".to_owned()])
    );
    assert_eq!(
        files(&["--changed", "l10n/de/ui.ftl", "README.md"]),
        BTreeSet::from(["de/ui.ftl".to_owned()])
    );
    git(&["checkout", "-q", "--", "."]);
    let en = tree.join("en/ui.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(&en, format!("{text}new = New\n")).unwrap();
    let reached = files(&["--changed-since", "HEAD"]);
    assert!(
        reached.iter().all(|f| f.ends_with("/ui.ftl")) && reached.len() >= 2,
        "{reached:?}"
    );
    // A revision git does not know keeps the check from running: status
    // 2, with git's word for it, and no report.
    let output = crate::util::smtpkb()
        .args(["check", "l10n", "--changed-since", "no-such-revision"])
        .current_dir(repo.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    // git's own words differ between its versions.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("error: git diff ") && stderr.contains("no-such-revision"),
        "{stderr}"
    );
}

/// A pseudo-locale is checked like a locale: a defect of the reference's
/// text is reported in it too, on the reference's line, and its literals
/// and placeables match.
#[test]
fn pseudo_locales_are_checked_like_locales() {
    let options = Options {
        pseudo: smtpkb::l10n::Pseudo::ALL.to_vec(),
        ..policy()
    };
    let report = check_dir(&project_root().join("tests/fixtures/pseudo"), &options).unwrap();
    assert_eq!(report.locales, ["ar-XB", "en", "en-XA"]);
    insta::assert_snapshot!(check::render_text(&report, "locales", false));
}

#[test]
fn a_pseudo_locale_does_not_replace_a_locale_of_its_tag() {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["en", "en-XA"] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        std::fs::write(dir.path().join(folder).join("ui.ftl"), "a = A\n").unwrap();
    }
    let options = Options {
        pseudo: vec![smtpkb::l10n::Pseudo::Accented],
        ..policy()
    };
    let error = check_dir(dir.path(), &options).unwrap_err();
    assert!(
        matches!(error, check::CheckError::PseudoTaken { .. }),
        "{error}"
    );
}

/// A variable the program gives the texts of messages is formatted with
/// each of them: a word the text around it repeats, before or after it, is
/// a doubled word the source cannot show.
#[test]
fn the_texts_a_variable_takes_are_checked_in_place() {
    let phases = vec![
        "phase-auth-phrase".to_owned(),
        "phase-data-phrase".to_owned(),
    ];
    let variable_texts = ["frame", "after"]
        .into_iter()
        .map(|id| (id.to_owned(), [("phase".to_owned(), phases.clone())].into()))
        .collect();
    let options = Options {
        project: Some(check::Project {
            used: Default::default(),
            selector_domains: Default::default(),
            variable_texts,
        }),
        ..policy()
    };
    let mut report = check_dir(&project_root().join("tests/fixtures/texts"), &options).unwrap();
    report
        .findings
        .retain(|f| f.kind == Kind::RenderedDoubledWord);
    insta::assert_snapshot!(check::render_text(&report, "locales", false));
}
