//! The reference site. Every page of a small fixture site
//! (`tests/fixtures/site/`: three codes in `en`, `ar` and a partial `vi`) is
//! snapshotted in both formats, and the fixture carries the properties:
//! determinism, atomic replacement, `--force`, a locale with errors,
//! progress (escaping is `payload`'s). One shared export of the whole project checks what
//! only the real site has: every page, the alternates of every locale, and
//! English fallback in the shipped translations.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use smtpkb::assets::{Kind, Tree};
use smtpkb::check;
use smtpkb::export::{
    Changed, Export, ExportError, ExportOptions, ExportWarning, SiteFormat, Summary,
};

use crate::util::{copy_of, project_root};

/// The fixture site's folder.
fn fixture() -> PathBuf {
    project_root().join("tests/fixtures/site")
}

fn options(format: SiteFormat, out: &Path) -> ExportOptions {
    ExportOptions {
        format,
        out: out.to_owned(),
        locales: Vec::new(),
        force: false,
        base_url: Some("https://example.org/smtp/".to_owned()),
        edit_url: Some("https://example.org/edit/locales/{lang}/{file}".to_owned()),
        date: Some("2026-12-01".to_owned()),
        pseudo: Vec::new(),
        check_errors: BTreeMap::new(),
    }
}

/// The errors the checker finds per locale, as `cargo xtask export` passes
/// them to the exporter.
fn check_errors(locales: &Path) -> BTreeMap<String, usize> {
    let tree = Tree::dir(Kind::Locales, locales).unwrap();
    let options = check::Options {
        partial_files: smtpkb::messages::partial_files(),
        locale_only: smtpkb::messages::locale_only(),
        ..check::Options::default()
    };
    check::check(&tree, &options).unwrap().errors_by_locale()
}

fn prepare(data: &Path, locales: &Path, options: ExportOptions) -> Result<Export, ExportError> {
    let data = Tree::dir(Kind::Data, data).unwrap();
    let locales = Tree::dir(Kind::Locales, locales).unwrap();
    Export::prepare(&data, &locales, &Tree::embedded(Kind::Templates), options)
}

/// Exports the fixture's facts with the given locales.
fn export_fixture(locales: &Path, options: ExportOptions) -> Result<Summary, ExportError> {
    prepare(&fixture().join("data"), locales, options)?.write(&|| ())
}

/// Every file of a folder with its bytes, by path with `/` separators.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let name = path.strip_prefix(root).unwrap().components();
                let name: Vec<_> = name.map(|c| c.as_os_str().to_string_lossy()).collect();
                files.insert(name.join("/"), std::fs::read(&path).unwrap());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

fn text(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files[name].clone()).unwrap()
}

/// The whole project exported once, in both formats, for every test that
/// needs the real site.
struct FullSite {
    html: BTreeMap<String, Vec<u8>>,
    md: BTreeMap<String, Vec<u8>>,
}

static FULL: LazyLock<FullSite> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-full-site");
    let site = |format, name| {
        let out = dir.join(name);
        let root = project_root();
        prepare(
            &root.join("data"),
            &root.join("locales"),
            options(format, &out),
        )
        .unwrap()
        .write(&|| ())
        .unwrap();
        tree(&out)
    };
    FullSite {
        html: site(SiteFormat::Html, "html"),
        md: site(SiteFormat::Markdown, "md"),
    }
});

