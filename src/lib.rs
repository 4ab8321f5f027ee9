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
//! - [`synth`]: a deterministic synthetic corpus for benchmarks;
//! - [`bench`]: measurement helpers for the macro benchmark.

pub mod analysis;
pub mod bench;
pub mod corpus;
pub mod datafiles;
pub mod error;
pub mod eval;
pub mod explanation;
pub mod import;
pub mod index;
pub mod ingest;
pub mod ranking;
pub mod search;
pub mod synth;
pub mod values;

pub use error::{Error, Result};
