//! The HTTP API, end to end: a real server on a free loopback port, called
//! over HTTP. Every response is checked against the server's own OpenAPI
//! document (documented status, matching schema).

mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use common::schema::OpenApi;
use common::{Server, DEMO_CREATORS};
use serde_json::{json, Value};
use valuematch::api::ApiConfig;

const BIKES: &str = "We build repairable bikes in Sheffield and refurbish second-hand children's bicycles. \
We want creators who get kids riding, fix things instead of binning them, and bring their neighbourhood together.";

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client")
}

/// The OpenAPI document, fetched once from the shared server.
async fn openapi() -> &'static OpenApi {
    static DOC: OnceLock<OpenApi> = OnceLock::new();
    if let Some(d) = DOC.get() {
        return d;
    }
    let server = Server::shared();
    let resp = client()
        .get(format!("{}/openapi.json", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let doc: Value = resp.json().await.unwrap();
    DOC.get_or_init(|| OpenApi::new(doc))
}

/// One HTTP exchange: the status and JSON body, checked against the document.
/// `template` is the documented path (e.g. `/v1/creators/{id}`), or `None`
/// for routes outside the API, whose error bodies are checked against `ErrorBody`.
async fn call(
    server: &Server,
    method: &str,
    path: &str,
    template: Option<&str>,
    body: Option<reqwest::Body>,
    headers: &[(&str, &str)],
) -> (u16, Value) {
    let url = format!("{}{path}", server.url);
    let mut req = client().request(method.parse().unwrap(), &url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    if let Some(b) = body {
        req = req.body(b);
    }
    let resp = req
        .send()
        .await
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
    let status = resp.status().as_u16();
    let ctype = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let text = resp.text().await.unwrap();
    assert!(
        ctype.starts_with("application/json"),
        "{method} {path}: {status} with content type {ctype:?}: {text}"
    );
    let value: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e}): {text}"));
    let doc = openapi().await;
    match template {
        Some(t) => doc
            .check_response(method, t, status, &value)
            .unwrap_or_else(|e| panic!("{e}\n{value:#}")),
        None => doc
            .validate(doc.component("ErrorBody"), &value, "$")
            .unwrap_or_else(|e| panic!("{method} {path}: {e}\n{value:#}")),
    }
    (status, value)
}

async fn search(server: &Server, body: Value) -> (u16, Value) {
    call(
        server,
        "POST",
        "/v1/search",
        Some("/v1/search"),
        Some(body.to_string().into()),
        &[("content-type", "application/json")],
    )
    .await
}