#[test]
fn every_page_of_the_fixture_site() {
    let dir = tempfile::tempdir().unwrap();
    let locales = fixture().join("locales");
    for (format, ext) in [(SiteFormat::Html, "html"), (SiteFormat::Markdown, "md")] {
        let out = dir.path().join(ext);
        let options = ExportOptions {
            // The exporter adds the final slash.
            base_url: Some("https://example.org/smtp".to_owned()),
            ..options(format, &out)
        };
        export_fixture(&locales, options).unwrap();
        for (name, bytes) in tree(&out) {
            let text = String::from_utf8(bytes).unwrap();
            insta::assert_snapshot!(format!("fixture_{ext}__{}", name.replace('/', "__")), text);
        }
    }
    let html = |name: &str| std::fs::read_to_string(dir.path().join("html").join(name)).unwrap();
    let sitemap = html("sitemap-vi.xml");
    assert!(sitemap.contains("<loc>https://example.org/smtp/vi/334-vs-451.html</loc>"));
    assert!(html("sitemap.xml").contains("<loc>https://example.org/smtp/sitemap-vi.xml</loc>"));
    assert!(html("robots.txt").contains("Sitemap: https://example.org/smtp/sitemap.xml"));
    // The Vietnamese 550 is English but for its labels: it says so, links
    // to the English page, and claims no other language's version, nor is
    // it claimed as the Vietnamese one.
    let vi = html("vi/550.html");
    assert!(vi.contains("class=\"page-notice\""), "{vi}");
    assert!(!vi.contains("rel=\"alternate\""));
    assert!(!html("en/550.html").contains("hreflang=\"vi\" href=\"https"));
    let entry = sitemap
        .lines()
        .find(|l| l.contains("<loc>https://example.org/smtp/vi/550.html</loc>"))
        .unwrap();
    assert!(!entry.contains("xhtml:link"), "{entry}");
}

#[test]
fn without_a_base_url_nothing_claims_an_address() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("html");
    let options = ExportOptions {
        base_url: None,
        ..options(SiteFormat::Html, &out)
    };
    export_fixture(&fixture().join("locales"), options).unwrap();
    for (name, bytes) in tree(&out) {
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            !name.starts_with("sitemap") && name != "robots.txt",
            "{name}"
        );
        if name.ends_with(".html") {
            for claim in [
                "rel=\"canonical\"",
                "og:url",
                "<base ",
                "href=\"https://example.org/smtp",
            ] {
                assert!(!text.contains(claim), "{name}: {claim}");
            }
        }
    }
}

#[test]
fn pages_of_the_project_in_each_direction_and_format() {
    for (files, ext) in [(&FULL.html, "html"), (&FULL.md, "md")] {
        for lang in ["en", "ar"] {
            for page in ["550", "334-vs-451"] {
                insta::assert_snapshot!(
                    format!("site_{lang}_{page}_{ext}"),
                    text(files, &format!("{lang}/{page}.{ext}"))
                );
            }
        }
    }
}

/// The number of pages of each locale of the project's site: its three
/// indexes, every code, every pair of codes, and every enhanced code in
/// each class it has a page in.
fn pages_per_locale() -> usize {
    let catalog = crate::util::catalog();
    let n_codes = catalog.len();
    let n_enhanced: usize = catalog
        .registry()
        .codes
        .iter()
        .map(|e| catalog.enhanced_classes(e).len())
        .sum();
    3 + n_codes + n_codes * (n_codes - 1) / 2 + n_enhanced
}

#[test]
fn the_project_site_has_every_page_and_a_sitemap() {
    let tags: Vec<String> = crate::util::locales()
        .available()
        .iter()
        .map(ToString::to_string)
        .collect();
    let n_locales = tags.len();
    let per_locale = pages_per_locale();
    // The marker and the root's index.html, or README.md; in HTML also
    // style.css, 404.html, the static files, the sitemap index, a sitemap
    // per locale and robots.txt, and in each locale its search page and
    // index and its 404.html.
    let statics = std::fs::read_dir(crate::util::project_root().join("templates/site/static"))
        .unwrap()
        .count();
    assert_eq!(
        FULL.html.len(),
        6 + statics + n_locales + n_locales * (per_locale + 3)
    );
    assert_eq!(FULL.md.len(), 2 + n_locales * per_locale);
    let listed: usize = tags
        .iter()
        .map(|tag| {
            text(&FULL.html, &format!("sitemap-{tag}.xml"))
                .matches("<loc>")
                .count()
        })
        .sum();
    assert_eq!(listed, 1 + n_locales * per_locale);
    // Every page of a locale has alternates for every locale and x-default.
    for tag in &tags {
        for name in ["250", "5.7.1", "enhanced-codes"] {
            let page = text(&FULL.html, &format!("{tag}/{name}.html"));
            for lang in tags.iter().map(String::as_str).chain(["x-default"]) {
                assert!(
                    page.contains(&format!("hreflang=\"{lang}\"")),
                    "{tag}/{name}.html: no alternate for {lang}"
                );
            }
        }
    }
    // The README gives the figure.
    let readme = std::fs::read_to_string(crate::util::project_root().join("README.md")).unwrap();
    let figure = format!("{per_locale} pages per locale");
    assert!(readme.contains(&figure), "README.md: write “{figure}”");
}

