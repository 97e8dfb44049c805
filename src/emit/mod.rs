//! Output formats. Only this module knows CycloneDX or any other wire format: each format owns its
//! serde types and renders a [`Report`](crate::report::Report).

pub mod cyclonedx;
pub mod html;
pub mod sarif;
pub mod summary;

/// The output formats `--format` accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CycloneDX JSON (the default).
    CycloneDx,
    /// A readable terminal report.
    Summary,
    /// SARIF 2.1.0.
    Sarif,
    /// A self-contained HTML report.
    Html,
}
