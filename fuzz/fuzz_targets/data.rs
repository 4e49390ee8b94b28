//! A data file of arbitrary bytes in place of `4xx.toml`, beside the real
//! other files: loading it gives the catalog or positioned problems.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use smtpkb::assets::{Kind, Tree};
use smtpkb::catalog::Catalog;

static DIR: LazyLock<tempfile::TempDir> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    let embedded = Tree::embedded(Kind::Data);
    for file in embedded.files().unwrap().iter() {
        std::fs::write(dir.path().join(file), embedded.read_bytes(file).unwrap()).unwrap();
    }
    dir
});

fuzz_target!(|data: &[u8]| {
    std::fs::write(DIR.path().join("4xx.toml"), data).unwrap();
    let tree = Tree::dir(Kind::Data, DIR.path()).unwrap();
    if let Err(smtpkb::catalog::CatalogError::Invalid(problems)) = Catalog::load(&tree) {
        let _ = smtpkb::catalog::render_diagnostics(&problems, false);
    }
});