/// The enhanced codes' pages of a locale and every link to one from a
/// page: `[…](5.7.1.md)` or `href="5.7.1.html"`.
fn enhanced_links(page: &str, ext: &str) -> Vec<String> {
    let link = regex::Regex::new(&format!(
        r#"\]\(([245]\.\d\.\d+\.{ext})\)|href="([245]\.\d\.\d+\.{ext})""#
    ))
    .unwrap();
    link.captures_iter(page)
        .map(|c| c.get(1).or(c.get(2)).unwrap().as_str().to_owned())
        .collect()
}

/// The pages of enhanced codes are the registry's detail codes in each
/// class they are used in (`Catalog::enhanced_classes`): 5.7.1 and 4.7.1
/// (X.7.1 goes with 550 and 451), 2.0.0 (X.0.0 with any reply code), 4.1.0
/// and 5.6.10 (the registry gives them no reply code), but neither 2.1.1
/// (X.1.1 goes with 451 and 550) nor any page in class 3. Every link to one
/// from a reply code's page has its page, and the index of enhanced codes
/// links to every one of them once.
#[test]
fn every_enhanced_code_has_a_page_in_each_class_it_is_used_in() {
    for (files, ext) in [(&FULL.html, "html"), (&FULL.md, "md")] {
        for page in ["5.7.1", "4.7.1", "2.0.0", "4.1.0", "5.6.10"] {
            let name = format!("en/{page}.{ext}");
            assert!(files.contains_key(&name), "no {name}");
        }
        for page in ["2.1.1", "X.1.1", "3.0.0"] {
            let name = format!("en/{page}.{ext}");
            assert!(!files.contains_key(&name), "{name} should not exist");
        }
        let mut from_codes = 0;
        for code in crate::util::catalog().codes() {
            let name = format!("ar/{}.{ext}", code.code);
            for target in enhanced_links(&text(files, &name), ext) {
                assert!(
                    files.contains_key(&format!("ar/{target}")),
                    "{name} links to {target}, which does not exist"
                );
                from_codes += 1;
            }
        }
        assert!(from_codes > 0, "no reply code links to an enhanced code");
        let mut indexed = enhanced_links(&text(files, &format!("ar/enhanced-codes.{ext}")), ext);
        indexed.sort();
        let mut pages: Vec<String> = files
            .keys()
            .filter_map(|name| name.strip_prefix("ar/"))
            .filter(|name| enhanced_links(&format!("href=\"{name}\""), ext).len() == 1)
            .map(str::to_owned)
            .collect();
        pages.sort();
        assert_eq!(indexed, pages, "the index of enhanced codes in {ext}");
    }
}

/// The project's site is translated whole: no page of vi, tr or ar shows
/// an English paragraph, list or name, nor the note that would mark one
/// (the fixture site, partly translated, checks that English is marked).
#[test]
fn the_project_site_shows_no_english_in_vi_tr_and_ar() {
    let mut pages = 0;
    for (name, bytes) in &FULL.html {
        if !["vi/", "tr/", "ar/"].iter().any(|l| name.starts_with(l)) || !name.ends_with(".html") {
            continue;
        }
        let page = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            !page.contains("class=\"untranslated") && !page.contains("untranslated-note"),
            "{name} shows English"
        );
        assert!(
            !page.contains("<bdi lang=\"en\""),
            "{name} shows an English name"
        );
        pages += 1;
    }
    assert!(pages > 2000, "{pages} pages");
}

