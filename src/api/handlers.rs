//! The endpoints. Each one checks its input, runs the engine on the
//! blocking pool, and returns JSON; errors go through [`ApiError`].

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, OriginalUri, Path, Request, State};
use axum::http::{header, HeaderMap};
use axum::Json;
use serde::Serialize;
use subtle::ConstantTimeEq;

use super::error::{ApiError, ErrorBody};
use super::extract::{ApiJson, Params};
use super::AppState;
use crate::corpus::{check_id, Post};
use crate::import::{Import, ImportReport};
use crate::lookalike::{lookalikes, Lookalikes};
use crate::search::{search as run_search, CreatorSummary, SearchRequest, SearchResponse};
use crate::values::{Taxonomy, ValueProfile};

/// How many recent posts a creator's page shows.
pub const RECENT_POSTS: usize = 20;
/// Lookalikes returned when `limit` is not given.
pub const DEFAULT_SIMILAR: usize = 10;

/// Runs engine work on the blocking pool.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> crate::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    Ok(tokio::task::spawn_blocking(f).await??)
}

/// Rank creators for a brand statement.
#[utoipa::path(
    post,
    path = "/v1/search",
    tag = "search",
    request_body(content = SearchRequest, description = "The statement, filters, paging, ranker and whether to explain."),
    responses(
        (status = 200, description = "Ranked creators, best first", body = SearchResponse),
        (status = 400, description = "Invalid request: malformed JSON, wrong type, empty or over-long statement, limit over 100, unknown ranker, field or filter", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
    )
)]
pub async fn search(
    State(st): State<Arc<AppState>>,
    ApiJson(req): ApiJson<SearchRequest>,
) -> Result<Json<SearchResponse>, ApiError> {
    req.validate()?;
    let index = st.index.clone();
    Ok(Json(blocking(move || run_search(&index, &req)).await?))
}

/// A creator's profile, value profile and recent posts.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CreatorResponse {
    pub creator: CreatorSummary,
    /// How consistently the creator shows each value, with words and evidence posts.
    pub profile: ValueProfile,
    /// Up to 20 posts, newest first (undated posts last).
    pub recent_posts: Vec<Post>,
}

fn checked_id(id: &str) -> Result<(), ApiError> {
    check_id(id)
        .map_err(|why| ApiError::bad_request("invalid_id", format!("creator id: {why}"), "id"))
}

/// One creator.
#[utoipa::path(
    get,
    path = "/v1/creators/{id}",
    tag = "creators",
    params(("id" = String, Path, description = "The creator's id")),
    responses(
        (status = 200, description = "The creator", body = CreatorResponse),
        (status = 400, description = "Not a valid id", body = ErrorBody),
        (status = 404, description = "No creator with that id", body = ErrorBody),
    )
)]
pub async fn creator(
    State(st): State<Arc<AppState>>,
    Path(id): Path<String>,
    params: Params,
) -> Result<Json<CreatorResponse>, ApiError> {
    params.only(&[])?;
    checked_id(&id)?;
    let index = st.index.clone();
    let resp = blocking(move || {
        let (_, stored) = index
            .get(&id)?
            .ok_or_else(|| crate::Error::CreatorNotFound(id.clone()))?;
        let summary = CreatorSummary::of(&stored);
        let mut posts = stored.creator.posts;
        // Newest first; undated posts after dated ones, in corpus order.
        posts.sort_by(|a, b| match (a.timestamp, b.timestamp) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        posts.truncate(RECENT_POSTS);
        Ok(CreatorResponse {
            creator: summary,
            profile: stored.profile,
            recent_posts: posts,
        })
    })
    .await?;
    Ok(Json(resp))
}

/// Lookalikes: creators whose value profiles and topics are closest.
#[utoipa::path(
    get,
    path = "/v1/creators/{id}/similar",
    tag = "creators",
    params(
        ("id" = String, Path, description = "The creator's id"),
        ("limit" = Option<usize>, Query, description = "How many lookalikes (1-100, default 10)"),
    ),
    responses(
        (status = 200, description = "The closest creators, most similar first", body = Lookalikes),
        (status = 400, description = "Not a valid id or limit", body = ErrorBody),
        (status = 404, description = "No creator with that id", body = ErrorBody),
    )
)]
pub async fn similar(
    State(st): State<Arc<AppState>>,
    Path(id): Path<String>,
    params: Params,
) -> Result<Json<Lookalikes>, ApiError> {
    params.only(&["limit"])?;
    let limit = params.usize("limit", DEFAULT_SIMILAR)?;
    checked_id(&id)?;
    let index = st.index.clone();
    Ok(Json(
        blocking(move || lookalikes(&index, &id, limit)).await?,
    ))
}

/// The value taxonomy: values (with what contradicts them and which oppose) and topics.
#[utoipa::path(
    get,
    path = "/v1/values",
    tag = "values",
    responses((status = 200, description = "The taxonomy", body = Taxonomy))
)]
pub async fn values(State(st): State<Arc<AppState>>) -> Json<Taxonomy> {
    Json(st.index.model.taxonomy.clone())
}

