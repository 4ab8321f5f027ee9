//! The OpenAPI 3 document, generated from the handlers' annotations and the
//! request and response types themselves, served at `/openapi.json`.

use axum::Json;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::error::{ErrorBody, ErrorDetail};
use super::handlers;

/// The API's description.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "valuematch",
        description = "Influencer matching by value alignment: ranks creators by how consistently their own words show a brand's values (never by follower count) and explains every match.",
        license(name = "MIT")
    ),
    paths(
        handlers::search,
        handlers::creator,
        handlers::similar,
        handlers::values,
        handlers::healthz,
        handlers::import,
    ),
    components(schemas(ErrorBody, ErrorDetail)),
    modifiers(&BearerKey),
    tags(
        (name = "search", description = "Rank creators for a brand statement"),
        (name = "creators", description = "Creator profiles and lookalikes"),
        (name = "values", description = "The value taxonomy"),
        (name = "import", description = "Add creators (needs the API key)"),
        (name = "service", description = "Health"),
    )
)]
pub struct ApiDoc;

struct BearerKey;

impl Modify for BearerKey {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// `GET /openapi.json`.
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
