//! Locale coverage and fallback: the shipped translations are complete
//! where they must be, and missing prose is shown in English, marked.

use smtpkb::messages::CodeField;
use smtpkb::view::Viewer;

use smtpkb::assets::{Kind, Tree};
use smtpkb::l10n::{Locales, parse_tag};
use smtpkb::view::CompareField;

use crate::util::{catalog, locales, locales_without, localizer, smtpkb};

/// Every shipped locale translates the interface and the prose of every
/// code, to the word.
#[test]
fn shipped_locales_translate_the_whole_interface_and_every_code() {
    let catalog = catalog();
    let locales = locales();
    let l10n = localizer(&locales, "en");
    let entries = Viewer::new(&catalog, &l10n).locales(&locales).unwrap();
    let tags: Vec<&str> = entries.0.iter().map(|e| e.locale.as_str()).collect();
    assert_eq!(tags, ["ar", "en", "tr", "vi"]);
    for entry in &entries.0 {
        assert_eq!(entry.interface.percent, 100, "{} interface", entry.locale);
        assert_eq!(entry.codes.percent, 100, "{} code prose", entry.locale);
    }
}

/// No code page or enhanced-code page of vi, tr or ar shows English, and
/// a text that equals the English is marked as the fallback it is.
#[test]
fn translated_codes_have_no_fallback_and_others_are_marked() {
    let catalog = catalog();
    let locales = locales();
    for lang in ["vi", "tr", "ar"] {
        let l10n = localizer(&locales, lang);
        let viewer = Viewer::new(&catalog, &l10n);
        for code in catalog.codes() {
            let view = viewer.code(code).unwrap();
            assert!(
                view.fallback.is_empty(),
                "{lang} {}: {:?}",
                code.code,
                view.fallback
            );
            let english = Viewer::new(&catalog, &localizer(&locales, "en"))
                .code(code)
                .unwrap();
            if view.description == english.description {
                assert!(
                    view.fallback.contains(&CodeField::Description),
                    "{lang} {} English unmarked",
                    code.code
                );
            }
        }
    }
}

#[test]
fn english_never_reports_a_fallback() {
    let catalog = catalog();
    let locales = locales();
    let l10n = localizer(&locales, "en");
    let viewer = Viewer::new(&catalog, &l10n);
    for code in catalog.codes() {
        assert!(viewer.code(code).unwrap().fallback.is_empty());
    }
}

/// The section labels read as the established reference pages do in each
/// language; a reviewer's better wording must not drift from them.
#[test]
fn section_labels_are_the_established_ones() {
    let expected: [(&str, &[&str]); 3] = [
        (
            "vi",
            &[
                "Mô tả",
                "Khi bạn thấy mã này",
                "Cách khắc phục",
                "Sự khác biệt chính",
                "Khi nào dùng cái nào",
                "Tìm hiểu thêm",
            ],
        ),
        (
            "tr",
            &[
                "Açıklama",
                "Gördüğünüzde",
                "Nasıl Düzeltilir",
                "Temel Farklar",
                "Hangisini Ne Zaman Kullanmalı",
                "Daha Fazla Öğren",
            ],
        ),
        (
            "ar",
            &[
                "الوصف",
                "متى تراه",
                "كيفية الإصلاح",
                "الفروق الرئيسية",
                "متى تستخدم أيًا منهما",
            ],
        ),
    ];
    let catalog = catalog();
    let locales = locales();
    for (lang, expected) in expected {
        let l10n = localizer(&locales, lang);
        let labels = Viewer::new(&catalog, &l10n).labels().unwrap();
        let shown = [
            &labels.description,
            &labels.when,
            &labels.fix,
            &labels.differences,
            &labels.when_to_use,
            &labels.learn_more,
        ];
        for (shown, label) in shown.iter().zip(expected) {
            assert_eq!(shown.as_str(), *label, "{lang}");
        }
    }
}

/// A locale that lacks one difference sentence shows exactly that sentence
/// in English and marks only it (the other differences are in the locale's
/// language and unmarked).
#[test]
fn a_missing_difference_frame_marks_only_that_difference() {
    let dir = locales_without("vi/ui.ftl", "compare-diff-phase");
    let locales = Locales::discover(Tree::dir(Kind::Locales, dir.path()).unwrap()).unwrap();
    let l10n = locales
        .load(&locales.negotiate(&parse_tag("vi").unwrap()), false)
        .unwrap();
    let catalog = catalog();
    let viewer = Viewer::new(&catalog, &l10n);
    let view = viewer
        .comparison(catalog.get(334).unwrap(), catalog.get(451).unwrap())
        .unwrap();
    assert_eq!(view.fallback, [CompareField::Difference(2)]);
    let json: serde_json::Value = serde_json::to_value(&view).unwrap();
    assert_eq!(json["fallback"], serde_json::json!(["differences.2"]));

    let output = smtpkb()
        .args(["compare", "334", "451", "--lang", "vi", "--locales-dir"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let page = String::from_utf8(output).unwrap();
    let marked: Vec<&str> = page
        .lines()
        .filter(|l| l.contains("[chưa được dịch"))
        .collect();
    assert_eq!(marked.len(), 1, "{page}");
    assert!(marked[0].contains("appears"), "{}", marked[0]);
}

/// `smtpkb locales` shows the figures of `cargo xtask stats`: one model of
/// coverage, so the two never disagree on a locale.
#[test]
fn locales_shows_the_coverage_that_stats_computes() {
    let catalog = catalog();
    let locales = locales();
    let l10n = localizer(&locales, "en");
    let shown = Viewer::new(&catalog, &l10n).locales(&locales).unwrap();
    let stats = smtpkb::stats::stats(&Tree::embedded(Kind::Locales), &Default::default()).unwrap();
    assert_eq!(stats.len() + 1, shown.0.len());
    for locale in stats {
        let entry = shown.0.iter().find(|e| e.locale == locale.locale).unwrap();
        for (coverage, file) in [(&entry.interface, "ui.ftl"), (&entry.codes, "codes.ftl")] {
            let words = locale.files.iter().find(|f| f.file == file).unwrap().words;
            assert_eq!(
                (coverage.translated, coverage.total, coverage.percent),
                (words.translated, words.total, words.percent()),
                "{} {file}",
                locale.locale
            );
        }
    }
}

/// `cargo xtask stats` finds every file of vi, tr and ar translated whole:
/// the interface, the prose of every reply code and of every enhanced
/// status code.
#[test]
fn stats_show_vi_tr_and_ar_complete() {
    let tree = Tree::dir(Kind::Locales, &crate::util::project_root().join("locales")).unwrap();
    let stats = smtpkb::stats::stats(&tree, &smtpkb::check::Options::default()).unwrap();
    for locale in stats.iter().filter(|l| l.locale != "en") {
        for file in &locale.files {
            assert!(
                file.missing.is_empty() && file.words.translated == file.words.total,
                "{}/{}: {:?}",
                locale.locale,
                file.file,
                file.missing
            );
        }
        assert_eq!(locale.words.percent(), 100, "{}", locale.locale);
    }
}
