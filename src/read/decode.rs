//! Bytes to plain text: the first stage of the pipeline.
//!
//! [`decode`] turns one input file into text with `\n` line ends: UTF-8 with
//! or without a byte-order mark, UTF-16 with a mark, CRLF or LF; invalid
//! UTF-8 is decoded lossily with a warning; binary files (NUL bytes or a
//! known signature such as PDF, PNG or ZIP) and empty files are refused with
//! a reason. HTML keeps only its visible text (see [`crate::read::html`]); Markdown
//! loses its markup. It does not split articles or read dates.

use std::borrow::Cow;
use std::fmt;

/// How the bytes of a file are to be read, from its name and content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Plain,
    /// HTML: visible text only.
    Html,
    /// Markdown: markup removed, front matter title and date kept.
    Markdown,
}

/// Why a file was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No bytes, or only white space.
    Empty,
    /// A known binary signature (the name says which kind of file).
    Binary(&'static str),
    /// NUL bytes in a file without a UTF-16 byte-order mark.
    NulBytes,
    /// A web page given to an engine built without the HTML reader (the
    /// page's engine, when the reader module could not be loaded).
    NoHtmlReader,
    /// What the reader module said of a file it read for the engine.
    Reader(String),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Empty => write!(f, "skipped: the file is empty"),
            Refusal::Binary(kind) => write!(f, "skipped: this is a {kind} file, not text"),
            Refusal::NulBytes => write!(
                f,
                "skipped: the file contains NUL bytes (a binary file, or UTF-16 without a byte-order mark)"
            ),
            Refusal::Reader(message) => f.write_str(message),
            Refusal::NoHtmlReader => write!(
                f,
                "skipped: a web page, and the HTML reader is not loaded in this engine"
            ),
        }
    }
}

/// A decoded file: its text (HTML still HTML) and what was noticed on the
/// way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// Text with `\n` line ends and no byte-order mark.
    pub text: String,
    /// Problems that did not stop decoding (e.g. invalid UTF-8).
    pub warnings: Vec<String>,
}

const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or a .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "Microsoft Office (.doc/.xls)",
    ),
    (b"\x7fELF", "executable (ELF)"),
    (b"MZ", "Windows executable"),
    (b"\0asm", "WebAssembly"),
    (b"SQLite format 3\0", "SQLite database"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg audio"),
    (b"fLaC", "FLAC audio"),
    (b"II*\0", "TIFF image"),
    (b"MM\0*", "TIFF image"),
    (b"\0\0\x01\0", "icon image"),
    (b"{\\rtf", "RTF document"),
];

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" {
        return Some(match &bytes[8..12] {
            b"WEBP" => "WebP image",
            b"WAVE" => "WAV audio",
            b"AVI " => "AVI video",
            _ => "RIFF media",
        });
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4/QuickTime media");
    }
    SIGNATURES
        .iter()
        .find(|(sig, _)| bytes.starts_with(sig))
        .map(|(_, kind)| *kind)
}

/// The format a file is read as: by extension (`.html`, `.htm`, `.md`,
/// `.markdown`), else HTML when the text starts with a doctype or `<html`.
pub fn format_of(name: &str, text: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    let head: String = text
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        Format::Html
    } else {
        Format::Plain
    }
}

