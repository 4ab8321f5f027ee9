//! Request extractors whose failures are [`ApiError`]s: a JSON body parsed
//! with the path of any offending field, and query parameters checked by name.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::ApiError;

/// A JSON request body. Any content type is accepted (curl's default
/// included); the body must be one JSON value of type `T`.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state).await?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// Parses a JSON body; errors name the offending field.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_request(
            "malformed_json",
            "the body is empty; send a JSON object",
            "",
        ));
    }
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut *de)?;
    de.end().map_err(|e| {
        ApiError::bad_request(
            "malformed_json",
            format!("the body is not valid JSON: {e}"),
            "",
        )
    })?;
    Ok(value)
}

/// Query parameters by name; a name outside the allowed list is an error.
pub struct Params(pub HashMap<String, String>);

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or("");
        let mut map = HashMap::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                percent_decode(&s.replace('+', " ")).ok_or_else(|| {
                    ApiError::bad_request(
                        "invalid_query",
                        "the query string is not valid UTF-8 after decoding",
                        "",
                    )
                })
            };
            map.insert(decode(k)?, decode(v)?);
        }
        Ok(Params(map))
    }
}

impl Params {
    /// Fails on any parameter not in `allowed`.
    pub fn only(&self, allowed: &[&str]) -> Result<(), ApiError> {
        if let Some(k) = self.0.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(ApiError::bad_request(
                "unknown_parameter",
                format!(
                    "unknown query parameter {k:?}; allowed: {}",
                    allowed.join(", ")
                ),
                k.clone(),
            ));
        }
        Ok(())
    }

    /// A whole-number parameter, or `default` when absent.
    pub fn usize(&self, name: &str, default: usize) -> Result<usize, ApiError> {
        match self.0.get(name) {
            None => Ok(default),
            Some(v) => v.trim().parse().map_err(|_| {
                ApiError::bad_request(
                    "invalid_type",
                    format!("{name}: expected a whole number, found {v:?}"),
                    name,
                )
            }),
        }
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(percent_decode("a%20b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("%C3%A9").as_deref(), Some("é"));
        assert_eq!(percent_decode("100%").as_deref(), Some("100%"));
        assert_eq!(percent_decode("%ZZ"), None);
    }

    #[test]
    fn empty_or_trailing_bodies_are_malformed() {
        assert_eq!(
            parse_json::<serde_json::Value>(b" ").unwrap_err().code,
            "malformed_json"
        );
        assert_eq!(
            parse_json::<serde_json::Value>(b"{} {}").unwrap_err().code,
            "malformed_json"
        );
        assert!(parse_json::<serde_json::Value>(b"{}").is_ok());
    }
}
