//! Data validation: every folder under `tests/fixtures/data/` is a data
//! directory whose load result (the codes, or the error with its position)
//! is snapshotted. A new case is a new folder.

use smtpkb::assets::{Kind, Tree};
use smtpkb::catalog::Catalog;

use crate::util::project_root;

#[test]
fn data_fixtures() {
    insta::glob!("../fixtures/data", "*/codes.toml", |path| {
        let dir = path.parent().unwrap().strip_prefix(project_root()).unwrap();
        let result = match Catalog::load(&Tree::dir(Kind::Data, dir).unwrap()) {
            Ok(catalog) => {
                let codes: Vec<String> = catalog.codes().map(|c| c.code.to_string()).collect();
                format!("ok: {}", codes.join(" "))
            }
            Err(error) => format!("error: {error}"),
        };
        insta::assert_snapshot!(result);
    });
}

#[test]
fn the_embedded_data_holds_every_code_the_rfcs_define() {
    let catalog = crate::util::catalog();
    let required = [
        211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 432, 450, 451, 452, 453, 454, 455,
        458, 459, 500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555,
        556,
    ];
    let missing: Vec<u16> = required
        .into_iter()
        .filter(|&c| catalog.get(c).is_none())
        .collect();
    assert!(missing.is_empty(), "missing codes: {missing:?}");
}

#[test]
fn codes_with_several_meanings_say_so() {
    let catalog = crate::util::catalog();
    for (code, contexts) in [
        (454, ["auth", "starttls"]),
        (220, ["core", "starttls"]),
        (501, ["core", "starttls"]),
    ] {
        let found: Vec<&str> = catalog
            .get(code)
            .unwrap()
            .defined
            .iter()
            .map(|d| d.context.as_str())
            .collect();
        for context in contexts {
            assert!(
                found.contains(&context),
                "{code} lacks its {context} meaning: {found:?}"
            );
        }
    }
}
