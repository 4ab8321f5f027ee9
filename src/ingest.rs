//! Reading corpora: streams the spec's JSON Lines format record by record,
//! validates every field and rule, and reports each bad record with its line
//! number and reason, so that one bad line never loses the others.

use std::collections::HashMap;
use std::io::BufRead;

use serde_json::{Map, Value};

use crate::corpus::{check_id, Creator, Post, MAX_POSTS};

/// A record that breaks the format, located by its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BadRecord {
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for BadRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.line, self.reason)
    }
}

/// One item read from a corpus: a valid creator or a bad record.
pub type Record = Result<(usize, Creator), BadRecord>;

/// Streams records from JSON Lines input. Blank lines are skipped; a creator
/// id seen earlier in the same input is a bad record (ids are unique in a corpus).
pub struct CorpusReader<R> {
    input: R,
    line: usize,
    bytes_read: u64,
    buf: Vec<u8>,
    first_line_of: HashMap<String, usize>,
    records_seen: usize,
}

impl<R: BufRead> CorpusReader<R> {
    pub fn new(input: R) -> Self {
        CorpusReader {
            input,
            line: 0,
            bytes_read: 0,
            buf: Vec::new(),
            first_line_of: HashMap::new(),
            records_seen: 0,
        }
    }

    /// Bytes consumed so far (for progress reporting).
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Non-blank lines seen so far.
    pub fn records_seen(&self) -> usize {
        self.records_seen
    }
}

impl<R: BufRead> Iterator for CorpusReader<R> {
    type Item = std::io::Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            let n = match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            self.bytes_read += n as u64;
            self.line += 1;
            let line = self.line;
            let text = match std::str::from_utf8(&self.buf) {
                Ok(t) => t,
                Err(e) => {
                    self.records_seen += 1;
                    return Some(Ok(Err(BadRecord {
                        line,
                        reason: format!(
                            "invalid UTF-8 at byte {} of the line",
                            e.valid_up_to() + 1
                        ),
                    })));
                }
            };
            let text = text.trim_start_matches('\u{feff}').trim();
            if text.is_empty() {
                continue;
            }
            self.records_seen += 1;
            let record = parse_creator(text).and_then(|creator| {
                if let Some(first) = self.first_line_of.get(&creator.id) {
                    Err(format!(
                        "id: duplicate {:?} (already on line {first})",
                        creator.id
                    ))
                } else {
                    self.first_line_of.insert(creator.id.clone(), line);
                    Ok(creator)
                }
            });
            return Some(Ok(record
                .map(|c| (line, c))
                .map_err(|reason| BadRecord { line, reason })));
        }
    }
}

/// Parses and validates one JSON line into a creator; the error is the
/// reason, prefixed by the field path (`posts[3].id: missing`).
pub fn parse_creator(line: &str) -> Result<Creator, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(obj) = value else {
        return Err(format!(
            "expected a JSON object, found {}",
            type_name(&value)
        ));
    };
    let id = required_id(&obj, "id", "id")?;
    let country = optional_string(&obj, "country", "country")?
        .map(|c| {
            if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic()) {
                Ok(c.to_ascii_uppercase())
            } else {
                Err(format!(
                    "country: {c:?} is not an ISO 3166-1 alpha-2 code (e.g. \"RO\")"
                ))
            }
        })
        .transpose()?;
    let platforms = optional_string_array(&obj, "platforms")?;
    let posts = match obj.get("posts") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => {
            if items.len() > MAX_POSTS {
                return Err(format!(
                    "posts: {} posts, at most {MAX_POSTS} allowed",
                    items.len()
                ));
            }
            let mut first_index: HashMap<&str, usize> = HashMap::new();
            let mut posts = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let post = parse_post(item, i)?;
                if let Some(j) = first_index.get(post.id.as_str()) {
                    return Err(format!(
                        "posts[{i}].id: duplicate {:?} (also posts[{j}])",
                        post.id
                    ));
                }
                // The borrow of `item` outlives the loop iteration; key by the JSON text.
                if let Some(Value::String(s)) = item.get("id") {
                    first_index.insert(s.as_str(), i);
                }
                posts.push(post);
            }
            posts
        }
        Some(other) => {
            return Err(format!(
                "posts: expected an array, found {}",
                type_name(other)
            ))
        }
    };
    Ok(Creator {
        id,
        handle: optional_string(&obj, "handle", "handle")?,
        name: optional_string(&obj, "name", "name")?,
        bio: optional_string(&obj, "bio", "bio")?,
        followers: optional_count(&obj, "followers", "followers")?,
        country,
        platforms,
        url: optional_string(&obj, "url", "url")?,
        posts,
    })
}

