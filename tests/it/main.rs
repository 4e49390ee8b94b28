//! The integration tests: one binary, one module per topic.

mod check;
mod cli;
mod data;
mod errors;
mod explain;
mod export;
mod iana;
mod locales;
mod malformed;
mod pairs;
mod payload;
mod rfc;
mod snapshots;
mod tidy;
mod util;
