//! Error mapping, in one place: engine errors ([`crate::Error`]), request
//! errors (malformed JSON, wrong types, unknown fields, bad parameters,
//! oversized bodies) and the bare responses of routing and middleware all
//! become a status code and `{"error": {"code", "message", "field"}}`.

use axum::body::Body;
use axum::extract::rejection::BytesRejection;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::error::Error;

/// The body of every error response.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// A stable machine-readable code, e.g. `malformed_json`, `invalid_type`,
    /// `unknown_field`, `unknown_filter`, `unknown_ranker`, `missing_field`,
    /// `invalid_statement`, `invalid_limit`, `invalid_filters`,
    /// `payload_too_large`, `creator_not_found`, `not_found`,
    /// `method_not_allowed`, `unauthorized`, `import_disabled`, `index_busy`,
    /// `timeout`, `internal`.
    pub code: String,
    /// What is wrong and how to fix it, for people.
    pub message: String,
    /// The offending input (`statement`, `filters.languages[0]`, `limit`...),
    /// or null when the error is not about one field.
    #[schema(required = true)]
    pub field: Option<String>,
}

/// An error on its way to becoming a response.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: String,
    pub message: String,
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code: code.into(),
            message: message.into(),
            field: None,
        }
    }

    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        let f = field.into();
        self.field = (!f.is_empty()).then_some(f);
        self
    }

    pub fn bad_request(code: &str, message: impl Into<String>, field: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, code, message).with_field(field)
    }

    pub fn not_found_route(path: &str) -> Self {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no such endpoint: {path}; see /openapi.json for the API"),
        )
    }

    pub fn internal(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code: self.code.clone(),
                message: self.message.clone(),
                field: self.field.clone(),
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            tracing::error!(code = %self.code, "{}", self.message);
        }
        let mut resp = (self.status, axum::Json(self.body())).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            resp.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        resp
    }
}

/// The JSON error code for an invalid field: `invalid_` and the field's root
/// name (`filters.languages[0]` gives `invalid_filters`).
fn invalid_code(field: Option<&str>) -> String {
    let root: String = field
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if root.is_empty() {
        "invalid_input".into()
    } else {
        format!("invalid_{root}")
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        let message = e.to_string();
        match e {
            Error::InvalidInput { field, message } => ApiError {
                status: StatusCode::BAD_REQUEST,
                code: invalid_code(field.as_deref()),
                message,
                field,
            },
            Error::CreatorNotFound(_) => {
                ApiError::new(StatusCode::NOT_FOUND, "creator_not_found", message).with_field("id")
            }
            Error::IndexBusy { .. } => ApiError::new(StatusCode::CONFLICT, "index_busy", message),
            Error::StrictImport { .. } => {
                ApiError::new(StatusCode::BAD_REQUEST, "invalid_records", message)
            }
            Error::Io { .. } | Error::Index { .. } | Error::Tantivy(_) | Error::Data { .. } => {
                ApiError::internal(message)
            }
        }
    }
}

/// A JSON body that did not parse into the expected type, with the path of
/// the offending field.
impl From<serde_path_to_error::Error<serde_json::Error>> for ApiError {
    fn from(e: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let inner = e.into_inner();
        use serde_json::error::Category;
        match inner.classify() {
            Category::Syntax | Category::Eof | Category::Io => ApiError::bad_request(
                "malformed_json",
                format!("the body is not valid JSON: {inner}"),
                "",
            ),
            Category::Data => {
                let text = strip_position(&inner.to_string());
                if text.starts_with("unknown field `") {
                    // The path already ends with the unknown field's name.
                    let code = if path.starts_with("filters.") {
                        "unknown_filter"
                    } else {
                        "unknown_field"
                    };
                    ApiError::bad_request(code, text, path)
                } else if text.starts_with("unknown variant") && path.ends_with("ranker") {
                    ApiError::bad_request("unknown_ranker", text, path)
                } else if let Some(rest) = text.strip_prefix("missing field `") {
                    let name = rest.split('`').next().unwrap_or_default();
                    ApiError::bad_request("missing_field", text.clone(), join_path(&path, name))
                } else {
                    ApiError::bad_request(
                        "invalid_type",
                        if path.is_empty() {
                            text
                        } else {
                            format!("{path}: {text}")
                        },
                        path,
                    )
                }
            }
        }
    }
}