fn parse_post(item: &Value, i: usize) -> Result<Post, String> {
    let Value::Object(obj) = item else {
        return Err(format!(
            "posts[{i}]: expected a JSON object, found {}",
            type_name(item)
        ));
    };
    let path = |field: &str| format!("posts[{i}].{field}");
    let id = required_id(obj, "id", &path("id"))?;
    let text = match obj.get("text") {
        None | Some(Value::Null) => return Err(format!("{}: missing", path("text"))),
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(format!(
                "{}: expected a string, found {}",
                path("text"),
                type_name(other)
            ))
        }
    };
    let created_at = optional_string(obj, "created_at", &path("created_at"))?;
    let timestamp = match &created_at {
        None => None,
        Some(s) => Some(
            chrono::DateTime::parse_from_rfc3339(s)
                .map_err(|e| {
                    format!(
                        "{}: {s:?} is not an RFC 3339 timestamp ({e}); expected e.g. \"2025-04-12T09:30:00Z\"",
                        path("created_at")
                    )
                })?
                .timestamp(),
        ),
    };
    let sponsored = match obj.get("sponsored") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            return Err(format!(
                "{}: expected true or false, found {}",
                path("sponsored"),
                type_name(other)
            ))
        }
    };
    Ok(Post {
        id,
        text,
        created_at,
        timestamp,
        platform: optional_string(obj, "platform", &path("platform"))?,
        likes: optional_count(obj, "likes", &path("likes"))?,
        comments: optional_count(obj, "comments", &path("comments"))?,
        shares: optional_count(obj, "shares", &path("shares"))?,
        sponsored,
        url: optional_string(obj, "url", &path("url"))?,
    })
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn required_id(obj: &Map<String, Value>, key: &str, path: &str) -> Result<String, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Err(format!("{path}: missing")),
        Some(Value::String(s)) => {
            check_id(s).map_err(|why| format!("{path}: {why}"))?;
            Ok(s.clone())
        }
        Some(other) => Err(format!(
            "{path}: expected a string, found {}",
            type_name(other)
        )),
    }
}

fn optional_string(
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<String>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!(
            "{path}: expected a string, found {}",
            type_name(other)
        )),
    }
}

fn optional_count(obj: &Map<String, Value>, key: &str, path: &str) -> Result<Option<u64>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => {
            if let Some(u) = n.as_u64() {
                Ok(Some(u))
            } else if let Some(i) = n.as_i64() {
                Err(format!("{path}: must be >= 0, found {i}"))
            } else {
                Err(format!("{path}: expected a whole number, found {n}"))
            }
        }
        Some(other) => Err(format!(
            "{path}: expected a whole number, found {}",
            type_name(other)
        )),
    }
}