#[test]
fn a_second_export_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let locales = fixture().join("locales");
    for format in [SiteFormat::Html, SiteFormat::Markdown] {
        let first = dir.path().join("first");
        let second = dir.path().join("second");
        export_fixture(&locales, options(format, &first)).unwrap();
        export_fixture(&locales, options(format, &second)).unwrap();
        assert!(tree(&first) == tree(&second), "two exports differ");
        std::fs::remove_dir_all(&first).unwrap();
        std::fs::remove_dir_all(&second).unwrap();
    }
}

#[test]
fn a_failing_export_leaves_the_previous_site_intact() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    export_fixture(&fixture().join("locales"), options(SiteFormat::Html, &out)).unwrap();
    let before = tree(&out);
    // A reference locale without the prose of one code cannot be exported.
    let locales = copy_of("tests/fixtures/site/locales");
    let codes = locales.path().join("en/codes.ftl");
    let text = std::fs::read_to_string(&codes).unwrap();
    let broken: String = text
        .lines()
        .filter(|l| !l.starts_with("code-550-fix"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(text, broken, "the fixture has code-550-fix");
    std::fs::write(&codes, broken).unwrap();
    let error = export_fixture(locales.path(), options(SiteFormat::Html, &out)).unwrap_err();
    assert!(error.to_string().contains("code-550-fix"), "{error}");
    assert!(tree(&out) == before, "the previous site changed");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["site"], "temporary folders left behind");
}

#[test]
fn a_folder_the_exporter_did_not_write_is_kept_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("docs");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    let locales = fixture().join("locales");
    for force in [false, true] {
        let options = ExportOptions {
            force,
            ..options(SiteFormat::Markdown, &out)
        };
        let error = export_fixture(&locales, options).unwrap_err();
        assert!(matches!(error, ExportError::Refused { .. }), "{error}");
        assert_eq!(
            error.to_string().contains("pass --force"),
            !force,
            "{error}"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("notes.txt")).unwrap(),
            "mine"
        );
    }
    // A site whose marker was lost holds only pages: --force replaces it.
    std::fs::remove_file(out.join("notes.txt")).unwrap();
    std::fs::write(out.join("old.md"), "# old").unwrap();
    let forced = ExportOptions {
        force: true,
        ..options(SiteFormat::Markdown, &out)
    };
    export_fixture(&locales, forced).unwrap();
    assert!(!out.join("old.md").exists());
    assert!(out.join("en/README.md").exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["docs"], "temporary folders left behind");
}

