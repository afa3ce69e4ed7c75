//! Gzip bodies joined from pieces compressed at different times.
//!
//! A kept page is compressed once, with holes where per-request values go
//! (the CSRF token, the reader's name). Serving it writes a gzip header, the
//! kept deflate bytes of each piece, each value as a stored block, an empty
//! final block, and a trailer whose CRC-32 is combined from the pieces' own.
//! No byte of the page is compressed again per request.
//!
//! Pieces are compressed as one deflate stream, each ending with a sync flush
//! so it stops on a byte boundary and can be followed by anything. A hole of
//! known width (a CSRF token is always 43 bytes) is fed to the compressor as
//! that many NUL bytes, and the bytes it produced are dropped: later pieces
//! may refer back across the hole (its width is the same at serving time, so
//! distances hold), and no match can begin inside it, since the HTML around
//! it never contains NUL. A hole of unknown width (a name) restarts the
//! stream, so nothing after it refers back past it.

use flate2::{Compress, Compression, Crc, FlushCompress};

/// Gzip's fixed header: deflate, no name, no time, unknown OS.
const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
/// An empty final block with fixed Huffman codes: ends the stream.
const FINAL_BLOCK: [u8; 2] = [0x03, 0x00];

/// One piece of text and its deflate bytes (ending on a byte boundary).
pub struct Deflated {
    pub raw: Box<str>,
    deflate: Box<[u8]>,
    crc: Crc,
}

impl Deflated {
    /// Bytes it occupies in memory, for the cache's budget.
    pub fn weight(&self) -> usize {
        self.raw.len() + self.deflate.len()
    }
}

/// What to compress: text, or a hole for a per-request value.
pub enum Segment<'a> {
    Text(&'a str),
    /// A value of this exact width in bytes, or of any width (`None`).
    Hole(Option<usize>),
}

/// Compresses `segments` at `level` (0–9); returns one `Deflated` per text
/// segment, in order.
pub fn compress(segments: &[Segment<'_>], level: u32) -> Vec<Deflated> {
    let mut c = Compress::new(Compression::new(level), false);
    let mut out = Vec::new();
    for s in segments {
        match s {
            Segment::Text(text) => out.push(Deflated {
                raw: (*text).into(),
                deflate: flush(&mut c, text.as_bytes()).into_boxed_slice(),
                crc: crc_of(text.as_bytes()),
            }),
            Segment::Hole(Some(width)) => {
                // Keep the window aligned with what the reader will get.
                let _ = flush(&mut c, &vec![0u8; *width]);
            }
            Segment::Hole(None) => c.reset(),
        }
    }
    out
}

/// Compresses `input` and sync-flushes, returning the bytes produced.
fn flush(c: &mut Compress, input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 3 + 64);
    let start = c.total_in();
    loop {
        let done = (c.total_in() - start) as usize;
        // Compressing into a Vec cannot fail: the stream is ours and whole.
        let _ = c.compress_vec(&input[done..], &mut out, FlushCompress::Sync);
        // The flush is complete once all input is in and the compressor
        // stopped short of filling the buffer.
        if (c.total_in() - start) as usize == input.len() && out.len() < out.capacity() {
            return out;
        }
        out.reserve(out.capacity().max(256));
    }
}

fn crc_of(bytes: &[u8]) -> Crc {
    let mut crc = Crc::new();
    crc.update(bytes);
    crc
}

/// A piece of a body being served.
pub enum Chunk<'a> {
    Kept(&'a Deflated),
    Value(&'a [u8]),
}

/// The gzip body of `chunks` in order.
pub fn join<'a>(chunks: impl IntoIterator<Item = Chunk<'a>>, size_hint: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size_hint + 32);
    out.extend_from_slice(&HEADER);
    let mut crc = Crc::new();
    for chunk in chunks {
        match chunk {
            Chunk::Kept(d) => {
                out.extend_from_slice(&d.deflate);
                crc.combine(&d.crc);
            }
            Chunk::Value(bytes) => {
                stored(&mut out, bytes);
                crc.update(bytes);
            }
        }
    }
    out.extend_from_slice(&FINAL_BLOCK);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&crc.amount().to_le_bytes());
    out
}

