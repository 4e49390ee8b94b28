//! Locale coverage and fallback: the shipped translations are complete
//! where they must be, and missing prose is shown in English, marked.

use smtpkb::view::Viewer;

use crate::util::{catalog, locales, localizer};

const TRANSLATED_CODES: [u16; 6] = [334, 421, 450, 451, 551, 554];

#[test]
fn shipped_locales_translate_the_whole_interface_and_the_required_codes() {
    let catalog = catalog();
    let locales = locales();
    let l10n = localizer(&locales, "en");
    let entries = Viewer::new(&catalog, &l10n).locales(&locales).unwrap();
    let tags: Vec<&str> = entries.iter().map(|e| e.locale.as_str()).collect();
    assert_eq!(tags, ["ar", "en", "tr", "vi"]);
    for entry in &entries {
        assert_eq!(entry.interface.percent, 100, "{} interface", entry.locale);
        assert!(
            entry.codes.translated >= TRANSLATED_CODES.len() * 4,
            "{} code prose",
            entry.locale
        );
    }
}

#[test]
fn translated_codes_have_no_fallback_and_others_are_marked() {
    let catalog = catalog();
    let locales = locales();
    for lang in ["vi", "tr", "ar"] {
        let l10n = localizer(&locales, lang);
        let viewer = Viewer::new(&catalog, &l10n);
        for code in catalog.codes() {
            let view = viewer.code(code).unwrap();
            if TRANSLATED_CODES.contains(&code.code) {
                assert!(
                    view.fallback.is_empty(),
                    "{lang} {}: {:?}",
                    code.code,
                    view.fallback
                );
            }
            let english = Viewer::new(&catalog, &localizer(&locales, "en"))
                .code(code)
                .unwrap();
            if view.description == english.description {
                assert!(
                    view.fallback.contains(&"description"),
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
    let ids = [
        "label-description",
        "label-when",
        "label-fix",
        "label-differences",
        "label-when-to-use",
        "label-learn-more",
    ];
    let locales = locales();
    for (lang, labels) in expected {
        let l10n = localizer(&locales, lang);
        for (id, label) in ids.iter().zip(labels) {
            assert_eq!(l10n.text(id, None).unwrap(), *label, "{lang} {id}");
        }
    }
}
