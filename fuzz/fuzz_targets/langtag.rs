//! A language tag as a reader writes it (`--lang`, `LANG`): parsed, and
//! negotiated against the embedded locales.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use smtpkb::assets::{Kind, Tree};
use smtpkb::l10n::{Locales, parse_tag};

static LOCALES: LazyLock<Locales> =
    LazyLock::new(|| Locales::discover(Tree::embedded(Kind::Locales)).unwrap());

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(tag) = parse_tag(text) {
        let chain = LOCALES.negotiate(&tag);
        assert!(!chain.is_empty());
        let _ = Locales::is_substitute(&tag, &chain[0]);
    }
});
