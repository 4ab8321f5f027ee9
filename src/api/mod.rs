//! The HTTP service behind `valuematch serve`: a JSON API versioned under
//! `/v1` and a web page for PR people at `/`, both served by the binary with
//! every asset embedded (no CDN, no network, no build step).
//!
//! - `POST /v1/search`: rank creators for a brand statement ([`crate::search`]);
//! - `GET /v1/creators/{id}`: profile, value profile and recent posts;
//! - `GET /v1/creators/{id}/similar?limit=`: lookalikes ([`crate::lookalike`]);
//! - `GET /v1/values`: the taxonomy; `GET /healthz`; `GET /openapi.json`;
//! - `POST /v1/import`: a JSON Lines body, with `Authorization: Bearer KEY`
//!   where KEY is [`ApiConfig::api_key`] (`VALUEMATCH_API_KEY`); disabled (403)
//!   when no key is configured.
//!
//! The layer only calls the library. Every error, whether from the engine,
//! a malformed request, an unknown route or a middleware (body limit,
//! timeout), leaves as a 4xx/5xx with `{"error": {"code", "message",
//! "field"}}`, mapped in one place ([`error`]). Searches run on the blocking
//! pool against the last committed index state; imports are serialised by a
//! mutex and become visible to searches at commit.

pub mod error;
mod extract;
mod handlers;
pub mod openapi;
mod page;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::index::CreatorIndex;

pub use error::{ApiError, ErrorBody, ErrorDetail};

/// The largest search request body, in bytes (a 5,000-character statement
/// in any script fits several times over).
pub const MAX_SEARCH_BODY: usize = 64 * 1024;
/// The default largest import body, in bytes.
pub const DEFAULT_MAX_IMPORT_BODY: usize = 64 * 1024 * 1024;

/// How the service runs.
#[derive(Clone)]
pub struct ApiConfig {
    /// The key that `POST /v1/import` requires as `Authorization: Bearer KEY`;
    /// `None` disables import over HTTP.
    pub api_key: Option<String>,
    /// The largest import body, in bytes.
    pub max_import_body: usize,
    /// The longest a read request (search, creator, lookalikes) may take.
    pub request_timeout: Duration,
    /// The longest an import request may take, body upload included.
    pub import_timeout: Duration,
}

impl std::fmt::Debug for ApiConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiConfig")
            .field("api_key", &self.api_key.as_ref().map(|_| "<set>"))
            .field("max_import_body", &self.max_import_body)
            .field("request_timeout", &self.request_timeout)
            .field("import_timeout", &self.import_timeout)
            .finish()
    }
}

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            api_key: None,
            max_import_body: DEFAULT_MAX_IMPORT_BODY,
            request_timeout: Duration::from_secs(30),
            import_timeout: Duration::from_secs(30 * 60),
        }
    }
}

impl ApiConfig {
    /// The configuration with the API key from `VALUEMATCH_API_KEY` (an
    /// empty value counts as none).
    pub fn from_env() -> Self {
        ApiConfig {
            api_key: std::env::var("VALUEMATCH_API_KEY")
                .ok()
                .filter(|k| !k.trim().is_empty()),
            ..Default::default()
        }
    }
}

/// What every handler shares.
pub struct AppState {
    pub index: Arc<CreatorIndex>,
    pub config: ApiConfig,
    /// Serialises HTTP imports (the index allows one writer at a time).
    import_lock: tokio::sync::Mutex<()>,
}

impl AppState {
    pub fn new(index: Arc<CreatorIndex>, config: ApiConfig) -> Arc<Self> {
        Arc::new(AppState {
            index,
            config,
            import_lock: tokio::sync::Mutex::new(()),
        })
    }
}

/// The whole service: API, page, OpenAPI document, and the middleware
/// (tracing, compression, timeouts, body limits, JSON errors, panic guard).
pub fn router(state: Arc<AppState>) -> Router {
    let cfg = &state.config;
    let reads = Router::new()
        .route(
            "/v1/search",
            post(handlers::search).layer(RequestBodyLimitLayer::new(MAX_SEARCH_BODY)),
        )
        .route("/v1/creators/{id}", get(handlers::creator))
        .route("/v1/creators/{id}/similar", get(handlers::similar))
        .route("/v1/values", get(handlers::values))
        .route("/healthz", get(handlers::healthz))
        .route("/openapi.json", get(openapi::document))
        .route("/", get(page::index))
        .route("/app.js", get(page::app_js))
        .route("/style.css", get(page::style_css))
        .route("/favicon.svg", get(page::favicon))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            cfg.request_timeout,
        ));
    let import = Router::new()
        .route("/v1/import", post(handlers::import))
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(cfg.max_import_body))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            cfg.import_timeout,
        ));
    reads
        .merge(import)
        .fallback(handlers::not_found)
        .layer(axum::middleware::map_response(error::json_errors))
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves `router(state)` on `listener` until `shutdown` completes, then
/// finishes the requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Completes on Ctrl-C (SIGINT) or, on Unix, SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// The URL people open for a bound address (`0.0.0.0` shown as 127.0.0.1).
pub fn display_url(addr: SocketAddr) -> String {
    let ip = if addr.ip().is_unspecified() {
        match addr {
            SocketAddr::V4(_) => "127.0.0.1".to_string(),
            SocketAddr::V6(_) => "[::1]".to_string(),
        }
    } else if addr.is_ipv6() {
        format!("[{}]", addr.ip())
    } else {
        addr.ip().to_string()
    };
    format!("http://{ip}:{}", addr.port())
}