fn utf16(bytes: &[u8], little: bool) -> String {
    let units = bytes.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Normalises line ends to `\n` (CRLF and lone CR) and removes a leading
/// BOM; borrows when there is nothing to change.
fn normalise_newlines(text: Cow<'_, str>) -> Cow<'_, str> {
    let bom = text.starts_with('\u{feff}');
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return match text {
            Cow::Borrowed(t) if bom => Cow::Borrowed(&t[3..]),
            t if bom => Cow::Owned(t[3..].to_string()),
            t => t,
        };
    }
    let t = if bom { &text[3..] } else { &text[..] };
    Cow::Owned(t.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Decodes the bytes of the file `name` to text, or says why it cannot be
/// used. Never panics; bytes that are not valid in the encoding read become
/// U+FFFD with a warning.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, Refusal> {
    let (text, warnings) = decode_borrowed(name, bytes)?;
    Ok(Decoded {
        text: text.into_owned(),
        warnings,
    })
}

/// [`decode`], borrowing the text from `bytes` when they are plain UTF-8
/// text with `\n` line ends (most files): the reader copies each page once
/// less.
pub(crate) fn decode_borrowed<'a>(
    name: &str,
    bytes: &'a [u8],
) -> Result<(Cow<'a, str>, Vec<String>), Refusal> {
    let mut warnings = Vec::new();
    let raw = if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        Cow::Owned(utf16(rest, true))
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        Cow::Owned(utf16(rest, false))
    } else {
        if let Some(kind) = binary_kind(bytes) {
            return Err(Refusal::Binary(kind));
        }
        if memchr::memchr(0, bytes).is_some() {
            return without_stray_nuls(name, bytes);
        }
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        // Valid UTF-8 is UTF-8 whatever a page declares: a page saved by a
        // browser or a scraper is re-encoded, its meta left as it was
        // (multi-byte UTF-8 hardly ever happens in another encoding).
        match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(e) => {
                let html = format_of_bytes(name, bytes) == Format::Html;
                match legacy::declared(bytes, html) {
                    Some(text) => text,
                    None => legacy::guess(bytes, e.valid_up_to(), &mut warnings),
                }
            }
        }
    };
    let text = normalise_newlines(raw);
    if text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    Ok((text, warnings))
}

/// A file with NUL bytes: refused when they are many (one byte in a
/// hundred or more: UTF-16 without a mark, or a binary file of a kind not
/// known by its signature), all in every other byte (UTF-16 in a script
/// of its own) or the first byte is one; otherwise they are stray bytes
/// in a text (a saved page can hold a few, where an ad's markup was cut),
/// dropped with a warning, as a browser drops them from a page's text.
fn without_stray_nuls<'a>(
    name: &str,
    bytes: &[u8],
) -> Result<(Cow<'a, str>, Vec<String>), Refusal> {
    let (mut nuls, mut odd) = (0usize, 0usize);
    for at in memchr::memchr_iter(0, bytes) {
        nuls += 1;
        odd += at & 1;
    }
    // (UTF-16 without a mark in a script of its own has few NULs, but all
    // in every other byte: those of its spaces and punctuation.)
    let one_parity = nuls >= 4 && (odd == 0 || odd == nuls);
    if bytes.first() == Some(&0) || nuls * 100 >= bytes.len() || one_parity {
        return Err(Refusal::NulBytes);
    }
    let clean: Vec<u8> = bytes.iter().copied().filter(|&b| b != 0).collect();
    let (text, more) = decode_borrowed(name, &clean)?;
    let mut warnings = vec![format!(
        "{nuls} NUL byte{} (stray, in a text) left out",
        if nuls == 1 { "" } else { "s" }
    )];
    warnings.extend(more);
    Ok((Cow::Owned(text.into_owned()), warnings))
}

/// [`format_of`] on the first bytes of a file.
fn format_of_bytes(name: &str, bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(64)];
    format_of(name, &String::from_utf8_lossy(head))
}

/// Legacy encodings, with the HTML reader's crates.
#[cfg(feature = "html")]
mod legacy {
    use std::borrow::Cow;

