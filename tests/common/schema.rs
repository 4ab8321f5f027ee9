//! Checks real responses against the server's own OpenAPI 3.1 document:
//! the status must be documented for the operation, and the body must match
//! the documented schema. Objects are checked strictly: a property the
//! schema does not list is an error (unless `additionalProperties` allows
//! it), so that the document cannot fall behind the code.

use serde_json::Value;

pub struct OpenApi {
    pub doc: Value,
}

fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn type_matches(want: &str, v: &Value) -> bool {
    let got = type_of(v);
    got == want || (want == "number" && got == "integer")
}

impl OpenApi {
    pub fn new(doc: Value) -> Self {
        let version = doc["openapi"].as_str().unwrap_or_default();
        assert!(
            version.starts_with("3."),
            "not an OpenAPI 3 document: {version:?}"
        );
        OpenApi { doc }
    }

    /// The schema of the JSON response for `method` `template` `status`;
    /// an error when the operation or status is not documented.
    pub fn response_schema(
        &self,
        method: &str,
        template: &str,
        status: u16,
    ) -> Result<&Value, String> {
        let op = self
            .doc
            .pointer(&format!(
                "/paths/{}/{}",
                escape(template),
                method.to_lowercase()
            ))
            .ok_or_else(|| format!("{method} {template} is not in the OpenAPI document"))?;
        let resp = op["responses"]
            .get(status.to_string())
            .ok_or_else(|| format!("{method} {template}: status {status} is not documented"))?;
        resp.pointer("/content/application~1json/schema")
            .ok_or_else(|| format!("{method} {template} {status}: no application/json schema"))
    }

    /// A named component schema.
    pub fn component(&self, name: &str) -> &Value {
        self.doc
            .pointer(&format!("/components/schemas/{name}"))
            .unwrap_or_else(|| panic!("no component schema {name}"))
    }

    /// Checks a response against the document.
    pub fn check_response(
        &self,
        method: &str,
        template: &str,
        status: u16,
        body: &Value,
    ) -> Result<(), String> {
        let schema = self.response_schema(method, template, status)?;
        self.validate(schema, body, "$")
            .map_err(|e| format!("{method} {template} {status}: {e}"))
    }

    /// Validates `v` against `schema` (the subset of JSON Schema that utoipa emits).
    pub fn validate(&self, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
        match schema {
            Value::Bool(true) => return Ok(()),
            Value::Bool(false) => return Err(format!("{at}: no value allowed here")),
            Value::Object(_) => {}
            other => return Err(format!("{at}: schema is not an object: {other}")),
        }
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let target = r
                .strip_prefix('#')
                .and_then(|p| self.doc.pointer(p))
                .ok_or_else(|| format!("{at}: unresolvable $ref {r}"))?;
            return self.validate(target, v, at);
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for s in all {
                self.validate(s, v, at)?;
            }
        }
        if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
            if !any.iter().any(|s| self.validate(s, v, at).is_ok()) {
                return Err(format!("{at}: matches none of anyOf: {v}"));
            }
        }
        if let Some(one) = schema.get("oneOf").and_then(Value::as_array) {
            let n = one
                .iter()
                .filter(|s| self.validate(s, v, at).is_ok())
                .count();
            if n != 1 {
                return Err(format!(
                    "{at}: matches {n} of oneOf (exactly 1 wanted): {v}"
                ));
            }
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array) {
            if !options.contains(v) {
                return Err(format!("{at}: {v} is not one of {options:?}"));
            }
        }
        match schema.get("type") {
            None => {}
            Some(Value::String(t)) if !type_matches(t, v) => {
                return Err(format!("{at}: expected {t}, found {} ({v})", type_of(v)));
            }
            Some(Value::Array(ts))
                if !ts
                    .iter()
                    .filter_map(Value::as_str)
                    .any(|t| type_matches(t, v)) =>
            {
                return Err(format!(
                    "{at}: expected one of {ts:?}, found {} ({v})",
                    type_of(v)
                ));
            }
            Some(Value::String(_) | Value::Array(_)) => {}
            Some(other) => return Err(format!("{at}: bad type keyword {other}")),
        }
        if let Some(n) = v.as_f64() {
            if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
                if n < min {
                    return Err(format!("{at}: {n} below minimum {min}"));
                }
            }
            if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
                if n > max {
                    return Err(format!("{at}: {n} above maximum {max}"));
                }
            }
        }
        if let Value::Object(obj) = v {
            let props = schema.get("properties").and_then(Value::as_object);
            if let Some(req) = schema.get("required").and_then(Value::as_array) {
                for name in req.iter().filter_map(Value::as_str) {
                    if !obj.contains_key(name) {
                        return Err(format!("{at}: required property {name:?} is missing"));
                    }
                }
            }
            for (k, item) in obj {
                let path = format!("{at}.{k}");
                match props.and_then(|p| p.get(k)) {
                    Some(s) => self.validate(s, item, &path)?,
                    None => match schema.get("additionalProperties") {
                        Some(extra) if extra != &Value::Bool(false) => {
                            self.validate(extra, item, &path)?
                        }
                        _ if props.is_none() && schema.get("type").is_none() => {}
                        _ => return Err(format!("{path}: property not in the schema")),
                    },
                }
            }
        }
        if let Value::Array(items) = v {
            let prefix = schema.get("prefixItems").and_then(Value::as_array);
            for (i, item) in items.iter().enumerate() {
                let path = format!("{at}[{i}]");
                match prefix.and_then(|p| p.get(i)) {
                    Some(s) => self.validate(s, item, &path)?,
                    None => {
                        if let Some(s) = schema.get("items") {
                            self.validate(s, item, &path)?;
                        }
                    }
                }
            }
            if let Some(p) = prefix {
                if items.len() < p.len() && schema.get("minItems").is_none() {
                    return Err(format!(
                        "{at}: {} items, the tuple has {}",
                        items.len(),
                        p.len()
                    ));
                }
            }
        }
        Ok(())
    }
}

/// JSON Pointer escaping of one path segment.
fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_checker_catches_what_it_should() {
        let api = OpenApi::new(json!({
            "openapi": "3.1.0",
            "components": {"schemas": {"P": {"type": "object", "required": ["a"],
                "properties": {"a": {"type": "integer", "minimum": 0}, "b": {"type": ["string", "null"]},
                               "t": {"type": "array", "items": {"type": "array", "items": false,
                                     "prefixItems": [{"type": "string"}, {"type": "number"}]}}}}}}
        }));
        let s = json!({"$ref": "#/components/schemas/P"});
        assert!(api
            .validate(&s, &json!({"a": 1, "b": null, "t": [["x", 0.5]]}), "$")
            .is_ok());
        assert!(
            api.validate(&s, &json!({"b": "x"}), "$").is_err(),
            "required"
        );
        assert!(api.validate(&s, &json!({"a": -1}), "$").is_err(), "minimum");
        assert!(
            api.validate(&s, &json!({"a": 1, "c": 2}), "$").is_err(),
            "unknown property"
        );
        assert!(
            api.validate(&s, &json!({"a": 1, "t": [["x", 0.5, 3]]}), "$")
                .is_err(),
            "tuple length"
        );
        assert!(
            api.validate(&s, &json!({"a": 1, "t": [[1, 0.5]]}), "$")
                .is_err(),
            "tuple type"
        );
    }
}