/// `bytes` as stored (uncompressed) deflate blocks; starts and ends on a
/// byte boundary, as every kept piece does.
fn stored(out: &mut Vec<u8>, bytes: &[u8]) {
    for block in bytes.chunks(u16::MAX as usize) {
        let len = block.len() as u16;
        out.push(0); // not final, stored; the rest of the byte is padding
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Read;

    fn gunzip(bytes: &[u8]) -> String {
        let mut s = String::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut s)
            .expect("a valid gzip stream");
        s
    }

    /// Compresses `texts` with a fixed-width hole between each pair and
    /// serves them with `value` in every hole.
    fn round_trip(texts: &[&str], width: Option<usize>, value: &str) -> (String, Vec<u8>) {
        let mut segs = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            if i > 0 {
                segs.push(Segment::Hole(width));
            }
            segs.push(Segment::Text(t));
        }
        let kept = compress(&segs, 6);
        let mut chunks = Vec::new();
        for (i, k) in kept.iter().enumerate() {
            if i > 0 {
                chunks.push(Chunk::Value(value.as_bytes()));
            }
            chunks.push(Chunk::Kept(k));
        }
        let body = join(chunks, 0);
        (gunzip(&body), body)
    }

    #[test]
    fn a_page_with_tokens_decompresses_to_the_page_with_those_tokens() {
        let token = "a".repeat(43);
        let form = "<form method=post><input name=csrf value=\"";
        let texts = [
            form,
            "\"><button>Go</button></form>",
            "\"></form><p>end</p>",
        ];
        let (page, _) = round_trip(&texts, Some(43), &token);
        assert_eq!(page, texts.join(&token));
    }

    #[test]
    fn repeated_markup_across_holes_still_compresses() {
        let row = "<li><form method=\"post\" action=\"/capacity/exchanges\"><input type=\"hidden\" name=\"csrf\" value=\"";
        let texts: Vec<&str> = std::iter::repeat_n(row, 40).collect();
        let token = "Z".repeat(43);
        let (page, body) = round_trip(&texts, Some(43), &token);
        assert_eq!(page, texts.join(&token));
        // References across the holes keep it far smaller than pieces
        // compressed each on its own (tokens are stored as they are).
        let (_, apart) = round_trip(&texts, None, &token);
        assert!(
            body.len() * 10 < apart.len() * 7,
            "{} bytes joined, {} apart",
            body.len(),
            apart.len()
        );
    }

    #[test]
    fn a_hole_of_any_width_restarts_the_stream() {
        let texts = ["<h1>Welcome back, ", "!</h1><p>Welcome back</p>"];
        for name in ["", "A", "Ngozi Okonjo-Iweala", "أمينة"] {
            let (page, _) = round_trip(&texts, None, name);
            assert_eq!(page, texts.join(name));
        }
    }

    #[test]
    fn long_values_span_several_stored_blocks() {
        let big = "x".repeat(70_000);
        let (page, _) = round_trip(&["<p>", "</p>"], None, &big);
        assert_eq!(page.len(), 70_007);
    }

    proptest! {
        #[test]
        fn any_pieces_and_values_round_trip(
            texts in prop::collection::vec("[ -~é\u{627}-\u{64a}\n]{0,400}", 1..6),
            value in "[A-Za-z0-9_-]{43}",
        ) {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let (fixed, _) = round_trip(&refs, Some(43), &value);
            prop_assert_eq!(fixed, refs.join(&value));
            let (any, _) = round_trip(&refs, None, &value[..7]);
            prop_assert_eq!(any, refs.join(&value[..7]));
        }
    }
}