fn ids(resp: &Value) -> Vec<String> {
    resp["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["creator"]["id"].as_str().unwrap().to_string())
        .collect()
}

fn error_of(body: &Value) -> (&str, Option<&str>) {
    (
        body["error"]["code"].as_str().unwrap(),
        body["error"]["field"].as_str(),
    )
}

#[tokio::test]
async fn search_with_explanations_ranks_aligned_creators_first() {
    let s = Server::shared();
    let (status, resp) = search(s, json!({"statement": BIKES, "limit": 10, "explain": true})).await;
    assert_eq!(status, 200, "{resp:#}");
    assert_eq!(resp["ranker"], "valuematch");
    assert_eq!(resp["candidates"], DEMO_CREATORS);
    assert!(
        resp["query"]["values"]["sustainability"].as_f64().unwrap() > 0.0,
        "{:#}",
        resp["query"]
    );
    let results = resp["results"].as_array().unwrap();
    assert_eq!(results.len(), 10);
    let top: Vec<String> = ids(&resp).into_iter().take(3).collect();
    assert!(
        top.contains(&"demo-01".to_string()),
        "the bike repairer is in the top 3: {top:?}"
    );
    let mut last = f64::INFINITY;
    for (i, r) in results.iter().enumerate() {
        assert_eq!(r["rank"], i + 1);
        let score = r["score"].as_f64().unwrap();
        assert!(score <= last, "scores descend");
        last = score;
        let x = &r["explanation"];
        assert!(x.is_object(), "explanation asked for: {r:#}");
        // The parts add up to the score.
        let parts: f64 = x["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["contribution"].as_f64().unwrap())
            .sum::<f64>()
            + x["topics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["contribution"].as_f64().unwrap())
                .sum::<f64>()
            + x["against"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["amount"].as_f64().unwrap())
                .sum::<f64>()
            + x["engagement"].as_f64().unwrap();
        assert!(
            (parts - score).abs() < 1e-3,
            "parts {parts} vs score {score}"
        );
    }
    let first = &results[0]["explanation"]["values"][0];
    assert!(
        !first["evidence"].as_array().unwrap().is_empty(),
        "evidence posts: {first:#}"
    );
    assert!(
        !first["evidence"][0]["marks"].as_array().unwrap().is_empty(),
        "matched words are marked"
    );
}

#[tokio::test]
async fn search_without_explain_has_no_explanations() {
    let s = Server::shared();
    let (status, resp) = search(s, json!({"statement": BIKES})).await;
    assert_eq!(status, 200);
    let results = resp["results"].as_array().unwrap();
    assert_eq!(results.len(), 20, "default limit");
    assert!(results.iter().all(|r| r.get("explanation").is_none()));
    assert!(results[0]["creator"]["top_values"].as_array().is_some());
}

#[tokio::test]
async fn search_pages_with_offset_and_accepts_every_ranker() {
    let s = Server::shared();
    let (_, all) = search(s, json!({"statement": BIKES, "limit": 4})).await;
    let (_, page2) = search(s, json!({"statement": BIKES, "limit": 2, "offset": 2})).await;
    assert_eq!(ids(&page2), ids(&all)[2..4].to_vec());
    assert_eq!(page2["results"][0]["rank"], 3);
    for ranker in ["valuematch", "bm25", "followers"] {
        let (status, resp) =
            search(s, json!({"statement": BIKES, "ranker": ranker, "limit": 5})).await;
        assert_eq!(status, 200);
        assert_eq!(resp["ranker"], ranker);
    }
    let (_, by_followers) = search(
        s,
        json!({"statement": BIKES, "ranker": "followers", "limit": 40}),
    )
    .await;
    let f: Vec<u64> = by_followers["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["creator"]["followers"].as_u64().unwrap_or(0))
        .collect();
    assert!(f.windows(2).all(|w| w[0] >= w[1]), "{f:?}");
}

#[tokio::test]
async fn search_filters_restrict_the_candidates() {
    let s = Server::shared();
    let statement = "Nous fabriquons des cosmétiques solides, sans plastique, et nous disons la vérité sur nos produits.";
    let results = |resp: &Value| resp["results"].as_array().unwrap().clone();

    let (status, resp) = search(
        s,
        json!({"statement": statement, "limit": 100, "filters": {"languages": ["fr"]}}),
    )
    .await;
    assert_eq!(status, 200);
    let n = resp["candidates"].as_u64().unwrap();
    assert!(n > 0 && n < DEMO_CREATORS, "{n}");
    assert!(results(&resp).iter().all(|r| r["creator"]["languages"]
        .as_array()
        .unwrap()
        .contains(&json!("fr"))));

    let (_, resp) = search(
        s,
        json!({"statement": statement, "limit": 100,
        "filters": {"min_followers": 10000, "max_followers": 50000}}),
    )
    .await;
    assert!(!results(&resp).is_empty());
    for r in results(&resp) {
        let f = r["creator"]["followers"].as_u64().unwrap();
        assert!((10000..=50000).contains(&f), "{f}");
    }

    let (_, resp) = search(
        s,
        json!({"statement": statement, "limit": 100, "filters": {"countries": ["ro", "GR"]}}),
    )
    .await;
    assert_eq!(resp["candidates"], 10);
    assert!(results(&resp)
        .iter()
        .all(|r| ["RO", "GR"].contains(&r["creator"]["country"].as_str().unwrap())));

    let (_, resp) = search(
        s,
        json!({"statement": statement, "limit": 100, "filters": {"platforms": ["Twitch"]}}),
    )
    .await;
    assert_eq!(resp["candidates"], 2);
    assert!(results(&resp).iter().all(|r| r["creator"]["platforms"]
        .as_array()
        .unwrap()
        .contains(&json!("twitch"))));

    let (_, resp) = search(
        s,
        json!({"statement": statement, "filters": {"min_followers": 100000000}}),
    )
    .await;
    assert_eq!(resp["candidates"], 0);
    assert!(results(&resp).is_empty());
}

#[tokio::test]
async fn creator_profile_lookalikes_values_and_health() {
    let s = Server::shared();
    let (status, c) = call(
        s,
        "GET",
        "/v1/creators/demo-01",
        Some("/v1/creators/{id}"),
        None,
        &[],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(c["creator"]["handle"], "@hannah.fixes.bikes");
    assert!(
        c["profile"]["values"]["sustainability"]["score"]
            .as_f64()
            .unwrap()
            > 0.0
    );
    let posts = c["recent_posts"].as_array().unwrap();
    assert!(!posts.is_empty() && posts.len() <= 20);
    let dates: Vec<&str> = posts
        .iter()
        .filter_map(|p| p["created_at"].as_str())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {dates:?}"
    );

    // Lookalikes of the Portuguese rescue-dog volunteer: the Greek cat rescuer is close.
    let (status, sim) = call(
        s,
        "GET",
        "/v1/creators/demo-26/similar?limit=5",
        Some("/v1/creators/{id}/similar"),
        None,
        &[],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(sim["creator_id"], "demo-26");
    let got = ids(&sim);
    assert_eq!(got.len(), 5);
    assert!(!got.contains(&"demo-26".to_string()), "never itself");
    assert!(got[..3].contains(&"demo-37".to_string()), "{got:?}");
    let sims: Vec<f64> = sim["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["similarity"].as_f64().unwrap())
        .collect();
    assert!(sims.windows(2).all(|w| w[0] >= w[1]), "{sims:?}");
    let (_, default) = call(
        s,
        "GET",
        "/v1/creators/demo-26/similar",
        Some("/v1/creators/{id}/similar"),
        None,
        &[],
    )
    .await;
    assert_eq!(default["results"].as_array().unwrap().len(), 10);

    let (status, v) = call(s, "GET", "/v1/values", Some("/v1/values"), None, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(v["values"].as_array().unwrap().len(), 18);
    assert_eq!(v["topics"].as_array().unwrap().len(), 12);
    let lux = v["values"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["name"] == "luxury")
        .unwrap();
    assert_eq!(lux["opposes"], json!(["frugality"]));

    let (status, h) = call(s, "GET", "/healthz", Some("/healthz"), None, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(h["status"], "ok");
    assert_eq!(h["creators"], DEMO_CREATORS);
    assert_eq!(h["import_enabled"], false);
}

#[tokio::test]
async fn every_invalid_request_gets_a_4xx_json_error_naming_the_problem() {
    let s = Server::shared();
    let post = |body: String| async move {
        call(
            s,
            "POST",
            "/v1/search",
            Some("/v1/search"),
            Some(body.into()),
            &[("content-type", "application/json")],
        )
        .await
    };
    let long = "a".repeat(5_001);
    let cases: Vec<(String, u16, &str, Option<&str>)> = vec![
        (r#"{"statement": "#.into(), 400, "malformed_json", None),
        ("".into(), 400, "malformed_json", None),
        (
            r#"{"statement": "x"} trailing"#.into(),
            400,
            "malformed_json",
            None,
        ),
        (
            r#"{"statement": 42}"#.into(),
            400,
            "invalid_type",
            Some("statement"),
        ),
        (
            r#"{"statement": "x", "limit": "ten"}"#.into(),
            400,
            "invalid_type",
            Some("limit"),
        ),
        (
            r#"{"statement": "x", "limit": -1}"#.into(),
            400,
            "invalid_type",
            Some("limit"),
        ),
        (
            r#"{"statement": "x", "explain": "yes"}"#.into(),
            400,
            "invalid_type",
            Some("explain"),
        ),
        (
            r#"{"statement": "x", "filters": {"languages": "fr"}}"#.into(),
            400,
            "invalid_type",
            Some("filters.languages"),
        ),
        (
            r#"{"limit": 5}"#.into(),
            400,
            "missing_field",
            Some("statement"),
        ),
        (
            r#"{"statement": "   "}"#.into(),
            400,
            "invalid_statement",
            Some("statement"),
        ),
        (
            json!({"statement": long}).to_string(),
            400,
            "invalid_statement",
            Some("statement"),
        ),
        (
            r#"{"statement": "x", "limit": 101}"#.into(),
            400,
            "invalid_limit",
            Some("limit"),
        ),
        (
            r#"{"statement": "x", "limit": 0}"#.into(),
            400,
            "invalid_limit",
            Some("limit"),
        ),
        (
            r#"{"statement": "x", "ranker": "magic"}"#.into(),
            400,
            "unknown_ranker",
            Some("ranker"),
        ),
        (
            r#"{"statement": "x", "filters": {"min_folowers": 10}}"#.into(),
            400,
            "unknown_filter",
            Some("filters.min_folowers"),
        ),
        (
            r#"{"statement": "x", "colour": "red"}"#.into(),
            400,
            "unknown_field",
            Some("colour"),
        ),
        (
            r#"{"statement": "x", "filters": {"languages": ["klingon"]}}"#.into(),
            400,
            "invalid_filters",
            Some("filters.languages[0]"),
        ),
        (
            r#"{"statement": "x", "filters": {"countries": ["Romania"]}}"#.into(),
            400,
            "invalid_filters",
            Some("filters.countries[0]"),
        ),
        (
            r#"{"statement": "x", "filters": {"min_followers": 9, "max_followers": 3}}"#.into(),
            400,
            "invalid_filters",
            Some("filters.min_followers"),
        ),
        (
            json!({"statement": "x".repeat(70_000)}).to_string(),
            413,
            "payload_too_large",
            None,
        ),
    ];
    for (body, status, code, field) in cases {
        let shown: String = body.chars().take(60).collect();
        let (got, err) = post(body).await;
        assert_eq!(got, status, "{shown}: {err:#}");
        assert_eq!(error_of(&err), (code, field), "{shown}: {err:#}");
        assert!(!err["error"]["message"].as_str().unwrap().is_empty());
    }

    let (status, err) = call(
        s,
        "GET",
        "/v1/creators/nobody",
        Some("/v1/creators/{id}"),
        None,
        &[],
    )
    .await;
    assert_eq!(
        (status, error_of(&err)),
        (404, ("creator_not_found", Some("id")))
    );
    let (status, err) = call(
        s,
        "GET",
        "/v1/creators/bad%20id",
        Some("/v1/creators/{id}"),
        None,
        &[],
    )
    .await;
    assert_eq!((status, error_of(&err)), (400, ("invalid_id", Some("id"))));
    let (status, err) = call(
        s,
        "GET",
        "/v1/creators/nobody/similar",
        Some("/v1/creators/{id}/similar"),
        None,
        &[],
    )
    .await;
    assert_eq!(
        (status, error_of(&err)),
        (404, ("creator_not_found", Some("id")))
    );
    for (q, code) in [
        ("limit=abc", "invalid_type"),
        ("limit=0", "invalid_limit"),
        ("limit=101", "invalid_limit"),
        ("top=3", "unknown_parameter"),
    ] {
        let (status, err) = call(
            s,
            "GET",
            &format!("/v1/creators/demo-01/similar?{q}"),
            Some("/v1/creators/{id}/similar"),
            None,
            &[],
        )
        .await;
        assert_eq!((status, error_of(&err).0), (400, code), "{q}");
    }

    // Outside the documented routes: still JSON errors.
    let (status, err) = call(s, "GET", "/v2/search", None, None, &[]).await;
    assert_eq!((status, error_of(&err).0), (404, "not_found"));
    let (status, err) = call(s, "GET", "/v1/search", None, None, &[]).await;
    assert_eq!((status, error_of(&err).0), (405, "method_not_allowed"));
    let (status, err) = call(s, "DELETE", "/v1/creators/demo-01", None, None, &[]).await;
    assert_eq!((status, error_of(&err).0), (405, "method_not_allowed"));
}

#[tokio::test]
async fn import_is_disabled_without_a_configured_key() {
    let s = Server::shared();
    let body = r#"{"id": "x-1", "posts": []}"#;
    for headers in [vec![], vec![("authorization", "Bearer anything")]] {
        let (status, err) = call(
            s,
            "POST",
            "/v1/import",
            Some("/v1/import"),
            Some(body.into()),
            &headers,
        )
        .await;
        assert_eq!((status, error_of(&err).0), (403, "import_disabled"));
    }
    let (_, h) = call(s, "GET", "/healthz", Some("/healthz"), None, &[]).await;
    assert_eq!(h["creators"], DEMO_CREATORS, "nothing was imported");
}

#[tokio::test]
async fn import_with_the_key_adds_and_replaces_creators_and_reports_bad_lines() {
    let s = Server::start(ApiConfig {
        api_key: Some("test-key-123".into()),
        ..Default::default()
    });
    let corpus = [
        r#"{"id": "new-01", "handle": "@new.repairer", "country": "PT", "followers": 1200, "posts": [{"id": "p1", "text": "We repair old bikes and give them to kids in our neighbourhood, every Saturday since 2019.", "created_at": "2025-05-01T10:00:00Z"}]}"#,
        "this is not json",
        r#"{"id": "new-02", "followers": -5}"#,
        "",
        r#"{"id": "demo-01", "handle": "@hannah.v2", "posts": []}"#,
    ]
    .join("\n");

    let (status, err) = call(
        &s,
        "POST",
        "/v1/import",
        Some("/v1/import"),
        Some(corpus.clone().into()),
        &[],
    )
    .await;
    assert_eq!((status, error_of(&err).0), (401, "unauthorized"));
    let wrong = [("authorization", "Bearer test-key-124")];
    let (status, err) = call(
        &s,
        "POST",
        "/v1/import",
        Some("/v1/import"),
        Some(corpus.clone().into()),
        &wrong,
    )
    .await;
    assert_eq!((status, error_of(&err).0), (401, "unauthorized"));
    let basic = [("authorization", "Basic dGVzdC1rZXktMTIz")];
    let (status, _) = call(
        &s,
        "POST",
        "/v1/import",
        Some("/v1/import"),
        Some(corpus.clone().into()),
        &basic,
    )
    .await;
    assert_eq!(status, 401);

    let key = [
        ("authorization", "Bearer test-key-123"),
        ("content-type", "application/x-ndjson"),
    ];
    let (status, report) = call(
        &s,
        "POST",
        "/v1/import",
        Some("/v1/import"),
        Some(corpus.into()),
        &key,
    )
    .await;
    assert_eq!(status, 200, "{report:#}");
    assert_eq!(report["imported"], 2);
    assert_eq!(report["replaced"], 1);
    assert_eq!(report["rejected"], 2);
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors[0]["line"], 2);
    assert_eq!(errors[0]["source"], "body");
    assert!(errors[0]["reason"]
        .as_str()
        .unwrap()
        .starts_with("invalid JSON"));
    assert_eq!(errors[1]["line"], 3);
    assert!(
        errors[1]["reason"]
            .as_str()
            .unwrap()
            .starts_with("followers: must be >= 0"),
        "{errors:?}"
    );

    // Visible to readers right after the commit.
    let (_, h) = call(&s, "GET", "/healthz", Some("/healthz"), None, &[]).await;
    assert_eq!(h["creators"], DEMO_CREATORS + 1);
    let (status, c) = call(
        &s,
        "GET",
        "/v1/creators/new-01",
        Some("/v1/creators/{id}"),
        None,
        &[],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(c["creator"]["handle"], "@new.repairer");
    let (_, c) = call(
        &s,
        "GET",
        "/v1/creators/demo-01",
        Some("/v1/creators/{id}"),
        None,
        &[],
    )
    .await;
    assert_eq!(
        c["creator"]["handle"], "@hannah.v2",
        "re-importing an id replaces it"
    );
    let (_, found) = search(
        &s,
        json!({"statement": "We repair bikes for kids", "filters": {"countries": ["PT"]}}),
    )
    .await;
    assert!(ids(&found).contains(&"new-01".to_string()), "{found:#}");

    let (status, err) = call(
        &s,
        "POST",
        "/v1/import",
        Some("/v1/import"),
        Some("\n  \n".into()),
        &key,
    )
    .await;
    assert_eq!((status, error_of(&err).0), (400, "empty_body"));
}

#[tokio::test]
async fn import_bodies_are_size_limited() {
    let s = Server::start(ApiConfig {
        api_key: Some("k".into()),
        max_import_body: 1_000,
        ..Default::default()
    });
    let big = format!("{{\"id\": \"big\", \"bio\": \"{}\"}}\n", "x".repeat(5_000));
    let key = [("authorization", "Bearer k")];
    let (status, err) = call(
        &s,
        "POST",
        "/v1/import",
        Some("/v1/import"),
        Some(big.into()),
        &key,
    )
    .await;
    assert_eq!((status, error_of(&err).0), (413, "payload_too_large"));
    // Without a length up front (a chunked body), the limit still holds.
    let chunk = format!("{{\"id\": \"c\", \"bio\": \"{}\"}}\n", "y".repeat(200));
    let (status, body) = raw_chunked_post(&s, "/v1/import", "Bearer k", &chunk, 10);
    assert_eq!(status, 413, "{body}");
    assert!(body.contains("payload_too_large"), "{body}");
}

/// Sends `chunk` `times` as a chunked body over a plain socket (no
/// Content-Length); returns the status and the raw response text.
fn raw_chunked_post(
    s: &Server,
    path: &str,
    auth: &str,
    chunk: &str,
    times: usize,
) -> (u16, String) {
    use std::io::{Read, Write};
    let addr = s.url.trim_start_matches("http://");
    // A blocking socket is fine here: the server runs in its own runtime thread.
    let mut sock = std::net::TcpStream::connect(addr).unwrap();
    let mut req = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: {auth}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    for _ in 0..times {
        req.push_str(&format!("{:x}\r\n{chunk}\r\n", chunk.len()));
    }
    req.push_str("0\r\n\r\n");
    // The server may answer and close before reading everything.
    let _ = sock.write_all(req.as_bytes());
    let mut out = Vec::new();
    let _ = sock.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn searches_during_an_import_see_the_last_committed_state() {
    let s = Server::start(ApiConfig {
        api_key: Some("k".into()),
        ..Default::default()
    });
    const NEW: u64 = 150;
    let corpus: String = (0..NEW)
        .map(|i| {
            json!({"id": format!("bulk-{i:03}"), "followers": 1000 + i, "posts": [
                {"id": "p1", "text": format!("Repair café number {i}: we fixed bikes and toasters with our neighbours instead of throwing them away."), "created_at": "2025-03-01T10:00:00Z"},
                {"id": "p2", "text": "Second-hand market in the community hall, zero waste and good company.", "created_at": "2025-06-01T10:00:00Z"}
            ]})
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    let url = s.url.clone();
    let import = tokio::spawn(async move {
        client()
            .post(format!("{url}/v1/import"))
            .header("authorization", "Bearer k")
            .body(corpus)
            .send()
            .await
            .unwrap()
    });
    let mut seen = HashSet::new();
    let mut rounds = 0;
    while !import.is_finished() && rounds < 2_000 {
        let (status, resp) = search(&s, json!({"statement": BIKES, "limit": 5})).await;
        assert_eq!(status, 200);
        seen.insert(resp["candidates"].as_u64().unwrap());
        rounds += 1;
    }
    let resp = import.await.unwrap();
    assert_eq!(resp.status(), 200);
    let report: Value = resp.json().await.unwrap();
    assert_eq!(report["imported"], NEW);
    let (_, after) = search(&s, json!({"statement": BIKES, "limit": 5})).await;
    seen.insert(after["candidates"].as_u64().unwrap());
    // Readers only ever see a whole commit: before it or after it.
    assert!(
        seen.iter()
            .all(|&n| n == DEMO_CREATORS || n == DEMO_CREATORS + NEW),
        "{seen:?}"
    );
    assert!(seen.contains(&(DEMO_CREATORS + NEW)));
}

#[tokio::test]
async fn the_openapi_document_describes_every_endpoint() {
    let doc = &openapi().await.doc;
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/v1/search", "post"),
        ("/v1/creators/{id}", "get"),
        ("/v1/creators/{id}/similar", "get"),
        ("/v1/values", "get"),
        ("/healthz", "get"),
        ("/v1/import", "post"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} missing"
        );
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["api_key"]["scheme"],
        "bearer"
    );
    assert!(doc["components"]["schemas"]["SearchRequest"]["properties"]["filters"].is_object());
}

#[tokio::test]
async fn the_page_and_its_assets_are_served_by_the_binary_itself() {
    let s = Server::shared();
    let c = client();
    for (path, ctype, needle) in [
        ("/", "text/html", "id=\"statement\""),
        ("/app.js", "text/javascript", "/v1/search"),
        ("/style.css", "text/css", ".counted-against"),
    ] {
        let resp = c.get(format!("{}{path}", s.url)).send().await.unwrap();
        assert_eq!(resp.status(), 200, "{path}");
        assert!(resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with(ctype));
        let csp = resp.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(csp.contains("default-src 'none'"), "{csp}");
        let text = resp.text().await.unwrap();
        assert!(text.contains(needle), "{path}");
        // No network: nothing is loaded from another origin.
        for scheme in ["http://", "https://"] {
            let external: Vec<&str> = text
                .match_indices(scheme)
                .map(|(i, _)| &text[i..(i + 40).min(text.len())])
                .collect();
            assert!(external.is_empty(), "{path} refers to {external:?}");
        }
    }
}

/// The real binary: `valuematch` with no arguments serves the demo on the
/// address from VALUEMATCH_ADDR, prints the URL, and stops cleanly on Ctrl-C.
#[test]
fn the_binary_with_no_arguments_serves_the_demo_and_stops_on_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_valuematch"))
        .env("VALUEMATCH_ADDR", "127.0.0.1:0")
        .env("VALUEMATCH_INDEX", dir.path().join("index"))
        .env_remove("VALUEMATCH_API_KEY")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = Vec::new();
    let url = loop {
        let line = lines
            .next()
            .expect("the server prints its address")
            .unwrap();
        printed.push(line.clone());
        if let Some(i) = line.find("http://127.0.0.1:") {
            break line[i..].split_whitespace().next().unwrap().to_string();
        }
    };
    assert!(
        printed
            .iter()
            .any(|l| l.contains("imported the 40 creators")),
        "{printed:?}"
    );

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let h: Value = client()
            .get(format!("{url}/healthz"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(h["creators"], DEMO_CREATORS);
        let page = client()
            .get(&url)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains("valuematch"));
    });

    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("stopped")), "{rest:?}");
}

#[tokio::test]
async fn an_import_while_another_writer_holds_the_index_is_a_409() {
    let s = Server::start(ApiConfig {
        api_key: Some("k".into()),
        ..Default::default()
    });
    // Another writer (as a CLI import in another process would be).
    let writer = s.index.writer().expect("the first writer gets the lock");
    let key = [("authorization", "Bearer k")];
    let body = r#"{"id": "late-1", "posts": []}"#;
    let (status, err) = call(
        &s,
        "POST",
        "/v1/import",
        Some("/v1/import"),
        Some(body.into()),
        &key,
    )
    .await;
    assert_eq!((status, error_of(&err).0), (409, "index_busy"), "{err:#}");
    drop(writer);
    let (status, report) = call(
        &s,
        "POST",
        "/v1/import",
        Some("/v1/import"),
        Some(body.into()),
        &key,
    )
    .await;
    assert_eq!(status, 200, "{report:#}");
    assert_eq!(report["imported"], 1);
}
