//! valuematch: an influencer matching engine that ranks creators by how
//! consistently their own words show the values a brand states, never by
//! follower count, and explains every match.
//!
//! The library holds the whole engine; the `valuematch` binary and the HTTP
//! service only call it. One module per concern:
//! - [`corpus`]: the data model of creators and posts;
//! - [`ingest`]: reading and validating JSON Lines corpora;
//! - [`analysis`]: language detection, tokenisation, stemming, tantivy tokenizers;
//! - [`datafiles`]: the built-in and user data files;
//! - [`error`]: the typed errors;
//! - [`search`]: the search entry point; [`lookalike`]: creators like one creator;
//! - [`import`]: the import pipeline; [`index`]: the on-disk index;
//! - [`api`]: the HTTP service and web page (`valuematch serve`);
//! - [`synth`]: a deterministic synthetic corpus for benchmarks;
//! - [`bench`]: measurement helpers for the macro benchmark.

pub mod analysis;
pub mod api;
pub mod bench;
pub mod corpus;
pub mod datafiles;
pub mod error;
pub mod eval;
pub mod explanation;
pub mod import;
pub mod index;
pub mod ingest;
pub mod lookalike;
pub mod ranking;
pub mod search;
pub mod synth;
pub mod values;

pub use error::{Error, Result};
