//! Rebuilds when an embedded asset changes: rust-embed does not notice a new
//! file or folder (a new locale) on its own.

fn main() {
    for dir in ["data", "locales", "templates"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
