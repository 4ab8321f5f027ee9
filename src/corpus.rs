//! The corpus data model: creators (influencers) and their posts, exactly
//! the fields of the spec's JSON Lines format, in validated form.

use serde::{Deserialize, Serialize};

/// A creator (influencer) with their profile and posts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Creator {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<u64>,
    /// ISO 3166-1 alpha-2, upper case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub posts: Vec<Post>,
}

/// One post of a creator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Post {
    pub id: String,
    pub text: String,
    /// RFC 3339 timestamp, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Seconds since the Unix epoch of `created_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub likes: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shares: Option<u64>,
    /// Marked as paid by the platform or the author (the `sponsored` field).
    /// Text markers such as `#ad` are recognised by the value model.
    #[serde(default)]
    pub sponsored: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The most posts one creator may have (spec).
pub const MAX_POSTS: usize = 10_000;
/// The longest id allowed (spec).
pub const MAX_ID_CHARS: usize = 128;

/// Checks an id against the spec's alphabet: 1-128 chars of `A-Z a-z 0-9 _ . : -`.
/// Returns the reason when it is not valid.
pub fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("empty (1-128 characters of A-Z a-z 0-9 _ . : - expected)".into());
    }
    let n = id.chars().count();
    if n > MAX_ID_CHARS {
        return Err(format!("{n} characters, at most {MAX_ID_CHARS} allowed"));
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-')))
    {
        return Err(format!(
            "forbidden character {c:?} in {id:?} (allowed: A-Z a-z 0-9 _ . : -)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_spec_alphabet() {
        assert!(check_id("ro-0007").is_ok());
        assert!(check_id("a_b.c:d-E9").is_ok());
        assert!(check_id("").is_err());
        assert!(check_id("has space").unwrap_err().contains("' '"));
        assert!(check_id("é").is_err());
        assert!(check_id(&"x".repeat(128)).is_ok());
        assert!(check_id(&"x".repeat(129)).unwrap_err().contains("129"));
    }
}
