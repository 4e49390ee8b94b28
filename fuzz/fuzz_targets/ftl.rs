//! An `.ftl` file of arbitrary bytes, as a translation of the fixture's
//! reference locale: read and checked, and every message and attribute
//! formatted by Fluent's resolver. Nothing may panic or overflow the stack.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use smtpkb::assets::{Kind, Tree};
use smtpkb::check::{self, Options};
use smtpkb::l10n::ftl::FtlFile;

/// A locales tree with a reference `en` and the fuzzed `de/ui.ftl`.
static DIR: LazyLock<tempfile::TempDir> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::create_dir_all(dir.path().join("de")).unwrap();
    std::fs::write(
        dir.path().join("en/ui.ftl"),
        "hello = Hello { $name }\n-brand = smtpkb\nbye = { $n ->\n    [one] one\n   *[other] { $n } { -brand }\n}\n    .title = Bye\n",
    )
    .unwrap();
    dir
});

fuzz_target!(|data: &[u8]| {
    std::fs::write(DIR.path().join("de/ui.ftl"), data).unwrap();
    let tree = Tree::dir(Kind::Locales, DIR.path()).unwrap();
    let _ = check::check(&tree, &Options::default());
    // The resolver, on every message and attribute the parser kept.
    let file = FtlFile::parse(
        "de/ui.ftl".to_owned(),
        String::from_utf8_lossy(data).into_owned(),
    );
    let mut bundle =
        fluent_bundle::concurrent::FluentBundle::new_concurrent(vec!["de".parse().unwrap()]);
    bundle.add_resource_overriding(file.resource().clone());
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("name", "x");
    args.set("n", 2);
    for entry in file.entries() {
        let Some(message) = bundle.get_message(entry.id) else {
            continue;
        };
        let mut errors = Vec::new();
        if let Some(value) = message.value() {
            let _ = bundle.format_pattern(value, Some(&args), &mut errors);
        }
        for attribute in message.attributes() {
            let _ = bundle.format_pattern(attribute.value(), Some(&args), &mut errors);
        }
    }
});
