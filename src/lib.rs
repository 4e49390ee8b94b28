//! smtpkb: a localized knowledge base of SMTP reply codes.
//!
//! Facts live in `data/` ([`catalog`]); every word a reader sees lives in
//! Fluent files under `locales/` ([`l10n`]). [`compare`] decides from the facts
//! what to say about two codes, [`view`] resolves the words for one locale,
//! and [`render`] lays a view out as text, Markdown or JSON. For
//! translators, [`check`] finds every defect of a locales tree, [`stats`]
//! measures coverage and [`scaffold`] starts a new locale. The `smtpkb`
//! binary and `cargo xtask` are thin front-ends over this library.

pub mod assets;
pub mod catalog;
pub mod check;
pub mod compare;
pub mod diagnostic;
pub mod explain;
pub mod export;
pub mod l10n;
pub mod markup;
pub mod messages;
pub mod output;
pub mod render;
pub mod scaffold;
pub mod staged;
pub mod stats;
pub mod view;
