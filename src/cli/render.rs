//! Human-readable output: result tables, explanations, statement readings.

use std::fmt::Write;

use valuematch::search::SearchResponse;
use valuematch::values::profile::Evidence;
use valuematch::values::StatementReading;

fn weights(map: &std::collections::BTreeMap<String, f32>) -> String {
    let mut v: Vec<(&String, &f32)> = map.iter().collect();
    v.sort_by(|a, b| b.1.total_cmp(a.1));
    v.iter()
        .map(|(k, w)| format!("{k} {w:.2}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a statement asks for, in a few lines.
pub fn reading(text: &str, r: &StatementReading) -> String {
    let mut s = String::new();
    let none = |x: String| if x.is_empty() { "-".to_string() } else { x };
    let _ = writeln!(s, "text:      {text}");
    let _ = writeln!(
        s,
        "language:  {}",
        r.language.as_deref().unwrap_or("unknown")
    );
    let _ = writeln!(s, "values:    {}", none(weights(&r.values)));
    for (name, words) in &r.words {
        if r.values.contains_key(name)
            || r.against.contains_key(name)
            || r.topics.contains_key(name)
        {
            let _ = writeln!(s, "           {name}: {}", words.join(", "));
        }
    }
    let _ = writeln!(s, "against:   {}", none(weights(&r.against)));
    let _ = writeln!(s, "topics:    {}", none(weights(&r.topics)));
    s
}

/// A snippet with matched words in [brackets].
fn marked(e: &Evidence) -> String {
    let chars: Vec<char> = e.snippet.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    for &(start, end) in &e.marks {
        if start < i || end > chars.len() {
            continue;
        }
        out.extend(&chars[i..start]);
        out.push('[');
        out.extend(&chars[start..end]);
        out.push(']');
        i = end;
    }
    out.extend(&chars[i..]);
    out.replace('\n', " ")
}

fn followers(n: Option<u64>) -> String {
    match n {
        None => "-".into(),
        Some(n) if n >= 1_000_000 => format!("{:.1}M", n as f64 / 1e6),
        Some(n) if n >= 1_000 => format!("{:.1}k", n as f64 / 1e3),
        Some(n) => n.to_string(),
    }
}

fn evidence_line(s: &mut String, e: &Evidence) {
    let date = e
        .created_at
        .as_deref()
        .map(|d| &d[..d.len().min(10)])
        .unwrap_or("undated");
    let paid = if e.sponsored { " (paid)" } else { "" };
    let _ = writeln!(s, "        · {} {date}{paid}: {}", e.post_id, marked(e));
}

/// A ranked table, with explanations below each row when asked.
pub fn search_response(r: &SearchResponse, explain: bool) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "statement reads as: values [{}]{}{}",
        weights(&r.query.values),
        if r.query.topics.is_empty() {
            String::new()
        } else {
            format!(", topics [{}]", weights(&r.query.topics))
        },
        if r.query.against.is_empty() {
            String::new()
        } else {
            format!(", rejects [{}]", weights(&r.query.against))
        },
    );
    if let Some(note) = &r.note {
        let _ = writeln!(s, "note: {note}");
    }
    let _ = writeln!(
        s,
        "ranker {}, {} candidate creators",
        r.ranker, r.candidates
    );
    if r.results.is_empty() {
        let _ = writeln!(s, "no creators matched");
        return s;
    }
    let _ = writeln!(
        s,
        "{:>4}  {:>7}  {:<26} {:<24} {:>9}  {:<6} {}",
        "rank", "score", "handle", "name", "followers", "langs", "strongest values"
    );
    for res in &r.results {
        let c = &res.creator;
        let trunc = |x: &str, n: usize| x.chars().take(n).collect::<String>();
        let _ = writeln!(
            s,
            "{:>4}  {:>7.3}  {:<26} {:<24} {:>9}  {:<6} {}",
            res.rank,
            res.score,
            trunc(c.handle.as_deref().unwrap_or(&c.id), 26),
            trunc(c.name.as_deref().unwrap_or("-"), 24),
            followers(c.followers),
            trunc(&c.languages.join(","), 6),
            c.top_values
                .iter()
                .take(3)
                .map(|(n, v)| format!("{n} {v:.2}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        if let (true, Some(e)) = (explain, &res.explanation) {
            for v in &e.values {
                let _ = writeln!(
                    s,
                    "      + {:.3} {} (creator {:.2} × weight {:.2}; {} posts over {} months; words: {})",
                    v.contribution,
                    v.value,
                    v.creator_score,
                    v.query_weight,
                    v.posts_showing,
                    v.months,
                    v.words.join(", ")
                );
                for ev in &v.evidence {
                    evidence_line(&mut s, ev);
                }
            }
            for t in &e.topics {
                let _ = writeln!(
                    s,
                    "      + {:.3} topic {} (creator {:.2})",
                    t.contribution, t.topic, t.creator_score
                );
            }
            if !e.against.is_empty() {
                let _ = writeln!(s, "      counted against:");
            }
            for a in &e.against {
                let _ = writeln!(s, "      - {:.3} {}: {}", -a.amount, a.kind, a.detail);
                for ev in &a.evidence {
                    evidence_line(&mut s, ev);
                }
            }
            if e.engagement.abs() >= 0.0005 {
                let _ = writeln!(s, "      {:+.3} audience engagement", e.engagement);
            }
        }
    }
    s
}
