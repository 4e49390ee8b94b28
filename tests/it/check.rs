//! The translation checker: every folder under `tests/fixtures/check/` is a
//! locales tree (a small reference and a broken locale) whose findings are
//! snapshotted as `cargo xtask check` prints them. A new case is a new
//! folder.

use std::path::Path;

use smtpkb::check::{self, Kind, Options, Project, Severity};

use crate::util::project_root;

fn findings_text(dir: &Path) -> String {
    let report = check::check(dir, &Options::default()).unwrap();
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
        let report = check::check(&entry.unwrap().path(), &Options::default()).unwrap();
        seen.extend(report.findings.iter().map(|f| f.kind));
    }
    let project_kinds = [Kind::MissingCodeText, Kind::UnknownId, Kind::UnusedMessage];
    let untested: Vec<&str> = Kind::ALL
        .iter()
        .filter(|k| !seen.contains(k) && !project_kinds.contains(k))
        .map(|k| k.as_str())
        .collect();
    assert!(untested.is_empty(), "no fixture produces: {untested:?}");
}

#[test]
fn json_findings_have_the_documented_fields() {
    let report = check::check(
        &project_root().join("tests/fixtures/check/variables"),
        &Options::default(),
    )
    .unwrap();
    let json: serde_json::Value = serde_json::from_str(&check::render_json(&report)).unwrap();
    let finding = &json["findings"][0];
    for field in [
        "severity", "kind", "locale", "file", "line", "column", "id", "message",
    ] {
        assert!(
            finding.get(field).is_some(),
            "finding lacks {field}: {finding}"
        );
    }
    assert_eq!(json["summary"]["errors"], report.count(Severity::Error));
    assert_eq!(json["summary"]["warnings"], report.count(Severity::Warning));
    assert_eq!(finding["file"], "de/ui.ftl");
}

#[test]
fn github_annotations_point_at_file_line_and_column() {
    let report = check::check(
        &project_root().join("tests/fixtures/check/variables"),
        &Options::default(),
    )
    .unwrap();
    insta::assert_snapshot!(check::render_github(&report, "locales"));
}

#[test]
fn the_project_locales_have_no_errors_and_no_unused_messages() {
    let options = Options {
        project: Some(Project {
            used_ids: crate::util::used_ids(),
        }),
        ..Options::default()
    };
    let report = check::check(&project_root().join("locales"), &options).unwrap();
    let problems: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error || f.kind != Kind::MissingMessage)
        .map(|f| {
            format!(
                "{}:{}:{}: {}[{}] {}",
                f.file, f.line, f.column, f.severity as u8, f.kind, f.message
            )
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn project_checks_find_missing_code_text_and_unknown_ids() {
    let mut used_ids = crate::util::used_ids();
    used_ids.insert("code-451-origin".to_owned());
    used_ids.insert("label-nowhere".to_owned());
    used_ids.remove("label-when");
    let options = Options {
        project: Some(Project { used_ids }),
        locales: vec!["en".to_owned()],
        ..Options::default()
    };
    let report = check::check(&project_root().join("locales"), &options).unwrap();
    let found: Vec<(Kind, Option<&str>)> = report
        .findings
        .iter()
        .map(|f| (f.kind, f.id.as_deref()))
        .collect();
    assert!(
        found.contains(&(Kind::MissingCodeText, Some("code-451-origin"))),
        "{found:?}"
    );
    assert!(
        found.contains(&(Kind::UnknownId, Some("label-nowhere"))),
        "{found:?}"
    );
    assert!(
        found.contains(&(Kind::UnusedMessage, Some("label-when"))),
        "{found:?}"
    );
}

#[test]
fn a_missing_directory_or_reference_is_an_error_not_a_finding() {
    assert!(matches!(
        check::check(Path::new("no/such/dir"), &Options::default()),
        Err(check::CheckError::Io { .. })
    ));
    let options = Options {
        reference: "xx".to_owned(),
        ..Options::default()
    };
    assert!(matches!(
        check::check(&project_root().join("locales"), &options),
        Err(check::CheckError::NoReference { .. })
    ));
}