/// The service's health.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Health {
    /// Always "ok" when the service answers.
    pub status: String,
    /// Creators in the committed index.
    pub creators: u64,
    pub version: String,
    /// Whether `POST /v1/import` is enabled (an API key is configured).
    pub import_enabled: bool,
}

/// Liveness and index size.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "service",
    responses((status = 200, description = "The service is up", body = Health))
)]
pub async fn healthz(State(st): State<Arc<AppState>>) -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        creators: st.index.num_creators(),
        version: env!("CARGO_PKG_VERSION").into(),
        import_enabled: st.config.api_key.is_some(),
    })
}

/// Checks `Authorization: Bearer KEY` against the configured key, in
/// constant time (the time depends on the configured key's length only).
fn authorize(key: Option<&str>, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(key) = key else {
        return Err(ApiError::new(
            axum::http::StatusCode::FORBIDDEN,
            "import_disabled",
            "import over HTTP is disabled: start the server with VALUEMATCH_API_KEY set to enable it",
        ));
    };
    let unauthorized =
        |msg: &str| ApiError::new(axum::http::StatusCode::UNAUTHORIZED, "unauthorized", msg);
    let given = headers
        .get(header::AUTHORIZATION)
        .ok_or_else(|| unauthorized("send the API key as `Authorization: Bearer KEY`"))?
        .as_bytes();
    let token = given
        .strip_prefix(b"Bearer ")
        .or_else(|| given.strip_prefix(b"bearer "))
        .ok_or_else(|| unauthorized("the Authorization header must be `Bearer KEY`"))?;
    if keys_match(token, key.as_bytes()) {
        Ok(())
    } else {
        Err(unauthorized("wrong API key"))
    }
}

/// Constant-time comparison: walks the whole expected key whatever `given` is.
fn keys_match(given: &[u8], expected: &[u8]) -> bool {
    let mut same = (given.len() as u64).ct_eq(&(expected.len() as u64));
    for (i, e) in expected.iter().enumerate() {
        let g = given.get(i).copied().unwrap_or(!e);
        same &= g.ct_eq(e);
    }
    same.into()
}

/// Import creators from a JSON Lines body (the corpus format).
#[utoipa::path(
    post,
    path = "/v1/import",
    tag = "import",
    request_body(content = String, content_type = "application/x-ndjson", description = "One creator per line, as in the corpus format"),
    security(("api_key" = [])),
    responses(
        (status = 200, description = "Imported; bad records are listed with their line and reason and every other record is imported", body = ImportReport),
        (status = 400, description = "Empty body", body = ErrorBody),
        (status = 401, description = "Missing or wrong API key", body = ErrorBody),
        (status = 403, description = "Import over HTTP is disabled (no VALUEMATCH_API_KEY)", body = ErrorBody),
        (status = 409, description = "Another process is writing to the index", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
    )
)]
pub async fn import(
    State(st): State<Arc<AppState>>,
    req: Request,
) -> Result<Json<ImportReport>, ApiError> {
    // The key is checked before the body is read.
    authorize(st.config.api_key.as_deref(), req.headers())?;
    let body = Bytes::from_request(req, &()).await?;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_request(
            "empty_body",
            "the body is empty; send creators as JSON Lines, one per line",
            "body",
        ));
    }
    let _one_writer = st.import_lock.lock().await;
    let index = st.index.clone();
    let report = blocking(move || {
        let mut import = Import::begin(&index)?;
        import.read("body", &body[..], |_, _| {})?;
        import.commit()
    })
    .await?;
    Ok(Json(report))
}

/// Unknown routes: a JSON 404.
pub async fn not_found(OriginalUri(uri): OriginalUri) -> ApiError {
    ApiError::not_found_route(uri.path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_compare_exactly() {
        assert!(keys_match(b"secret", b"secret"));
        assert!(!keys_match(b"secreT", b"secret"));
        assert!(!keys_match(b"secret2", b"secret"));
        assert!(!keys_match(b"secre", b"secret"));
        assert!(!keys_match(b"", b"secret"));
    }

    #[test]
    fn authorization_needs_a_configured_key_and_the_bearer_scheme() {
        let mut h = HeaderMap::new();
        assert_eq!(authorize(None, &h).unwrap_err().code, "import_disabled");
        assert_eq!(authorize(Some("k"), &h).unwrap_err().code, "unauthorized");
        h.insert(header::AUTHORIZATION, "Basic k".parse().unwrap());
        assert_eq!(authorize(Some("k"), &h).unwrap_err().code, "unauthorized");
        h.insert(header::AUTHORIZATION, "Bearer x".parse().unwrap());
        assert_eq!(authorize(Some("k"), &h).unwrap_err().code, "unauthorized");
        h.insert(header::AUTHORIZATION, "Bearer k".parse().unwrap());
        assert!(authorize(Some("k"), &h).is_ok());
    }
}