#[test]
fn a_locale_with_errors_is_exported_with_english_and_warnings() {
    let locales = copy_of("tests/fixtures/site/locales");
    let ui = locales.path().join("ar/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    // A syntax error: a message without its `=`.
    let edited = text.replacen("label-description =", "label-description", 1);
    assert_ne!(text, edited, "the fixture has label-description");
    std::fs::write(&ui, edited).unwrap();
    let errors = check_errors(locales.path());
    assert!(errors.contains_key("ar"), "{errors:?}");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let export = prepare(
        &fixture().join("data"),
        locales.path(),
        ExportOptions {
            check_errors: errors.clone(),
            ..options(SiteFormat::Html, &out)
        },
    )
    .unwrap();
    let warnings = export.warnings();
    // The fixture's vi lacks a frame; ar now has a syntax error too.
    for lang in ["ar", "vi"] {
        assert!(
            warnings.iter().any(|w| matches!(
                w,
                ExportWarning::LocaleErrors { locale, errors: n } if locale == lang && *n == errors[lang]
            )),
            "no error count for {lang}: {warnings:?}"
        );
    }
    assert!(
        warnings.iter().any(
            |w| matches!(w, ExportWarning::Broken(problem) if problem.to_string().contains("ar/ui.ftl"))
        ),
        "{warnings:?}"
    );
    export.write(&|| ()).unwrap();
    let page = std::fs::read_to_string(out.join("ar/451.html")).unwrap();
    assert!(
        page.contains("<h2 id=\"description\">Description <a class=\"anchor\""),
        "the broken label is not shown in English"
    );
}

#[test]
fn progress_is_reported_once_per_page() {
    let dir = tempfile::tempdir().unwrap();
    for format in [SiteFormat::Html, SiteFormat::Markdown] {
        let out = dir.path().join("site");
        let export = prepare(
            &fixture().join("data"),
            &fixture().join("locales"),
            options(format, &out),
        )
        .unwrap();
        let calls = AtomicUsize::new(0);
        let summary = export
            .write(&|| {
                calls.fetch_add(1, Ordering::Relaxed);
            })
            .unwrap();
        assert_eq!(calls.load(Ordering::Relaxed), export.n_pages());
        assert_eq!(summary.pages, export.n_pages());
        // Every page, and the marker.
        assert_eq!(tree(&out).len(), export.n_pages() + 1);
    }
}

#[test]
fn an_update_writes_what_a_whole_export_would() {
    let locales = copy_of("tests/fixtures/site/locales");
    let dir = tempfile::tempdir().unwrap();
    let (site, whole) = (dir.path().join("site"), dir.path().join("whole"));
    let before = prepare(
        &fixture().join("data"),
        locales.path(),
        options(SiteFormat::Html, &site),
    )
    .unwrap();
    before.write(&|| ()).unwrap();
    // vi's 451 loses its name: its page is no longer whole, so the other
    // locales' 451 pages stop naming it as an alternate.
    let codes = locales.path().join("vi/codes.ftl");
    let text = std::fs::read_to_string(&codes).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("code-451-name ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(text, without);
    std::fs::write(&codes, without).unwrap();
    let after = prepare(
        &fixture().join("data"),
        locales.path(),
        options(SiteFormat::Html, &site),
    )
    .unwrap();
    let written = after
        .update(&before, &Changed::Locales(vec!["vi".to_owned()]))
        .unwrap()
        .unwrap();
    assert!(
        written < after.n_pages(),
        "{written} of {} pages",
        after.n_pages()
    );
    prepare(
        &fixture().join("data"),
        locales.path(),
        options(SiteFormat::Html, &whole),
    )
    .unwrap()
    .write(&|| ())
    .unwrap();
    let (updated, exported) = (tree(&site), tree(&whole));
    for (path, bytes) in &exported {
        assert!(
            updated.get(path) == Some(bytes),
            "{path} differs from a whole export"
        );
    }
    assert_eq!(updated.len(), exported.len());

    // Another set of locales is another site: it is written whole.
    let fewer = prepare(
        &fixture().join("data"),
        locales.path(),
        ExportOptions {
            locales: vec![smtpkb::l10n::parse_tag("en").unwrap()],
            ..options(SiteFormat::Html, &site)
        },
    )
    .unwrap();
    assert!(
        fewer
            .update(&after, &Changed::Everything)
            .unwrap()
            .is_none()
    );
}

/// The pseudo-locales are exported as locales: en-XA with each message in
/// brackets, ar-XB right to left, and both in every page's language menu.
#[test]
fn pseudo_locales_are_exported_as_locales() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("html");
    let options = ExportOptions {
        locales: vec![smtpkb::l10n::REFERENCE],
        pseudo: smtpkb::l10n::Pseudo::ALL.to_vec(),
        ..options(SiteFormat::Html, &out)
    };
    let summary = export_fixture(&fixture().join("locales"), options).unwrap();
    assert_eq!(summary.locales, 3);
    let html = |name: &str| std::fs::read_to_string(out.join(name)).unwrap();
    for lang in ["en-XA", "ar-XB"] {
        insta::assert_snapshot!(
            format!("pseudo_{lang}_334-vs-451_html"),
            html(&format!("{lang}/334-vs-451.html"))
        );
    }
    assert!(html("en/334-vs-451.html").contains("hreflang=\"ar-XB\""));
}