    /// The text of a web page whose `<meta>` declares an encoding other
    /// than UTF-8, decoded in it (as a browser does, in the first 1,024
    /// bytes); `None` for UTF-8, for other files and when nothing is
    /// declared.
    pub(super) fn declared(bytes: &[u8], html: bool) -> Option<Cow<'_, str>> {
        if !html {
            return None;
        }
        let encoding = super::meta_charset(&bytes[..bytes.len().min(1024)])
            .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))?;
        // UTF-16 declared in a page that has no UTF-16 mark is UTF-8 (the
        // HTML standard's rule); x-user-defined is windows-1252 (ditto).
        if encoding == encoding_rs::UTF_8
            || encoding == encoding_rs::UTF_16LE
            || encoding == encoding_rs::UTF_16BE
        {
            return None;
        }
        let encoding = if encoding == encoding_rs::X_USER_DEFINED {
            encoding_rs::WINDOWS_1252
        } else {
            encoding
        };
        Some(encoding.decode_without_bom_handling(bytes).0)
    }

    /// Text that is not valid UTF-8 and declares nothing: decoded in the
    /// encoding its bytes suggest, with a warning naming it.
    pub(super) fn guess<'a>(
        bytes: &'a [u8],
        bad_at: usize,
        warnings: &mut Vec<String>,
    ) -> Cow<'a, str> {
        // UTF-8 with a few bad bytes stays UTF-8: its other characters
        // would all be wrong in a legacy encoding. (Text in a legacy
        // encoding seldom holds a valid UTF-8 sequence by chance.)
        let (mut good, mut bad) = (0usize, 0usize);
        for chunk in bytes.utf8_chunks() {
            good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
            bad += usize::from(!chunk.invalid().is_empty());
        }
        if good >= bad {
            let text = String::from_utf8_lossy(bytes);
            warnings.push(format!(
                "not valid UTF-8 (first bad byte at offset {bad_at}); {bad} invalid sequence(s) shown as \u{fffd}"
            ));
            return text;
        }
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
        let (text, bad) = encoding.decode_without_bom_handling(bytes);
        warnings.push(format!(
            "not valid UTF-8 (first bad byte at offset {bad_at}); read as {}, the encoding its bytes suggest{}",
            encoding.name(),
            if bad { ", with some bytes shown as \u{fffd}" } else { "" }
        ));
        text
    }
}

/// Without the HTML reader's crates: no declared encodings are read, and
/// invalid UTF-8 is decoded lossily.
#[cfg(not(feature = "html"))]
mod legacy {
    use std::borrow::Cow;

    pub(super) fn declared(_: &[u8], _: bool) -> Option<Cow<'_, str>> {
        None
    }

    pub(super) fn guess<'a>(
        bytes: &'a [u8],
        bad_at: usize,
        warnings: &mut Vec<String>,
    ) -> Cow<'a, str> {
        let text = String::from_utf8_lossy(bytes);
        let bad = text.matches(char::REPLACEMENT_CHARACTER).count();
        warnings.push(format!(
            "not valid UTF-8 (first bad byte at offset {bad_at}); {bad} invalid sequence(s) shown as \u{fffd}"
        ));
        text
    }
}

/// Whether the bytes of `name` need the HTML reader's crates: a web page,
/// or text that is not UTF-8 (the page's engine, built without them, hands
/// such files to the reader module).
pub fn needs_html_reader(name: &str, bytes: &[u8]) -> bool {
    // (Bytes the reader already read start with a NUL.)
    if bytes.starts_with(b"\xff\xfe")
        || bytes.starts_with(b"\xfe\xff")
        || bytes.first() == Some(&0)
        || binary_kind(bytes).is_some()
    {
        return false;
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    format_of_bytes(name, bytes) == Format::Html || std::str::from_utf8(bytes).is_err()
}

#[cfg_attr(not(feature = "html"), allow(dead_code))]
/// The encoding label a `<meta charset=…>` or `<meta http-equiv=
/// "Content-Type" content="…; charset=…">` gives in `head` (the HTML
/// standard's prescan, simplified: attributes are read in any order,
/// comments skipped).
fn meta_charset(head: &[u8]) -> Option<String> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut at = 0;
    while at < lower.len() {
        if lower[at..].starts_with(b"<!--") {
            at = memchr::memmem::find(&lower[at + 4..], b"-->")
                .map_or(lower.len(), |e| at + 4 + e + 3);
            continue;
        }
        if lower[at..].starts_with(b"<meta")
            && lower
                .get(at + 5)
                .is_some_and(|c| c.is_ascii_whitespace() || *c == b'/')
        {
            let end = memchr::memchr(b'>', &lower[at..]).map_or(lower.len(), |e| at + e);
            let tag = &lower[at + 5..end];
            if let Some(i) = memchr::memmem::find(tag, b"charset") {
                let rest = &tag[i + 7..];
                let rest = rest.trim_ascii_start();
                if let Some(rest) = rest.strip_prefix(b"=") {
                    let rest = rest.trim_ascii_start();
                    let rest = rest
                        .strip_prefix(b"\"")
                        .or_else(|| rest.strip_prefix(b"'"))
                        .unwrap_or(rest);
                    let label: Vec<u8> = rest
                        .iter()
                        .copied()
                        .take_while(|c| {
                            !matches!(c, b'"' | b'\'' | b';' | b'/' | b'>')
                                && !c.is_ascii_whitespace()
                        })
                        .collect();
                    if !label.is_empty() {
                        return String::from_utf8(label).ok();
                    }
                }
            }
            at = end;
            continue;
        }
        at += 1;
    }
    None
}

