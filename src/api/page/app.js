// valuematch web page: search by brand statement, explained result cards,
// creator profiles with lookalikes, and a shortlist exported as CSV.
// Plain browser JavaScript, no build step, no libraries; talks only to the
// server that served it. All text from the index goes in as text, never HTML.
"use strict";

(() => {
  const PAGE_SIZE = 20;
  const STORE_KEY = "valuematch.shortlist.v1";
  const LANGUAGES = { en: "English", fr: "Français", de: "Deutsch", es: "Español", it: "Italiano", pt: "Português", ro: "Română", el: "Ελληνικά" };

  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

  /** Creates an element: el("div", {class: "x", text: "hi", onclick: f}, child, ...). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k === "style") node.style.cssText = v; // CSSOM: allowed by the page's CSP
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** Replaces a node's children, skipping absent ones (null, undefined, false). */
  function fill(node, ...children) {
    node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  }

  // ---------- formatting ----------
  const label = (name) => name.replace(/_/g, " ");
  function followers(n) {
    if (n === undefined || n === null) return "followers unknown";
    if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)}M followers`;
    if (n >= 1e3) return `${(n / 1e3).toFixed(n >= 1e4 ? 0 : 1)}k followers`;
    return `${n} followers`;
  }
  const languages = (codes) => (codes || []).map((c) => LANGUAGES[c] || c).join(", ");
  const pct = (x) => `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;
  const signed = (x) => (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(3);
  const date = (s) => (s ? s.slice(0, 10) : "undated");

  /** A snippet with matched words in <mark>; marks are code-point offsets. */
  function highlighted(snippet, marks) {
    const chars = Array.from(snippet || "");
    const out = document.createDocumentFragment();
    let i = 0;
    for (const [start, end] of marks || []) {
      if (start < i || end > chars.length || start >= end) continue;
      if (start > i) out.append(chars.slice(i, start).join(""));
      out.append(el("mark", { text: chars.slice(start, end).join("") }));
      i = end;
    }
    if (i < chars.length) out.append(chars.slice(i).join(""));
    return out;
  }

  function bar(fraction, kind) {
    return el("span", { class: `bar ${kind || ""}`, role: "img", "aria-label": pct(fraction) },
      el("span", { class: "fill", style: `width:${pct(fraction)}` }));
  }

  // ---------- API ----------
  class ApiError extends Error {
    constructor(message, field, code) { super(message); this.field = field; this.code = code; }
  }
  async function api(path, options) {
    let resp;
    try {
      resp = await fetch(path, options);
    } catch (e) {
      throw new ApiError("The valuematch server cannot be reached. Is it still running?");
    }
    let body = null;
    try { body = await resp.json(); } catch (e) { body = null; }
    if (!resp.ok) {
      const err = (body && body.error) || {};
      throw new ApiError(err.message || `The server answered ${resp.status}.`, err.field, err.code);
    }
    return body;
  }

  // ---------- search ----------
  const state = { request: null, shown: 0, total: 0, statement: "", scores: new Map() };

  function filters() {
    const f = {};
    const min = $("#min-followers").value.trim();
    const max = $("#max-followers").value.trim();
    if (min !== "") f.min_followers = Math.max(0, Math.round(Number(min)));
    if (max !== "") f.max_followers = Math.max(0, Math.round(Number(max)));
    const langs = $$("#languages input:checked").map((i) => i.value);
    if (langs.length) f.languages = langs;
    const countries = $("#countries").value.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
    if (countries.length) f.countries = countries;
    const platforms = $$("#platforms input:checked").map((i) => i.value);
    if (platforms.length) f.platforms = platforms;
    return f;
  }

  function clearInvalid() {
    $$("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
  }

  function markInvalid(field) {
    if (!field) return;
    const map = { statement: "#statement", "filters.min_followers": "#min-followers", "filters.max_followers": "#max-followers" };
    let target = map[field];
    if (!target && field.startsWith("filters.countries")) target = "#countries";
    if (!target && field.startsWith("filters.languages")) target = "#languages";
    if (!target && field.startsWith("filters.platforms")) target = "#platforms";
    if (target) $(target).setAttribute("aria-invalid", "true");
  }

  function showMessage(kind, ...content) {
    const box = $("#message");
    box.className = `message ${kind}`;
    box.replaceChildren(...content);
    box.hidden = false;
  }

  async function search(append) {
    const statement = $("#statement").value;
    clearInvalid();
    if (!append) {
      if (!statement.trim()) {
        $("#statement").setAttribute("aria-invalid", "true");
        showMessage("error", el("p", { text: "Write your brand statement first: what you make and what you stand for." }));
        $("#statement").focus();
        return;
      }
      state.request = { statement, filters: filters(), limit: PAGE_SIZE, offset: 0, explain: true, ranker: "valuematch" };
      state.shown = 0;
      state.statement = statement;
      $("#results").replaceChildren();
      $("#more").hidden = true;
    }
    const req = { ...state.request, offset: state.shown };
    const button = append ? $("#more") : $("#search-button");
    button.disabled = true;
    const before = button.textContent;
    button.textContent = "Searching…";
    document.body.classList.add("busy");
    try {
      const resp = await api("/v1/search", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(req),
      });
      if (!append) {
        renderReading(resp);
        window.scrollTo({ top: 0 });
      }
      for (const r of resp.results) {
        state.scores.set(r.creator.id, r);
        $("#results").append(card(r));
      }
      state.shown += resp.results.length;
      state.total = resp.candidates;
      $("#more").hidden = resp.results.length < PAGE_SIZE || state.shown >= resp.candidates;
      if (state.shown === 0) {
        showMessage("empty", el("p", { text: "No creator matched these filters. Try widening the follower range or removing a filter." }));
      } else {
        $("#message").hidden = true;
      }
    } catch (e) {
      markInvalid(e.field);
      showMessage("error", el("p", { text: e.message }));
    } finally {
      button.disabled = false;
      button.textContent = before;
      document.body.classList.remove("busy");
    }
  }

  function renderReading(resp) {
    const q = resp.query;
    const box = $("#reading");
    const chips = (map, kind) => Object.entries(map || {})
      .sort((a, b) => b[1] - a[1])
      .map(([name, w]) => el("span", { class: `chip ${kind}`, title: (q.words[name] || []).join(", ") }, label(name)));
    const parts = [];
    const values = chips(q.values, "value");
    const topics = chips(q.topics, "topic");
    const rejects = chips(q.against, "rejected");
    if (values.length) parts.push(el("div", { class: "reading-row" }, el("span", { class: "reading-label", text: "Values" }), ...values));
    if (topics.length) parts.push(el("div", { class: "reading-row" }, el("span", { class: "reading-label", text: "Topics" }), ...topics));
    if (rejects.length) parts.push(el("div", { class: "reading-row" }, el("span", { class: "reading-label", text: "Rejects" }), ...rejects));
    fill(box,
      el("div", { class: "reading-head" },
        el("strong", { text: "We read your statement as" }),
        q.language ? el("span", { class: "hint", text: ` (written in ${LANGUAGES[q.language] || q.language})` }) : null,
        el("span", { class: "candidates", text: `${resp.candidates} creator${resp.candidates === 1 ? "" : "s"} match the filters` })),
      ...parts,
      resp.note ? el("p", { class: "note", text: `Note: ${resp.note}. Name what your brand stands for (e.g. repair, honesty, family) for a value match.` }) : null,
    );
    box.hidden = false;
  }

  function who(c, opener) {
    return el("div", { class: "who" },
      el("button", { class: "handle", type: "button", onclick: opener, title: "Open profile and lookalikes" }, c.handle || c.id),
      c.name ? el("span", { class: "name", text: c.name }) : null,
      el("div", { class: "meta" },
        el("span", { text: followers(c.followers) }),
        c.languages && c.languages.length ? el("span", { text: languages(c.languages) }) : null,
        c.country ? el("span", { text: c.country }) : null,
        c.platforms && c.platforms.length ? el("span", { text: c.platforms.join(", ") }) : null));
  }

  function evidenceList(items, max) {
    if (!items || !items.length) return null;
    return el("ul", { class: "evidence" }, items.slice(0, max).map((e) =>
      el("li", {},
        el("blockquote", {}, highlighted(e.snippet, e.marks)),
        el("div", { class: "evidence-meta" },
          el("span", { text: date(e.created_at) }),
          e.sponsored ? el("span", { class: "tag paid", text: "paid post" }) : null,
          e.url ? el("a", { href: e.url, target: "_blank", rel: "noopener noreferrer", text: "open post" }) : null))));
  }

  function card(r) {
    const c = r.creator;
    const x = r.explanation;
    const open = () => openProfile(c.id);
    const node = el("li", { class: "card", dataset: { id: c.id } });
    const head = el("div", { class: "card-head" },
      el("span", { class: "rank", text: `#${r.rank}` }),
      who(c, open),
      el("div", { class: "score", title: "Alignment score: how consistently the creator's own posts show what the statement asks for, less what counts against" },
        el("span", { class: "score-label", text: "alignment" }),
        el("span", { class: "score-value", text: r.score.toFixed(2) })));
    node.append(head);

    if (x) {
      const values = x.values.map((v) =>
        el("div", { class: "value" },
          el("div", { class: "value-head" },
            el("span", { class: "value-name", text: label(v.value) }),
            bar(v.creator_score, "good"),
            el("span", { class: "value-num", text: pct(v.creator_score) }),
            el("span", { class: "value-detail", text: `${v.posts_showing} post${v.posts_showing === 1 ? "" : "s"} over ${v.months} month${v.months === 1 ? "" : "s"}` }),
            el("span", { class: "contribution", title: "Contribution to the score", text: signed(v.contribution) })),
          v.words.length ? el("div", { class: "words", text: `words: ${v.words.join(", ")}` }) : null,
          evidenceList(v.evidence, 2)));
      node.append(el("section", { class: "matched" }, el("h3", { text: "Why they match" }),
        values.length ? values : el("p", { class: "hint", text: "No value from the statement shows in this creator's posts." }),
        x.topics.length ? el("p", { class: "topics" }, "Topic match: ",
          x.topics.map((t) => el("span", { class: "chip topic", text: `${label(t.topic)} ${signed(t.contribution)}` }))) : null));
      if (x.against.length) {
        node.append(el("section", { class: "counted-against" },
          el("h3", { text: "Counted against" }),
          x.against.map((a) => el("div", { class: "against-item" },
            el("div", { class: "against-head" },
              el("span", { class: "amount", text: signed(a.amount) }),
              el("span", { class: "kind", text: againstKind(a.kind) }),
              el("span", { class: "detail", text: a.detail })),
            evidenceList(a.evidence, 2)))));
      }
    } else if (c.top_values.length) {
      node.append(el("section", { class: "matched" }, el("h3", { text: "Strongest values" }),
        c.top_values.map(([name, s]) => el("div", { class: "value" },
          el("div", { class: "value-head" }, el("span", { class: "value-name", text: label(name) }), bar(s, "good"), el("span", { class: "value-num", text: pct(s) }))))));
    }

    node.append(el("div", { class: "card-actions" },
      el("button", { class: "button", type: "button", onclick: open }, "Profile & lookalikes"),
      shortlistButton(c, r)));
    return node;
  }

  function againstKind(kind) {
    return ({
      contradiction: "contradicting posts",
      opposing_value: "opposing value",
      brand_rejects: "shows what you reject",
      sponsored: "paid posts",
      stuffing: "keyword stuffing",
    })[kind] || label(kind);
  }

  // ---------- shortlist ----------
  let shortlist = loadShortlist();

  function loadShortlist() {
    try {
      const raw = JSON.parse(localStorage.getItem(STORE_KEY) || "[]");
      return Array.isArray(raw) ? raw : [];
    } catch (e) { return []; }
  }
  function saveShortlist() {
    try { localStorage.setItem(STORE_KEY, JSON.stringify(shortlist)); } catch (e) { /* private mode: keep in memory */ }
    renderShortlist();
  }
  const inShortlist = (id) => shortlist.some((s) => s.id === id);

  function entry(c, r) {
    const x = r && r.explanation;
    return {
      id: c.id,
      handle: c.handle || "",
      name: c.name || "",
      followers: c.followers ?? "",
      country: c.country || "",
      languages: (c.languages || []).join(" "),
      platforms: (c.platforms || []).join(" "),
      url: c.url || "",
      alignment_score: r ? r.score.toFixed(3) : "",
      matched_values: x ? x.values.map((v) => `${v.value} ${v.creator_score.toFixed(2)}`).join("; ") : "",
      counted_against: x ? x.against.map((a) => `${a.kind}${a.value ? " " + a.value : ""} ${a.amount.toFixed(3)}`).join("; ") : "",
      strongest_values: (c.top_values || []).map(([n, s]) => `${n} ${s.toFixed(2)}`).join("; "),
      brand_statement: r ? state.statement : "",
      added: new Date().toISOString().slice(0, 10),
    };
  }

  function shortlistButton(c, r) {
    const b = el("button", { class: "button star", type: "button", dataset: { shortlist: c.id } });
    const paint = () => {
      const on = inShortlist(c.id);
      b.textContent = on ? "★ On shortlist" : "☆ Shortlist";
      b.classList.toggle("on", on);
      b.setAttribute("aria-pressed", on ? "true" : "false");
    };
    b.addEventListener("click", () => {
      if (inShortlist(c.id)) shortlist = shortlist.filter((s) => s.id !== c.id);
      else shortlist.push(entry(c, r || state.scores.get(c.id)));
      saveShortlist();
    });
    b.paint = paint;
    paint();
    return b;
  }

  function renderShortlist() {
    $("#shortlist-count").textContent = String(shortlist.length);
    $("#shortlist-empty").hidden = shortlist.length > 0;
    $("#export-csv").disabled = shortlist.length === 0;
    $("#shortlist-items").replaceChildren(...shortlist.map((s) =>
      el("li", {},
        el("div", { class: "sl-who" },
          el("button", { class: "handle", type: "button", onclick: () => openProfile(s.id) }, s.handle || s.id),
          el("span", { class: "name", text: s.name })),
        el("div", { class: "meta" },
          el("span", { text: followers(s.followers === "" ? null : Number(s.followers)) }),
          s.alignment_score ? el("span", { text: `alignment ${Number(s.alignment_score).toFixed(2)}` }) : null),
        el("button", { class: "link-button", type: "button", onclick: () => { shortlist = shortlist.filter((x) => x.id !== s.id); saveShortlist(); } }, "remove"))));
    $$("[data-shortlist]").forEach((b) => b.paint && b.paint());
  }

  const CSV_COLUMNS = ["id", "handle", "name", "followers", "country", "languages", "platforms", "url",
    "alignment_score", "matched_values", "counted_against", "strongest_values", "brand_statement", "added"];

  function csvCell(v) {
    let s = String(v ?? "");
    // Spreadsheets run cells that start with these as formulas.
    if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }

  function exportCsv() {
    if (!shortlist.length) return;
    const lines = [CSV_COLUMNS.join(",")].concat(shortlist.map((s) => CSV_COLUMNS.map((k) => csvCell(s[k])).join(",")));
    const csv = lines.join("\r\n") + "\r\n";
    // The byte-order mark makes spreadsheet programs read the file as UTF-8.
    const blob = new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: `valuematch-shortlist-${new Date().toISOString().slice(0, 10)}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  // ---------- profile drawer ----------
  let lastFocus = null;

  function openDrawer(id) {
    lastFocus = document.activeElement;
    $$(".drawer").forEach((d) => { d.hidden = d.id !== id; });
    $("#backdrop").hidden = false;
    document.body.classList.add("drawer-open");
    const close = $(`#${id} [data-close]`);
    if (close) close.focus();
  }
  function closeDrawers() {
    $$(".drawer").forEach((d) => { d.hidden = true; });
    $("#backdrop").hidden = true;
    document.body.classList.remove("drawer-open");
    if (lastFocus && lastFocus.focus) lastFocus.focus();
  }

  async function openProfile(id) {
    const body = $("#profile-body");
    $("#profile-title").textContent = "Loading…";
    body.replaceChildren(el("p", { class: "hint", text: "Loading the creator's profile…" }));
    openDrawer("profile");
    try {
      const enc = encodeURIComponent(id);
      const [p, similar] = await Promise.all([
        api(`/v1/creators/${enc}`),
        api(`/v1/creators/${enc}/similar?limit=8`),
      ]);
      renderProfile(p, similar);
    } catch (e) {
      $("#profile-title").textContent = "Creator";
      body.replaceChildren(el("p", { class: "message error", text: e.message }));
    }
  }

  function renderProfile(p, similar) {
    const c = p.creator;
    const prof = p.profile;
    $("#profile-title").textContent = c.handle || c.id;
    const r = state.scores.get(c.id);
    const values = Object.entries(prof.values)
      .filter(([, v]) => v.score > 0.05 || v.against > 0.05)
      .sort((a, b) => b[1].score - a[1].score);
    const topics = Object.entries(prof.topics).filter(([, s]) => s >= 0.1).sort((a, b) => b[1] - a[1]);
    const e = prof.engagement || {};
    const body = $("#profile-body");
    fill(body,
      el("section", { class: "profile-head" },
        who(c, null),
        c.bio ? el("p", { class: "bio", text: c.bio }) : null,
        el("div", { class: "card-actions" },
          shortlistButton(c, r),
          c.url ? el("a", { class: "button", href: c.url, target: "_blank", rel: "noopener noreferrer", text: "Open their page ↗" }) : null)),
      el("section", { class: "profile-values" },
        el("h3", { text: "Values in their own posts" }),
        values.length ? values.map(([name, v]) => el("div", { class: "value" },
          el("div", { class: "value-head" },
            el("span", { class: "value-name", text: label(name) }),
            bar(v.score, "good"),
            el("span", { class: "value-num", text: pct(v.score) }),
            el("span", { class: "value-detail", text: `${v.posts_showing} post${v.posts_showing === 1 ? "" : "s"}, ${v.months} month${v.months === 1 ? "" : "s"}` })),
          v.against > 0.05 ? el("div", { class: "value-head against-row" },
            el("span", { class: "value-name", text: "counted against" }),
            bar(v.against, "bad"),
            el("span", { class: "value-num", text: pct(v.against) }),
            el("span", { class: "value-detail", text: "contradicting or rejecting posts" })) : null,
          v.words.length ? el("div", { class: "words", text: `words: ${v.words.map((w) => w[0]).join(", ")}` }) : null))
          : el("p", { class: "hint", text: "No value shows clearly in this creator's posts." })),
      topics.length ? el("section", {}, el("h3", { text: "Topics" }),
        el("div", { class: "chips" }, topics.map(([t, s]) => el("span", { class: "chip topic", text: `${label(t)} ${pct(s)}` })))) : null,
      el("section", { class: "facts" },
        el("h3", { text: "Audience and sponsorship" }),
        el("ul", {},
          el("li", { text: `${prof.posts} posts; ${pct(prof.sponsored_share)} paid or marked as ads` }),
          prof.stuffing_share > 0.05 ? el("li", { text: `${pct(prof.stuffing_share)} keyword stuffing` }) : null,
          el("li", { text: `Audience that talks back: ${pct(e.authenticity ?? 0.5)}${e.comments_per_like != null ? ` (${e.comments_per_like.toFixed(3)} comments per like)` : ""}` }))),
      el("section", { class: "lookalikes" },
        el("h3", { text: "Lookalikes" }),
        el("p", { class: "hint", text: "Creators whose values and topics are closest to this one." }),
        similar.results.length ? el("ol", { class: "lookalike-list" }, similar.results.map((s) =>
          el("li", { dataset: { id: s.creator.id } },
            el("div", { class: "lk-main" },
              el("button", { class: "handle", type: "button", onclick: () => openProfile(s.creator.id) }, s.creator.handle || s.creator.id),
              el("span", { class: "name", text: s.creator.name || "" }),
              el("span", { class: "meta-inline", text: followers(s.creator.followers) })),
            el("div", { class: "lk-side" },
              el("span", { class: "similarity", text: `${pct(s.similarity)} similar` }),
              shortlistButton(s.creator, state.scores.get(s.creator.id))),
            s.shared_values.length || s.shared_topics.length ? el("div", { class: "shared" },
              "shares: ", [...s.shared_values, ...s.shared_topics].map(label).join(", ")) : null)))
          : el("p", { class: "hint", text: similar.note || "No lookalike found." })),
      el("section", { class: "posts" },
        el("h3", { text: "Recent posts" }),
        el("ul", { class: "post-list" }, p.recent_posts.map((post) =>
          el("li", {},
            el("div", { class: "evidence-meta" },
              el("span", { text: date(post.created_at) }),
              post.platform ? el("span", { text: post.platform }) : null,
              post.sponsored ? el("span", { class: "tag paid", text: "paid post" }) : null,
              post.likes != null ? el("span", { text: `${post.likes} likes` }) : null,
              post.comments != null ? el("span", { text: `${post.comments} comments` }) : null),
            el("p", { class: "post-text", text: post.text }))))),
    );
    body.scrollTop = 0;
  }

  // ---------- wiring ----------
  async function status() {
    try {
      const h = await api("/healthz");
      $("#index-status").textContent = `${h.creators} creators indexed`;
    } catch (e) {
      $("#index-status").textContent = "server unreachable";
    }
  }

  function init() {
    $("#search-form").addEventListener("submit", (e) => { e.preventDefault(); search(false); });
    $("#more").addEventListener("click", () => search(true));
    $("#statement").addEventListener("input", () => { $("#statement-count").textContent = String(Array.from($("#statement").value).length); });
    $("#statement").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); search(false); }
    });
    $$(".example").forEach((b) => b.addEventListener("click", () => {
      $("#statement").value = b.dataset.text;
      $("#statement").dispatchEvent(new Event("input"));
      search(false);
    }));
    $("#clear-filters").addEventListener("click", () => {
      $("#min-followers").value = "";
      $("#max-followers").value = "";
      $("#countries").value = "";
      $$(".filters input[type=checkbox]").forEach((i) => { i.checked = false; });
      if (state.request) search(false);
    });
    $("#shortlist-open").addEventListener("click", () => openDrawer("shortlist"));
    $("#export-csv").addEventListener("click", exportCsv);
    $("#shortlist-clear").addEventListener("click", () => { shortlist = []; saveShortlist(); });
    $$("[data-close]").forEach((b) => b.addEventListener("click", closeDrawers));
    $("#backdrop").addEventListener("click", closeDrawers);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeDrawers(); });
    renderShortlist();
    status();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
