//! The reference site: page snapshots in a left-to-right and a
//! right-to-left locale for both formats, determinism, atomic replacement,
//! and escaping of what translators write.

use std::collections::BTreeMap;
use std::path::Path;

use smtpkb::assets::{Kind, Tree};
use smtpkb::check::{self, Severity};
use smtpkb::export::{Export, ExportError, ExportOptions, ExportWarning, SiteFormat};

use crate::util::{copy_of, project_root};

fn options(format: SiteFormat, out: &Path) -> ExportOptions {
    ExportOptions {
        format,
        out: out.to_owned(),
        locales: Vec::new(),
        force: false,
        base_url: "https://example.org/smtp/".to_owned(),
        check_errors: BTreeMap::new(),
    }
}

/// The errors the checker finds per locale, as `cargo xtask export` passes
/// them to the exporter.
fn check_errors(locales: &Path, langs: &[&str]) -> BTreeMap<String, usize> {
    let options = check::Options {
        locales: langs.iter().map(|l| (*l).to_owned()).collect(),
        ..check::Options::default()
    };
    let mut counts = BTreeMap::new();
    for finding in check::check(locales, &options).unwrap().findings {
        if finding.severity == Severity::Error {
            *counts.entry(finding.locale).or_default() += 1;
        }
    }
    counts
}

fn export_with(locales: &Path, options: ExportOptions) -> Result<(), ExportError> {
    let data = Tree::dir(Kind::Data, &project_root().join("data")).unwrap();
    let locales = Tree::dir(Kind::Locales, locales).unwrap();
    Export::prepare(&data, &locales, options)?.write(&|| ())?;
    Ok(())
}

fn export(format: SiteFormat, out: &Path) {
    export_with(&project_root().join("locales"), options(format, out)).unwrap();
}

/// Every file of a folder with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let name = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

#[test]
fn pages_in_each_direction_and_format() {
    let dir = tempfile::tempdir().unwrap();
    for (format, ext) in [(SiteFormat::Html, "html"), (SiteFormat::Markdown, "md")] {
        let out = dir.path().join(ext);
        export(format, &out);
        for lang in ["en", "ar"] {
            for page in ["550", "334-vs-451"] {
                let text =
                    std::fs::read_to_string(out.join(lang).join(format!("{page}.{ext}"))).unwrap();
                insta::assert_snapshot!(format!("site_{lang}_{page}_{ext}"), text);
            }
        }
    }
}

#[test]
fn the_site_has_every_page_and_a_sitemap() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    export(SiteFormat::Html, &out);
    let files = tree(&out);
    let n_codes = crate::util::catalog().len();
    let per_locale = 2 + n_codes + n_codes * (n_codes - 1) / 2;
    // index.html, style.css, sitemap.xml and the marker, then 4 locales.
    assert_eq!(files.len(), 4 + 4 * per_locale);
    let sitemap = String::from_utf8(files["sitemap.xml"].clone()).unwrap();
    assert_eq!(sitemap.matches("<loc>").count(), 1 + 4 * per_locale);
    assert!(sitemap.contains("<loc>https://example.org/smtp/vi/334-vs-451.html</loc>"));
    // Every page of a locale has alternates for every locale and x-default.
    let page = String::from_utf8(files["vi/250.html"].clone()).unwrap();
    for lang in ["ar", "en", "tr", "vi", "x-default"] {
        assert!(
            page.contains(&format!("hreflang=\"{lang}\"")),
            "no alternate for {lang}"
        );
    }
}

#[test]
fn a_second_export_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    let second = dir.path().join("second");
    export(SiteFormat::Markdown, &first);
    export(SiteFormat::Markdown, &second);
    assert!(tree(&first) == tree(&second), "two exports differ");
}

#[test]
fn a_failing_export_leaves_the_previous_site_intact() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    export(SiteFormat::Html, &out);
    let before = tree(&out);
    // A reference locale without the prose of one code cannot be exported.
    let locales = copy_of("locales");
    let codes = locales.path().join("en/codes.ftl");
    let text = std::fs::read_to_string(&codes).unwrap();
    let broken: String = text
        .lines()
        .filter(|l| !l.starts_with("code-556-fix"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&codes, broken).unwrap();
    let error = export_with(locales.path(), options(SiteFormat::Html, &out)).unwrap_err();
    assert!(error.to_string().contains("code-556-fix"), "{error}");
    assert!(tree(&out) == before, "the previous site changed");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["site"], "temporary folders left behind");
}