/// Markdown to plain lines: front matter `title:`/`date:` become the first
/// lines, heading marks, emphasis, link and image syntax, list bullets and
/// block quotes are removed. Code is kept as text.
pub fn markdown_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut lines = md.lines().peekable();
    if lines.peek().is_some_and(|l| l.trim() == "---") {
        lines.next();
        let mut front = Vec::new();
        for l in lines.by_ref() {
            if l.trim() == "---" || l.trim() == "..." {
                break;
            }
            front.push(l);
        }
        for key in ["title", "date"] {
            if let Some(v) = front.iter().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                (k.trim().eq_ignore_ascii_case(key)).then(|| v.trim().trim_matches(['"', '\'']))
            }) {
                out.push_str(v);
                out.push_str("\n\n");
            }
        }
    }
    for line in lines {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            continue;
        }
        if !t.is_empty() && t.chars().all(|c| matches!(c, '-' | '*' | '_' | '=' | ' ')) {
            out.push('\n');
            continue;
        }
        let t = t.trim_start_matches('>').trim_start();
        let t = t.trim_start_matches('#').trim_start();
        let t = strip_bullet(t);
        out.push_str(&inline_markdown(t));
        out.push('\n');
    }
    out
}

fn strip_bullet(t: &str) -> &str {
    for b in ["- ", "* ", "+ "] {
        if let Some(rest) = t.strip_prefix(b) {
            return rest;
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") ")) {
        return &t[digits + 2..];
    }
    t
}

/// The longest link address [`inline_markdown`] looks for the end of.
const MAX_ADDRESS: usize = 2048;

