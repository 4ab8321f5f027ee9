//! End-to-end tests of the `valuematch` binary: import with bad input,
//! re-import, search, analyze, eval, through the real command line.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn vm(index: &Path) -> Command {
    let mut c = Command::cargo_bin("valuematch").unwrap();
    c.env("VALUEMATCH_INDEX", index)
        .env_remove("VALUEMATCH_LEXICONS");
    c
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn search_json(index: &Path, args: &[&str]) -> Value {
    let out = vm(index)
        .arg("search")
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("search --json prints one JSON document")
}

#[test]
fn import_reports_each_bad_line_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("idx");
    let out = vm(&idx)
        .arg("import")
        .arg(data("bad.jsonl"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "bad records do not fail a non-strict import"
    );
    let name = data("bad.jsonl").display().to_string();
    let err = stderr(&out);
    let expected = [
        format!("{name}:2: invalid JSON: expected ident at line 1 column 2"),
        format!("{name}:3: expected a JSON object, found an array"),
        format!(
            "{name}:4: id: forbidden character ' ' in \"bad id!\" (allowed: A-Z a-z 0-9 _ . : -)"
        ),
        format!("{name}:5: followers: must be >= 0, found -5"),
        format!("{name}:7: posts[1].id: duplicate \"a\" (also posts[0])"),
        format!("{name}:8: posts[0].text: expected a string, found an integer"),
        format!("{name}:10: id: duplicate \"ok-1\" (already on line 1)"),
    ];
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines, expected, "stderr was:\n{err}");
    assert!(
        stdout(&out).starts_with("imported 2 creator(s) (0 replaced), rejected 7 bad record(s)"),
        "{}",
        stdout(&out)
    );
    let r = search_json(&idx, &["bikes repaired for neighbours", "--ranker", "bm25"]);
    assert_eq!(r["results"][0]["creator"]["id"], "ok-1");
}