fn optional_string_array(obj: &Map<String, Value>, key: &str) -> Result<Vec<String>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::String(s) => Ok(s.clone()),
                other => Err(format!(
                    "{key}[{i}]: expected a string, found {}",
                    type_name(other)
                )),
            })
            .collect(),
        Some(other) => Err(format!(
            "{key}: expected an array of strings, found {}",
            type_name(other)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &[u8]) -> Vec<Record> {
        CorpusReader::new(input).map(|r| r.unwrap()).collect()
    }

    #[test]
    fn valid_record_with_unknown_fields() {
        let c = parse_creator(
            r#"{"id":"a-1","followers":10,"country":"ro","extra":{"x":1},
               "posts":[{"id":"p1","text":"hi","created_at":"2025-04-12T09:30:00Z","likes":3,"future":true}]}"#,
        )
        .unwrap();
        assert_eq!(c.country.as_deref(), Some("RO"));
        assert_eq!(c.posts[0].timestamp, Some(1744450200));
        assert_eq!(c.posts[0].likes, Some(3));
    }

    #[test]
    fn field_errors_name_the_path() {
        let cases = [
            (r#"[1,2]"#, "expected a JSON object, found an array"),
            (r#"{"name":"x"}"#, "id: missing"),
            (r#"{"id":7}"#, "id: expected a string, found an integer"),
            (r#"{"id":"a b"}"#, "id: forbidden character ' '"),
            (
                r#"{"id":"a","followers":-3}"#,
                "followers: must be >= 0, found -3",
            ),
            (
                r#"{"id":"a","followers":1.5}"#,
                "followers: expected a whole number",
            ),
            (
                r#"{"id":"a","followers":"many"}"#,
                "followers: expected a whole number, found a string",
            ),
            (
                r#"{"id":"a","country":"Romania"}"#,
                "country: \"Romania\" is not an ISO",
            ),
            (
                r#"{"id":"a","platforms":[1]}"#,
                "platforms[0]: expected a string",
            ),
            (
                r#"{"id":"a","posts":[{"id":"p"},{"text":""}]}"#,
                "posts[0].text: missing",
            ),
            (
                r#"{"id":"a","posts":[{"text":"x"}]}"#,
                "posts[0].id: missing",
            ),
            (
                r#"{"id":"a","posts":[{"id":"p","text":"x"},{"id":"p","text":"y"}]}"#,
                "posts[1].id: duplicate \"p\" (also posts[0])",
            ),
            (
                r#"{"id":"a","posts":[{"id":"p","text":"x","likes":-1}]}"#,
                "posts[0].likes: must be >= 0, found -1",
            ),
            (
                r#"{"id":"a","posts":[{"id":"p","text":"x","created_at":"yesterday"}]}"#,
                "posts[0].created_at: \"yesterday\" is not an RFC 3339",
            ),
            (
                r#"{"id":"a","posts":[{"id":"p","text":"x","sponsored":"yes"}]}"#,
                "posts[0].sponsored: expected true or false",
            ),
            (r#"{"id":"a","posts":"none"}"#, "posts: expected an array"),
            (r#"{"id":"a" "#, "invalid JSON"),
        ];
        for (line, want) in cases {
            let got = parse_creator(line).unwrap_err();
            assert!(
                got.starts_with(want),
                "{line}: got {got:?}, want prefix {want:?}"
            );
        }
    }

    #[test]
    fn too_many_posts_is_rejected() {
        let posts: Vec<String> = (0..10_001)
            .map(|i| format!(r#"{{"id":"p{i}","text":""}}"#))
            .collect();
        let line = format!(r#"{{"id":"a","posts":[{}]}}"#, posts.join(","));
        assert_eq!(
            parse_creator(&line).unwrap_err(),
            "posts: 10001 posts, at most 10000 allowed"
        );
    }

    #[test]
    fn reader_locates_bad_lines_and_keeps_the_rest() {
        let input =
            b"{\"id\":\"a\"}\n\n\xff\xfe\n{\"id\":\"b\"}\nnot json\n{\"id\":\"a\"}\n{\"id\":\"c\"}";
        let records = read(input);
        let summary: Vec<String> = records
            .iter()
            .map(|r| match r {
                Ok((line, c)) => format!("{line}:ok:{}", c.id),
                Err(b) => format!("{}:bad:{}", b.line, b.reason.split(' ').next().unwrap()),
            })
            .collect();
        assert_eq!(
            summary,
            [
                "1:ok:a",
                "3:bad:invalid",
                "4:ok:b",
                "5:bad:invalid",
                "6:bad:id:",
                "7:ok:c"
            ]
        );
        assert!(records[4]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("already on line 1"));
    }
}
