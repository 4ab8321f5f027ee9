//! The command-line front end: argument types and human-readable output for
//! each subcommand. Every command only calls the library.

pub mod analyze;
pub mod demo;
pub mod eval;
pub mod generate;
pub mod import;
pub mod latency;
pub mod render;
pub mod search;
pub mod serve;

use std::sync::Arc;

use anyhow::Result;
use valuematch::datafiles::DataSources;
use valuematch::index::CreatorIndex;
use valuematch::values::ValueModel;

use crate::IndexArgs;

/// Loads the value model (built-in data plus the user's folder, if any).
pub fn model(args: &IndexArgs) -> Result<Arc<ValueModel>> {
    let sources = match &args.lexicons {
        Some(dir) => DataSources::with_extra(dir),
        None => DataSources::builtin_only(),
    };
    Ok(Arc::new(ValueModel::load(&sources)?))
}

/// Opens the existing index.
pub fn open_index(args: &IndexArgs) -> Result<CreatorIndex> {
    Ok(CreatorIndex::open(&args.index, model(args)?)?)
}