#[test]
fn a_folder_the_exporter_did_not_write_is_kept_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("docs");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    let error = export_with(
        &project_root().join("locales"),
        options(SiteFormat::Markdown, &out),
    )
    .unwrap_err();
    assert!(matches!(error, ExportError::NotOurs(_)), "{error}");
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "mine"
    );
    let forced = ExportOptions {
        force: true,
        ..options(SiteFormat::Markdown, &out)
    };
    export_with(&project_root().join("locales"), forced).unwrap();
    assert!(!out.join("notes.txt").exists());
    assert!(out.join("en/README.md").exists());
}

#[test]
fn translator_markup_is_escaped() {
    let locales = copy_of("locales");
    let ui = locales.path().join("vi/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    let text = text.replace(
        "label-description = Mô tả",
        "label-description = Mô tả <script>alert(1)</script>",
    );
    std::fs::write(&ui, text).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    export_with(
        locales.path(),
        ExportOptions {
            locales: vec!["vi".to_owned(), "en".to_owned()],
            ..options(SiteFormat::Html, &out)
        },
    )
    .unwrap();
    let page = std::fs::read_to_string(out.join("vi/451.html")).unwrap();
    assert!(
        page.contains("Mô tả &lt;script&gt;alert(1)&lt;/script&gt;"),
        "not escaped"
    );
    assert!(!page.contains("<script>"));
    let md_out = dir.path().join("md");
    export_with(
        locales.path(),
        ExportOptions {
            locales: vec!["vi".to_owned(), "en".to_owned()],
            ..options(SiteFormat::Markdown, &md_out)
        },
    )
    .unwrap();
    let page = std::fs::read_to_string(md_out.join("vi/451.md")).unwrap();
    assert!(
        page.contains(r"Mô tả \<script\>alert(1)\</script\>"),
        "not escaped in Markdown"
    );
}

#[test]
fn english_fallback_is_marked_in_every_html_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    export(SiteFormat::Html, &out);
    // 550 is not translated into Arabic: each paragraph of its prose is a
    // lang="en" element after a visible note; 451 is translated and has none.
    let untranslated = std::fs::read_to_string(out.join("ar/550.html")).unwrap();
    assert_eq!(
        untranslated
            .matches("<p class=\"untranslated-note\">")
            .count(),
        3
    );
    assert_eq!(
        untranslated
            .matches("<p class=\"untranslated\" lang=\"en\" dir=\"ltr\">")
            .count(),
        3
    );
    let translated = std::fs::read_to_string(out.join("ar/451.html")).unwrap();
    assert!(
        !translated.contains("class=\"untranslated\""),
        "a translated page marks English"
    );
    // The name of a related code that is not translated is marked too.
    assert!(translated.contains("<bdi lang=\"en\" dir=\"ltr\">Insufficient system storage</bdi>"));
    let english = std::fs::read_to_string(out.join("en/550.html")).unwrap();
    assert!(!english.contains("class=\"untranslated\""));
}

#[test]
fn a_locale_with_errors_is_exported_with_english_and_a_warning() {
    let locales = copy_of("locales");
    let ui = locales.path().join("tr/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    // A syntax error in one message and an unknown variable in another.
    let text = text
        .replacen("label-description =", "label-description", 1)
        .replacen("{ $code }", "{ $kod }", 1);
    std::fs::write(&ui, text).unwrap();
    let data = Tree::dir(Kind::Data, &project_root().join("data")).unwrap();
    let tree = Tree::dir(Kind::Locales, locales.path()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let export = Export::prepare(
        &data,
        &tree,
        ExportOptions {
            locales: vec!["tr".to_owned(), "en".to_owned()],
            check_errors: check_errors(locales.path(), &["tr"]),
            ..options(SiteFormat::Html, &out)
        },
    )
    .unwrap();
    // The syntax error, the message it takes away, and the variable.
    assert!(
        export.warnings().iter().any(
            |w| matches!(w, ExportWarning::LocaleErrors { locale, errors: 3 } if locale == "tr")
        ),
        "{:?}",
        export.warnings()
    );
    export.write(&|| ()).unwrap();
    let page = std::fs::read_to_string(out.join("tr/451.html")).unwrap();
    assert!(
        page.contains("<h2>Description</h2>"),
        "the broken label is not shown in English"
    );
}
