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
///
/// A value written before (a page's forms each carry the same CSRF token)
/// is written again as a reference back to its first copy, when that is
/// within deflate's window: a few bytes instead of the value itself.
pub fn join<'a>(chunks: impl IntoIterator<Item = Chunk<'a>>, size_hint: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size_hint + 32);
    out.extend_from_slice(&HEADER);
    let mut crc = Crc::new();
    // Values written so far and where their copy began (uncompressed).
    let mut written: Vec<(&[u8], u64)> = Vec::new();
    for chunk in chunks {
        match chunk {
            Chunk::Kept(d) => {
                out.extend_from_slice(&d.deflate);
                crc.combine(&d.crc);
            }
            Chunk::Value(bytes) => {
                let at = u64::from(crc.amount());
                let earlier = written
                    .iter()
                    .rev()
                    .find(|(v, _)| *v == bytes)
                    .map(|(_, from)| at - from);
                match earlier {
                    Some(distance) if backref(&mut out, bytes.len(), distance) => {}
                    _ => {
                        stored(&mut out, bytes);
                        if (MIN_MATCH..=MAX_MATCH).contains(&bytes.len()) {
                            written.push((bytes, at));
                        }
                    }
                }
                crc.update(bytes);
            }
        }
    }
    out.extend_from_slice(&FINAL_BLOCK);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&crc.amount().to_le_bytes());
    out
}

/// Deflate's shortest and longest match, and its window.
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
const WINDOW: u64 = 32_768;

/// Deflate bits, least significant first, as RFC 1951 writes them.
struct Bits<'a> {
    out: &'a mut Vec<u8>,
    acc: u32,
    n: u32,
}

impl Bits<'_> {
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= value << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code: its bits go most significant first.
    fn code(&mut self, code: u32, len: u32) {
        let reversed = code.reverse_bits() >> (32 - len);
        self.put(reversed, len);
    }

    /// Ends on a byte boundary with an empty stored block (a sync flush).
    fn align(mut self) {
        self.put(0, 3); // not final, stored
        if self.n > 0 {
            self.put(0, 8 - self.n);
        }
        self.out.extend_from_slice(&[0, 0, 0xff, 0xff]);
    }
}

/// (code, extra bits, base) of a match length (RFC 1951, 3.2.5).
fn length_code(len: usize) -> (u32, u32, usize) {
    const BASES: [usize; 29] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
        131, 163, 195, 227, 258,
    ];
    const EXTRA: [u32; 29] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ];
    let i = if len == 258 {
        28
    } else {
        BASES.iter().rposition(|b| *b <= len).unwrap_or(0).min(27)
    };
    (257 + i as u32, EXTRA[i], BASES[i])
}

/// (code, extra bits, base) of a match distance.
fn distance_code(d: u64) -> (u32, u32, u64) {
    const BASES: [u64; 30] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
        2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ];
    let i = BASES.iter().rposition(|b| *b <= d).unwrap_or(0);
    let extra = if i < 4 { 0 } else { (i as u32 - 2) / 2 };
    (i as u32, extra, BASES[i])
}

/// Writes "copy `len` bytes from `distance` back" as one block with fixed
/// Huffman codes, ending on a byte boundary; false (nothing written) when
/// the copy is out of deflate's reach.
fn backref(out: &mut Vec<u8>, len: usize, distance: u64) -> bool {
    if !(MIN_MATCH..=MAX_MATCH).contains(&len) || distance == 0 || distance > WINDOW {
        return false;
    }
    let mut bits = Bits { out, acc: 0, n: 0 };
    bits.put(0b010, 3); // not final, fixed Huffman codes
    let (sym, extra, base) = length_code(len);
    // Fixed codes: 256–279 are 7 bits from 0, 280–287 8 bits from 0xc0.
    if sym < 280 {
        bits.code(sym - 256, 7);
    } else {
        bits.code(0xc0 + sym - 280, 8);
    }
    bits.put((len - base) as u32, extra);
    let (dsym, dextra, dbase) = distance_code(distance);
    bits.code(dsym, 5);
    bits.put((distance - dbase) as u32, dextra);
    bits.code(0, 7); // end of block (256)
    bits.align();
    true
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
    fn a_repeated_token_is_sent_once_and_referred_back_to() {
        let token = "Q".repeat(43);
        let texts = [
            "<form><input value=\"",
            "\"></form><p>",
            "</p><form><input value=\"",
            "\"></form>",
        ];
        let (page, body) = round_trip(&texts, Some(43), &token);
        assert_eq!(page, texts.join(&token));
        // Three copies stored would be 3 × 48 bytes; one and two
        // references are far less.
        let stored_once = {
            let mut v = Vec::new();
            stored(&mut v, token.as_bytes());
            v.len()
        };
        let (_, with_other) = round_trip(&texts, Some(43), &"R".repeat(43));
        assert_eq!(with_other.len(), body.len(), "any token alike");
        assert!(body.len() < stored_once * 2 + 200, "{} bytes", body.len());
    }

    #[test]
    fn references_reach_every_length_and_distance_deflate_has() {
        // Values of every matchable length, repeated after gaps across the
        // window's distance codes, each read back exactly.
        for len in [3usize, 4, 10, 11, 42, 43, 114, 115, 130, 131, 227, 257, 258] {
            for gap in [0usize, 1, 5, 100, 1_000, 5_000, 20_000, 32_000] {
                let value: String = (0..len)
                    .map(|i| char::from(b'a' + (i % 26) as u8))
                    .collect();
                let filler = "~".repeat(gap);
                let texts = ["<p>", filler.as_str(), "</p>"];
                let (page, _) = round_trip(&texts, None, &value);
                assert_eq!(page, texts.join(&value), "len {len} gap {gap}");
            }
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
