//! `valuematch search`: a statement in, a ranked table (or JSON) out.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use valuematch::ranking::{Filters, Ranker};
use valuematch::search::{search, SearchRequest};

use crate::IndexArgs;

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// The brand's value statement, in any language.
    pub statement: String,
    /// How many creators to show (1-100).
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// Skip this many results (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Ranking: valuematch (value alignment), bm25 (text baseline) or followers (baseline).
    #[arg(long, default_value = "valuematch")]
    pub ranker: Ranker,
    /// Show why each creator matched: values, words, evidence posts, what counted against.
    #[arg(long)]
    pub explain: bool,
    /// Print one JSON document (with explanations when --explain).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub index: IndexArgs,
}

/// Filter options.
#[derive(Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Only creators with at least this many followers.
    #[arg(long)]
    pub min_followers: Option<u64>,
    /// Only creators with at most this many followers.
    #[arg(long)]
    pub max_followers: Option<u64>,
    /// Only creators who write in this language (ISO 639-1; repeatable).
    #[arg(long = "lang")]
    pub languages: Vec<String>,
    /// Only creators from this country (ISO 3166-1 alpha-2; repeatable).
    #[arg(long = "country")]
    pub countries: Vec<String>,
    /// Only creators on this platform (repeatable).
    #[arg(long = "platform")]
    pub platforms: Vec<String>,
}

impl From<FilterArgs> for Filters {
    fn from(f: FilterArgs) -> Self {
        Filters {
            min_followers: f.min_followers,
            max_followers: f.max_followers,
            languages: f.languages,
            countries: f.countries,
            platforms: f.platforms,
        }
    }
}

pub fn run(args: SearchArgs) -> Result<ExitCode> {
    let index = super::open_index(&args.index)?;
    let req = SearchRequest {
        statement: args.statement,
        filters: args.filters.into(),
        limit: args.limit,
        offset: args.offset,
        explain: args.explain,
        ranker: args.ranker,
    };
    let resp = search(&index, &req)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&resp)?);
    } else {
        print!("{}", super::render::search_response(&resp, args.explain));
    }
    Ok(ExitCode::SUCCESS)
}