#[test]
fn invalid_utf8_empty_and_missing_files_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("idx");
    let missing = dir.path().join("nope.jsonl");
    let out = vm(&idx)
        .arg("import")
        .arg(data("invalid-utf8.jsonl"))
        .arg(data("empty.jsonl"))
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "a missing file fails the run after importing the rest"
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}:2: invalid UTF-8 at byte 25 of the line",
            data("invalid-utf8.jsonl").display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}:0: empty input: no records",
            data("empty.jsonl").display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: cannot open: No such file or directory",
            missing.display()
        )),
        "{err}"
    );
    assert!(
        stdout(&out).starts_with("imported 2 creator(s) (0 replaced), rejected 1 bad record(s)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn strict_import_writes_nothing_when_a_record_is_bad() {
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("idx");
    let out = vm(&idx)
        .args(["import", "--strict"])
        .arg(data("bad.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nothing was imported (--strict)"));
    let out = vm(&idx).args(["search", "bikes"]).output().unwrap();
    assert!(stderr(&out).is_empty() || out.status.success());
    let r = search_json(&idx, &["bikes", "--ranker", "bm25"]);
    assert_eq!(r["candidates"], 0, "strict import left the index empty");
}

#[test]
fn reimport_replaces_a_creator_without_stale_posts() {
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("idx");
    let first = dir.path().join("a.jsonl");
    let second = dir.path().join("b.jsonl");
    std::fs::write(&first, r#"{"id":"c1","posts":[{"id":"p1","text":"Sourdough bread baking with rye flour"},{"id":"p2","text":"Kayaking on the lake"}]}
{"id":"c2","posts":[{"id":"p1","text":"Gaming marathon tonight"}]}
"#).unwrap();
    std::fs::write(
        &second,
        r#"{"id":"c1","posts":[{"id":"p9","text":"Knitting a scarf from leftover wool"}]}
"#,
    )
    .unwrap();
    vm(&idx).arg("import").arg(&first).assert().success();
    let out = vm(&idx).arg("import").arg(&second).output().unwrap();
    assert!(
        stdout(&out).starts_with("imported 1 creator(s) (1 replaced), rejected 0"),
        "{}",
        stdout(&out)
    );
    let r = search_json(&idx, &["sourdough kayaking", "--ranker", "bm25"]);
    assert_eq!(
        r["results"].as_array().unwrap().len(),
        0,
        "old posts are gone: {r}"
    );
    let r = search_json(&idx, &["knitting scarf", "--ranker", "bm25"]);
    assert_eq!(r["results"][0]["creator"]["id"], "c1");
    assert_eq!(r["results"][0]["creator"]["posts"], 1);
    assert_eq!(r["candidates"], 2, "no duplicate creator");
}

fn demo_index(dir: &Path) -> PathBuf {
    let idx = dir.join("demo");
    let out = vm(&idx)
        .arg("import")
        .arg(fixture("demo.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("imported 40 creator(s)"),
        "{}",
        stdout(&out)
    );
    idx
}

#[test]
fn search_ranks_the_clearly_matching_creator_first_and_explains() {
    let dir = tempfile::tempdir().unwrap();
    let idx = demo_index(dir.path());
    // Romanian woodworker who keeps Maramureș traditions alive, asked for in English.
    let r = search_json(
        &idx,
        &["We sell hand tools for woodworkers who keep old carving traditions alive, made to last generations.", "--explain", "-n", "5"],
    );
    assert_eq!(
        r["results"][0]["creator"]["id"], "demo-31",
        "{}",
        r["results"]
    );
    let e = &r["results"][0]["explanation"];
    assert!(e["values"]
        .as_array()
        .unwrap()
        .iter()
        .any(|v| v["value"] == "craftsmanship"));
    assert!(
        !e["values"][0]["evidence"].as_array().unwrap().is_empty(),
        "evidence posts are quoted"
    );
    // The parts add up to the score.
    let sum: f64 = e["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["contribution"].as_f64().unwrap())
        .sum::<f64>()
        + e["topics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["contribution"].as_f64().unwrap())
            .sum::<f64>()
        + e["against"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["amount"].as_f64().unwrap())
            .sum::<f64>()
        + e["engagement"].as_f64().unwrap();
    assert!(
        (sum - r["results"][0]["score"].as_f64().unwrap()).abs() < 1e-4,
        "{sum} vs {}",
        r["results"][0]["score"]
    );
}

#[test]
fn contradicting_and_stuffing_creators_do_not_win_on_words() {
    let dir = tempfile::tempdir().unwrap();
    let idx = demo_index(dir.path());
    let r = search_json(
        &idx,
        &[
            "Sustainable, eco-friendly and green: we repair, reuse and recycle.",
            "-n",
            "5",
            "--explain",
        ],
    );
    let ids: Vec<&str> = r["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["creator"]["id"].as_str().unwrap())
        .collect();
    for bad in ["demo-05", "demo-15", "demo-30", "demo-35", "demo-10"] {
        assert!(!ids.contains(&bad), "{bad} in top 5: {ids:?}");
    }
    // The contradicting eco-claimer is ranked, with the contradiction quoted.
    let all = search_json(
        &idx,
        &[
            "Sustainable, eco-friendly and green: we repair, reuse and recycle.",
            "-n",
            "40",
            "--explain",
        ],
    );
    let brooke = all["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["creator"]["id"] == "demo-05")
        .expect("demo-05 ranked");
    let against = brooke["explanation"]["against"].as_array().unwrap();
    assert!(
        against
            .iter()
            .any(|a| a["kind"] == "contradiction" && !a["evidence"].as_array().unwrap().is_empty()),
        "{against:?}"
    );
}

#[test]
fn search_filters_and_baselines() {
    let dir = tempfile::tempdir().unwrap();
    let idx = demo_index(dir.path());
    let r = search_json(
        &idx,
        &[
            "Family recipes from grandma",
            "--lang",
            "el",
            "--max-followers",
            "100000",
        ],
    );
    for x in r["results"].as_array().unwrap() {
        assert!(x["creator"]["languages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "el"));
        assert!(x["creator"]["followers"].as_u64().unwrap() <= 100_000);
    }
    let f = search_json(
        &idx,
        &["anything at all", "--ranker", "followers", "-n", "3"],
    );
    assert_eq!(
        f["results"][0]["creator"]["id"], "demo-19",
        "largest account first"
    );
    let out = vm(&idx)
        .args(["search", "x", "--ranker", "magic"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("unknown ranker"), "{}", stderr(&out));
    let out = vm(&idx)
        .args(["search", "x", "--lang", "klingon"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("\"klingon\" is not a language code"),
        "{}",
        stderr(&out)
    );
    let out = vm(&idx).args(["search", "  "]).output().unwrap();
    assert!(
        stderr(&out).contains("statement is empty"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn search_without_an_index_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let out = vm(&dir.path().join("none"))
        .args(["search", "kindness"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("run `valuematch import FILE` first"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn analyze_prints_values_topics_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = vm(dir.path())
        .args([
            "analyze",
            "--json",
            "Nous réparons des vélos d'occasion avec les enfants du quartier.",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["language"], "fr");
    assert!(v["values"]["sustainability"].as_f64().unwrap() > 0.3, "{v}");
    assert!(v["topics"]["cycling"].as_f64().unwrap() > 0.3, "{v}");
    assert!(v["against"].is_object());
    let file = dir.path().join("statements.txt");
    std::fs::write(
        &file,
        "We love rescue dogs.\n\nΑγαπάμε τις παραδοσιακές συνταγές της γιαγιάς.\n",
    )
    .unwrap();
    let out = vm(dir.path())
        .args(["analyze", "--json", "--file"])
        .arg(&file)
        .output()
        .unwrap();
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["language"], "el");
}

#[test]
fn user_lexicons_add_a_value_word() {
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("extra");
    std::fs::create_dir_all(extra.join("lexicons")).unwrap();
    std::fs::write(
        extra.join("lexicons/en.lex"),
        "[value craftsmanship]\nfrobnicating\n",
    )
    .unwrap();
    let out = vm(dir.path())
        .args([
            "analyze",
            "--json",
            "Frobnicating spoons on the porch all evening",
        ])
        .output()
        .unwrap();
    let before: Value = serde_json::from_slice(&out.stdout).unwrap();
    let out = vm(dir.path())
        .args([
            "analyze",
            "--json",
            "Frobnicating spoons on the porch all evening",
        ])
        .env("VALUEMATCH_LEXICONS", &extra)
        .output()
        .unwrap();
    let after: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        after["values"]["craftsmanship"].as_f64().unwrap()
            > before["values"]["craftsmanship"].as_f64().unwrap_or(0.0)
    );
    // "- entry" takes a built-in entry out.
    let analyze = |text: &str, with_extra: bool| -> Value {
        let mut c = vm(dir.path());
        c.args(["analyze", "--json", text]);
        if with_extra {
            c.env("VALUEMATCH_LEXICONS", &extra);
        }
        serde_json::from_slice(&c.output().unwrap().stdout).unwrap()
    };
    let text = "Our sourdough came out like a brick 😂";
    assert!(analyze(text, false)["words"]["humor"]
        .as_array()
        .is_some_and(|w| w.iter().any(|w| w == "😂")));
    std::fs::write(extra.join("lexicons/en.lex"), "[value humor]\n- 😂\n").unwrap();
    let removed = analyze(text, true);
    assert!(
        !removed["words"]["humor"]
            .as_array()
            .is_some_and(|w| w.iter().any(|w| w == "😂")),
        "{removed}"
    );
    std::fs::write(extra.join("lexicons/en.lex"), "[value nonsense]\nword\n").unwrap();
    let out = vm(dir.path())
        .args(["analyze", "x"])
        .env("VALUEMATCH_LEXICONS", &extra)
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("en.lex:1: unknown value \"nonsense\""),
        "{}",
        stderr(&out)
    );
}
