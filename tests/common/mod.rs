//! Shared by the HTTP and browser tests: a real server on a free loopback
//! port (the library's router on a real TcpListener, in its own runtime
//! thread), demo-corpus indexes, and a strict OpenAPI response checker.

#![allow(dead_code)]

pub mod schema;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use valuematch::api::{self, ApiConfig, AppState};
use valuematch::datafiles::DataSources;
use valuematch::import::Import;
use valuematch::index::CreatorIndex;
use valuematch::values::ValueModel;

/// The bundled demo corpus (40 creators).
pub const DEMO: &str = include_str!("../../fixtures/demo.jsonl");
pub const DEMO_CREATORS: u64 = 40;

/// The built-in value model, loaded once for all tests of a binary.
pub fn model() -> Arc<ValueModel> {
    static MODEL: OnceLock<Arc<ValueModel>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            Arc::new(ValueModel::load(&DataSources::builtin_only()).expect("built-in data loads"))
        })
        .clone()
}

/// A fresh index in `dir` holding the demo corpus.
pub fn demo_index(dir: &Path) -> Arc<CreatorIndex> {
    let index = CreatorIndex::open_or_create(dir, model()).expect("index opens");
    let mut import = Import::begin(&index).expect("writer");
    import
        .read("demo.jsonl", DEMO.as_bytes(), |_, _| {})
        .expect("demo reads");
    let report = import.commit().expect("demo commits");
    assert_eq!(report.rejected, 0, "{:?}", report.errors);
    Arc::new(index)
}

/// A running server; stops (gracefully) when dropped.
pub struct Server {
    pub url: String,
    pub index: Arc<CreatorIndex>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Serves a fresh demo index with `config` on 127.0.0.1 and a free port.
    pub fn start(config: ApiConfig) -> Server {
        let dir = tempfile::tempdir().expect("temp dir");
        let index = demo_index(dir.path());
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).expect("nonblocking");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let state = AppState::new(index.clone(), config);
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
                api::serve(listener, state, async {
                    let _ = stopped.await;
                })
                .await
                .expect("server runs");
            });
        });
        Server {
            url,
            index,
            stop: Some(stop),
            thread: Some(thread),
            _dir: dir,
        }
    }

    /// A read-only server shared by the tests of one binary (no API key).
    pub fn shared() -> &'static Server {
        static SHARED: OnceLock<Server> = OnceLock::new();
        SHARED.get_or_init(|| Server::start(ApiConfig::default()))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