/// `![alt](src)` → nothing, `[text](url)` → text, `**b**`/`__b__`/`` `c` `` →
/// their text. Single `*`/`_` are kept (they are often literal).
fn inline_markdown(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(pos) = rest.find(['[', '!', '*', '_', '`']) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        // A link's text runs to the first `]` (a `[` before it: no link) and
        // its address to the first `)` within MAX_ADDRESS bytes, before the
        // line's end or a `[`: every `[` looks no further than the next
        // bracket, so the time stays linear however many `[` a line holds.
        let link = |s: &str| -> Option<(String, usize)> {
            let close = 1 + s[1..].find(['[', ']'])?;
            if !s[close..].starts_with("](") {
                return None;
            }
            let address = s.as_bytes()[close + 2..].iter().take(MAX_ADDRESS);
            let end = close
                + 2
                + address
                    .take_while(|&&b| b != b'\n' && b != b'[')
                    .position(|&b| b == b')')?;
            Some((s[1..close].to_string(), end + 1))
        };
        if tail.starts_with("![") {
            if let Some((_, used)) = link(&tail[1..]) {
                rest = &tail[1 + used..];
                continue;
            }
        } else if tail.starts_with('[') {
            if let Some((text, used)) = link(tail) {
                out.push_str(&text);
                rest = &tail[used..];
                continue;
            }
        } else if tail.starts_with("**") || tail.starts_with("__") || tail.starts_with('`') {
            let mark = if tail.starts_with('`') { 1 } else { 2 };
            rest = &tail[mark..];
            continue;
        }
        let c = tail.chars().next().map_or(1, char::len_utf8);
        out.push_str(&tail[..c]);
        rest = &tail[c..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom_and_any_line_ends_decode_alike() {
        let want = "Título\nline two\nline three\n";
        for bytes in [
            "Título\nline two\nline three\n".as_bytes().to_vec(),
            "\u{feff}Título\r\nline two\r\nline three\r\n"
                .as_bytes()
                .to_vec(),
            "Título\rline two\rline three\r".as_bytes().to_vec(),
        ] {
            let d = decode("a.txt", &bytes).expect("decodes");
            assert_eq!(d.text, want);
            assert!(d.warnings.is_empty());
        }
    }

    #[test]
    fn plain_utf8_text_is_borrowed_and_anything_else_decoded_alike() {
        let borrowed =
            |bytes: &[u8]| matches!(decode_borrowed("a.txt", bytes), Ok((Cow::Borrowed(_), _)));
        assert!(borrowed(b"plain\nlines\n") && borrowed("\u{feff}Título\n".as_bytes()));
        assert!(!borrowed(b"crlf\r\n") && !borrowed(b"bad \xe1 byte"));
        for bytes in [
            &b"plain\nlines\n"[..],
            "\u{feff}\u{feff}Título\r\n".as_bytes(),
            b"\xef\xbb\xbfbad \xe1 byte\r",
            b"  \n",
        ] {
            let owned = decode("a.txt", bytes);
            let cow = decode_borrowed("a.txt", bytes).map(|(t, w)| Decoded {
                text: t.into_owned(),
                warnings: w,
            });
            assert_eq!(owned, cow, "{bytes:?}");
        }
        assert_eq!(
            decode("a.txt", "\u{feff}x".as_bytes()).map(|d| d.text),
            Ok("x".into())
        );
    }

    #[test]
    fn utf16_with_bom_decodes() {
        let mut le = vec![0xff, 0xfe];
        le.extend("Bogotá\r\nok".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode("a.txt", &le).expect("le").text, "Bogotá\nok");
        let mut be = vec![0xfe, 0xff];
        be.extend("Bogotá".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode("a.txt", &be).expect("be").text, "Bogotá");
    }

    #[test]
    #[cfg(feature = "html")]
    fn text_in_a_legacy_encoding_is_decoded_in_the_encoding_its_bytes_suggest() {
        // Latin-1 / windows-1252: a French and a Spanish line.
        let d = decode(
            "latin1.txt",
            b"Caf\xe9 cr\xe8me \xe0 la fran\xe7aise, d\xe9j\xe0 servi.\nEl ni\xf1o comi\xf3 en Bogot\xe1.\n",
        )
        .expect("decodes");
        assert_eq!(
            d.text,
            "Café crème à la française, déjà servi.\nEl niño comió en Bogotá.\n"
        );
        assert_eq!(d.warnings.len(), 1);
        assert!(
            d.warnings[0].contains("not valid UTF-8") && d.warnings[0].contains("windows-1252"),
            "{:?}",
            d.warnings
        );
        assert!(d.warnings[0].contains("offset 3"), "{:?}", d.warnings);
        // Shift_JIS: 東京の天気は晴れです。
        let sjis = b"\x93\x8c\x8b\x9e\x82\xcc\x93\x56\x8b\x43\x82\xcd\x90\xb0\x82\xea\x82\xc5\x82\xb7\x81\x42\n";
        let d = decode("tokyo.txt", sjis).expect("decodes");
        assert_eq!(d.text, "東京の天気は晴れです。\n");
        assert!(d.warnings[0].contains("Shift_JIS"), "{:?}", d.warnings);
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8_with_a_warning() {
        let d = decode(
            "a.txt",
            "Bogotá y Medellín: la reunión terminó sin acuerdo. \u{fe}"
                .as_bytes()
                .iter()
                .copied()
                .chain(*b"\xff end\n")
                .collect::<Vec<u8>>()
                .as_slice(),
        )
        .expect("decodes");
        assert!(d.text.starts_with("Bogotá y Medellín"), "{}", d.text);
        assert!(d.text.contains('\u{fffd}'));
        assert!(
            d.warnings[0].contains("not valid UTF-8"),
            "{:?}",
            d.warnings
        );
    }

    #[test]
    #[cfg(feature = "html")]
    fn a_web_page_is_decoded_as_its_meta_charset_says() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\
                     </head><body><p>Caf\xe9 \x93news\x94</p></body></html>";
        let d = decode("page.html", page).expect("decodes");
        assert!(d.text.contains("Café “news”"), "{}", d.text);
        assert!(
            d.warnings.is_empty(),
            "declared, so no warning: {:?}",
            d.warnings
        );
        // windows-1251 Cyrillic, declared the HTML5 way.
        let page = b"<!doctype html><meta charset=\"windows-1251\"><p>\xcc\xee\xf1\xea\xe2\xe0</p>";
        assert!(
            decode("ru.html", page)
                .expect("decodes")
                .text
                .contains("Москва")
        );
        // Valid UTF-8 is UTF-8 whatever the page declares (a saved page is
        // re-encoded, its meta kept).
        for label in ["utf-8", "utf-16", "gb2312", "iso-8859-1"] {
            let page = format!("<meta charset={label}><p>Bogotá 北京</p>");
            assert!(
                decode("p.html", page.as_bytes())
                    .expect("decodes")
                    .text
                    .contains("Bogotá 北京")
            );
        }
        // A declared UTF-16 without its mark is UTF-8 (the HTML standard).
        let page = b"<meta charset=utf-16><p>Bogot\xc3\xa1 \xff</p>";
        assert!(
            decode("p.html", page)
                .expect("decodes")
                .text
                .contains("Bogotá")
        );
        // Only the page's head is looked at, and only in web pages.
        assert_eq!(
            meta_charset(b"<!-- <meta charset=koi8-r> --><meta charset='gbk'>").as_deref(),
            Some("gbk")
        );
        assert!(
            decode("a.txt", b"<meta charset=iso-8859-1> Bogot\xc3\xa1")
                .expect("text")
                .text
                .contains("Bogotá")
        );
    }

    #[test]
    fn what_needs_the_html_reader() {
        assert!(needs_html_reader("a.html", b"<p>x</p>"));
        assert!(needs_html_reader("a.txt", b"<!DOCTYPE html><p>x</p>"));
        assert!(needs_html_reader("a.txt", b"Caf\xe9"));
        assert!(!needs_html_reader("a.txt", "Café".as_bytes()));
        assert!(!needs_html_reader("a.md", b"# Title"));
        assert!(!needs_html_reader("a.pdf", b"%PDF-1.4 \xff"));
        assert!(!needs_html_reader("a.html", b"\0DLP\0"), "read already");
    }

    #[test]
    fn binary_and_empty_files_are_refused_with_a_reason() {
        assert_eq!(
            decode("a.pdf", b"%PDF-1.7\n..."),
            Err(Refusal::Binary("PDF"))
        );
        assert_eq!(
            decode("x.txt", b"\x89PNG\r\n\x1a\n\0\0"),
            Err(Refusal::Binary("PNG image"))
        );
        assert!(matches!(
            decode("x.txt", b"PK\x03\x04abc"),
            Err(Refusal::Binary(_))
        ));
        assert_eq!(decode("x.txt", b"text\0more"), Err(Refusal::NulBytes));
        assert_eq!(decode("x.txt", b"\0DLP and text"), Err(Refusal::NulBytes));
        // UTF-16 without a mark: a NUL in every other byte.
        let utf16: Vec<u8> = "Text with no mark. "
            .repeat(20)
            .bytes()
            .flat_map(|b| [b, 0])
            .collect();
        assert_eq!(decode("x.txt", &utf16), Err(Refusal::NulBytes));
        // In Chinese, the NULs of its few ASCII characters only.
        let chinese: Vec<u8> = "中文的句子，没有标记。 "
            .repeat(40)
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode("x.txt", &chinese), Err(Refusal::NulBytes));
        assert_eq!(decode("x.txt", b""), Err(Refusal::Empty));
        assert_eq!(decode("x.txt", b"  \r\n\t\n"), Err(Refusal::Empty));
        assert_eq!(decode("x.html", b" \n "), Err(Refusal::Empty));
        let msg = Refusal::Binary("PDF").to_string();
        assert!(msg.contains("PDF") && msg.contains("not text"), "{msg}");
    }

    #[test]
    fn a_few_stray_nul_bytes_in_a_long_text_are_left_out_with_a_warning() {
        // A saved page where an ad's markup was cut holds a run of NULs.
        let mut page = b"<p>Le juicio entra en su recta final.</p>\n".repeat(40);
        let mut expected = page.clone();
        expected.splice(300..300, *b"<img src=a.gif>");
        page.splice(300..300, *b"<img src=a.gif>\0\0\0\0\0\0\0\0");
        let decoded = decode("page.html", &page).expect("read");
        assert_eq!(decoded.text.as_bytes(), expected);
        assert_eq!(
            decoded.warnings,
            ["8 NUL bytes (stray, in a text) left out"]
        );
    }

    #[test]
    fn html_is_detected_by_extension_or_doctype() {
        assert_eq!(format_of("a.HTM", "hi"), Format::Html);
        assert_eq!(format_of("a.txt", "  <!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(format_of("a.txt", "Plain <b>text</b>"), Format::Plain);
        assert_eq!(format_of("notes.md", "# x"), Format::Markdown);
        let d = decode("page.html", b"<p>Caf&eacute; &amp; news</p>").expect("html");
        assert_eq!(d.text, "<p>Caf&eacute; &amp; news</p>", "decoded, not read");
    }

    #[test]
    fn markdown_links_read_as_their_text_and_brackets_stay_as_written() {
        for (md, want) in [
            ("[the report](https://x.org/a_(b)) said", "the report) said"),
            (
                "see [the report](https://x.org/r \"Title\") now",
                "see the report now",
            ),
            ("[[nested]](u) and [a] [b](c)", "[[nested]](u) and [a] b"),
            ("![a map](m.png) [x](", " [x]("),
            ("[open [x](u)", "[open x"),
            ("a [b](no end\n[c](d)", "a [b](no end\nc"),
        ] {
            assert_eq!(inline_markdown(md), want, "{md:?}");
        }
        // An address longer than MAX_ADDRESS is no link.
        let long = format!("[t]({})", "a".repeat(MAX_ADDRESS + 1));
        assert_eq!(inline_markdown(&long), long);
    }

    #[test]
    fn markdown_loses_markup_and_keeps_front_matter() {
        let md = "---\ntitle: \"Rally in Bogotá\"\ndate: 2026-01-07\nauthor: x\n---\n\
                  # Heading\n\nSome **bold** and [a link](http://x.y) text.\n\
                  ![photo](p.jpg)\n- item one\n1. first\n> quoted\n\n---\n";
        let t = markdown_text(md);
        let lines: Vec<&str> = t.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            lines,
            [
                "Rally in Bogotá",
                "2026-01-07",
                "Heading",
                "Some bold and a link text.",
                "item one",
                "first",
                "quoted"
            ]
        );
    }
}
