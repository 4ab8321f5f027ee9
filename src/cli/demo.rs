//! `valuematch demo`: the bundled demo corpus imported into a fresh index,
//! and sample brand statements in several languages run against it.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use valuematch::import::{Import, ImportReport};
use valuematch::index::CreatorIndex;
use valuematch::search::{search, SearchRequest};

use crate::IndexArgs;

/// The demo corpus and statements, compiled in so the demo runs from anywhere.
pub const DEMO_CORPUS: &str = include_str!("../../fixtures/demo.jsonl");
const DEMO_QUERIES: &str = include_str!("../../fixtures/demo-queries.jsonl");

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Results per statement.
    #[arg(long, short = 'n', default_value_t = 5)]
    pub limit: usize,
    /// Show explanations.
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub index: IndexArgs,
}

pub fn run(args: DemoArgs) -> Result<ExitCode> {
    let dir = tempfile_dir()?;
    let index = CreatorIndex::open_or_create(&dir, super::model(&args.index)?)?;
    let report = import_demo(&index)?;
    println!(
        "valuematch demo: imported {} creators from the bundled demo corpus (rejected {}).\n",
        report.imported, report.rejected
    );
    for line in DEMO_QUERIES.lines().filter(|l| !l.trim().is_empty()) {
        let q: valuematch::eval::BrandQuery = serde_json::from_str(line)?;
        let mut req = SearchRequest::new(q.statement.clone());
        req.filters = q.filters;
        req.limit = args.limit;
        req.explain = args.explain;
        let resp = search(&index, &req)?;
        println!("━━ {} ━━", q.statement);
        print!("{}", super::render::search_response(&resp, args.explain));
        println!();
    }
    drop(index);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(ExitCode::SUCCESS)
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("valuematch-demo-{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    Ok(dir)
}

/// Imports the bundled demo corpus into `index`, reporting any bad record on stderr.
pub fn import_demo(index: &CreatorIndex) -> Result<ImportReport> {
    let mut import = Import::begin(index)?;
    import.read("fixtures/demo.jsonl", DEMO_CORPUS.as_bytes(), |_, r| {
        if let Some(r) = r {
            eprintln!("{r}");
        }
    })?;
    Ok(import.commit()?)
}
