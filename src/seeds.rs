//! The bundled corpus: the five seed pages and their sidecar, compiled into
//! the library. This is the one place that embeds them.

use crate::read::corpus::SourceFile;

const FILES: &[(&str, &[u8])] = &[
    (
        "000_fcf66e28ab17d17e.txt",
        include_bytes!("../seeds/000_fcf66e28ab17d17e.txt"),
    ),
    (
        "001_d64706cff6155e23.txt",
        include_bytes!("../seeds/001_d64706cff6155e23.txt"),
    ),
    (
        "002_5054c4fb9e4911b4.txt",
        include_bytes!("../seeds/002_5054c4fb9e4911b4.txt"),
    ),
    (
        "003_d266aa3ed433b410.txt",
        include_bytes!("../seeds/003_d266aa3ed433b410.txt"),
    ),
    (
        "004_a1e41ab944e51419.txt",
        include_bytes!("../seeds/004_a1e41ab944e51419.txt"),
    ),
    ("corpus.toml", include_bytes!("../seeds/corpus.toml")),
    ("entities.toml", ENTITIES.as_bytes()),
];

/// The bundled entities.toml: the list used for a corpus that brings none.
pub const ENTITIES: &str = include_str!("../seeds/entities.toml");

/// The bundled files, named as in `seeds/`.
pub fn files() -> Vec<SourceFile> {
    FILES
        .iter()
        .map(|(name, bytes)| SourceFile {
            name: (*name).to_string(),
            bytes: bytes.to_vec(),
        })
        .collect()
}