fn join_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// serde_json appends " at line L column C"; the field path says more.
fn strip_position(text: &str) -> String {
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text.to_string(),
    }
}

impl From<BytesRejection> for ApiError {
    fn from(r: BytesRejection) -> Self {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "the request body is too large",
            )
        } else {
            ApiError::new(r.status(), "bad_body", r.body_text())
        }
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(e: tokio::task::JoinError) -> Self {
        ApiError::internal(format!("the request's work stopped: {e}"))
    }
}

/// The code and message for a bare error status from routing or middleware.
fn status_error(status: StatusCode) -> ApiError {
    let (code, message) = match status {
        StatusCode::NOT_FOUND => (
            "not_found",
            "no such endpoint; see /openapi.json for the API",
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "this endpoint does not accept that method",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => ("payload_too_large", "the request body is too large"),
        StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => (
            "timeout",
            "the request took too long; try again or narrow it",
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => {
            ("unsupported_media_type", "unsupported content type")
        }
        s if s.is_server_error() => ("internal", "internal error"),
        _ => ("bad_request", "bad request"),
    };
    ApiError::new(status, code, message)
}

/// Middleware: any error response that is not JSON yet (unknown method,
/// body limit, timeout) gets the JSON error body; headers such as `Allow`
/// are kept.
pub async fn json_errors(resp: Response) -> Response {
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return resp;
    }
    let (mut parts, _) = resp.into_parts();
    let fresh = status_error(status).into_response();
    let (fresh_parts, body) = fresh.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    for (name, value) in fresh_parts.headers.iter() {
        parts.headers.insert(name, value.clone());
    }
    Response::from_parts(parts, body)
}

/// The response to a panic in a handler: a JSON 500, never a dropped connection.
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    ApiError::internal("internal error").into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, ApiError> {
        let de = &mut serde_json::Deserializer::from_str(body);
        serde_path_to_error::deserialize(de).map_err(ApiError::from)
    }

    #[test]
    fn json_errors_name_the_field() {
        use crate::search::SearchRequest;
        let e = parse::<SearchRequest>("{\"statement\": ").unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("malformed_json", None)
        );
        let e = parse::<SearchRequest>(r#"{"statement": 3}"#).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("invalid_type", Some("statement"))
        );
        let e = parse::<SearchRequest>(r#"{"statement": "x", "limit": -1}"#).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("invalid_type", Some("limit"))
        );
        let e = parse::<SearchRequest>(r#"{"statement": "x", "ranker": "magic"}"#).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("unknown_ranker", Some("ranker"))
        );
        let e = parse::<SearchRequest>(r#"{"statement": "x", "filters": {"min_folowers": 3}}"#)
            .unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("unknown_filter", Some("filters.min_folowers"))
        );
        let e = parse::<SearchRequest>(r#"{"statement": "x", "colour": 3}"#).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("unknown_field", Some("colour"))
        );
        let e = parse::<SearchRequest>(r#"{"limit": 3}"#).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("missing_field", Some("statement"))
        );
        let e = parse::<SearchRequest>(r#"{"statement": "x", "filters": {"languages": "fr"}}"#)
            .unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_deref()),
            ("invalid_type", Some("filters.languages"))
        );
    }

    #[test]
    fn engine_errors_map_to_statuses() {
        let e = ApiError::from(Error::invalid("filters.languages[0]", "bad"));
        assert_eq!(
            (e.status, e.code.as_str()),
            (StatusCode::BAD_REQUEST, "invalid_filters")
        );
        assert_eq!(e.field.as_deref(), Some("filters.languages[0]"));
        let e = ApiError::from(Error::CreatorNotFound("x".into()));
        assert_eq!(e.status, StatusCode::NOT_FOUND);
        let e = ApiError::from(Error::IndexBusy {
            path: "i".into(),
            message: "busy".into(),
        });
        assert_eq!(
            (e.status, e.code.as_str()),
            (StatusCode::CONFLICT, "index_busy")
        );
        let e = ApiError::from(Error::index("i", "broken"));
        assert_eq!(e.status, StatusCode::INTERNAL_SERVER_ERROR);
    }
}
