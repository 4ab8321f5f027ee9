//! `valuematch serve`: the HTTP API and web page on one address. With an
//! empty index it imports the bundled demo corpus first, so that
//! `valuematch` alone shows something useful.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use valuematch::api::{self, ApiConfig, AppState};
use valuematch::index::CreatorIndex;

use crate::IndexArgs;

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// The address to listen on (use a loopback address unless a proxy guards the port).
    #[arg(long, env = "VALUEMATCH_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Do not import the demo corpus when the index is empty.
    #[arg(long)]
    pub no_demo: bool,
    /// The largest import body accepted over HTTP, in MiB.
    #[arg(long, default_value_t = 64)]
    pub max_import_mib: usize,
    #[command(flatten)]
    pub index: IndexArgs,
}

pub fn run(args: ServeArgs) -> Result<ExitCode> {
    let index = CreatorIndex::open_or_create(&args.index.index, super::model(&args.index)?)?;
    if index.num_creators() == 0 && !args.no_demo {
        let report = super::demo::import_demo(&index)?;
        println!(
            "valuematch: the index at {} was empty; imported the {} creators of the bundled demo corpus (start with --no-demo to skip)",
            args.index.index.display(),
            report.imported
        );
    }
    let config = ApiConfig {
        max_import_body: args.max_import_mib.saturating_mul(1024 * 1024),
        ..ApiConfig::from_env()
    };
    let import_note = if config.api_key.is_some() {
        "import over HTTP enabled (VALUEMATCH_API_KEY)"
    } else {
        "import over HTTP disabled (set VALUEMATCH_API_KEY to enable)"
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let bound = listener.local_addr()?;
        let creators = index.num_creators();
        let state = AppState::new(Arc::new(index), config);
        println!(
            "valuematch: serving {creators} creators from {} on {} ({import_note}); Ctrl-C stops",
            args.index.index.display(),
            api::display_url(bound)
        );
        api::serve(listener, state, api::shutdown_signal()).await?;
        println!("valuematch: stopped");
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}
