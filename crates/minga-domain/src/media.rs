//! Recordings and videos (issue 12): what kind a file is by its first
//! bytes, the renditions made for slow connections, chapters as typed, and
//! a strict WebVTT reader for captions. No I/O.

use crate::Group;

/// A recording is either sound alone or a video.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Audio,
    Video,
}

impl MediaKind {
    pub fn code(self) -> &'static str {
        match self {
            MediaKind::Audio => "audio",
            MediaKind::Video => "video",
        }
    }
    pub fn parse(s: &str) -> Option<MediaKind> {
        [MediaKind::Audio, MediaKind::Video]
            .into_iter()
            .find(|k| k.code() == s)
    }
}

/// What a file's first bytes say it is, when that is sound or video: its
/// kind and content type. Anything else (a document, a program, nothing
/// the magic numbers know) is `None`.
pub fn sniff_media(head: &[u8]) -> Option<(MediaKind, &'static str)> {
    let t = infer::get(head)?;
    match t.matcher_type() {
        infer::MatcherType::Audio => Some((MediaKind::Audio, t.mime_type())),
        infer::MatcherType::Video => Some((MediaKind::Video, t.mime_type())),
        _ => None,
    }
}

/// A file name's extension for a sniffed content type.
pub fn extension_for(content_type: &str) -> &'static str {
    match content_type {
        "video/mp4" => "mp4",
        "video/webm" => "webm",
        "video/x-matroska" => "mkv",
        "video/quicktime" => "mov",
        "video/x-msvideo" => "avi",
        "video/mpeg" => "mpg",
        "video/x-flv" => "flv",
        "video/3gpp" => "3gp",
        "audio/mpeg" => "mp3",
        "audio/ogg" | "audio/opus" => "ogg",
        "audio/x-wav" | "audio/wav" => "wav",
        "audio/x-flac" | "audio/flac" => "flac",
        "audio/aac" => "aac",
        "audio/m4a" | "audio/mp4" | "audio/x-m4a" => "m4a",
        "audio/amr" => "amr",
        _ => "bin",
    }
}

/// The lighter copies made of a recording for people who pay for every
/// megabyte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rendition {
    /// Opus in Ogg, about 24 kbit/s, mono.
    Audio,
    /// About 240 lines, H.264 and AAC in MP4, for old phones.
    Small,
    /// A still picture (JPEG) shown before a video plays.
    Poster,
}

impl Rendition {
    pub const ALL: [Rendition; 3] = [Rendition::Audio, Rendition::Small, Rendition::Poster];

    pub fn code(self) -> &'static str {
        match self {
            Rendition::Audio => "audio",
            Rendition::Small => "small",
            Rendition::Poster => "poster",
        }
    }
    pub fn parse(s: &str) -> Option<Rendition> {
        Rendition::ALL.into_iter().find(|r| r.code() == s)
    }
    pub fn content_type(self) -> &'static str {
        match self {
            Rendition::Audio => "audio/ogg",
            Rendition::Small => "video/mp4",
            Rendition::Poster => "image/jpeg",
        }
    }
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Rendition::Audio => "ogg",
            Rendition::Small => "mp4",
            Rendition::Poster => "jpg",
        }
    }
}

/// Where the renditions of a recording stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenditionState {
    /// Queued for the worker.
    Pending,
    /// Made (those that apply: a sound recording has no small video).
    Done,
    /// No ffmpeg on the server: the original only.
    Unavailable,
    /// ffmpeg could not read the file.
    Failed,
}

impl RenditionState {
    pub fn code(self) -> &'static str {
        match self {
            RenditionState::Pending => "pending",
            RenditionState::Done => "done",
            RenditionState::Unavailable => "unavailable",
            RenditionState::Failed => "failed",
        }
    }
    pub fn parse(s: &str) -> Option<RenditionState> {
        [
            RenditionState::Pending,
            RenditionState::Done,
            RenditionState::Unavailable,
            RenditionState::Failed,
        ]
        .into_iter()
        .find(|k| k.code() == s)
    }
}

/// Whether a new account starts with data saver on: for organisations of
/// the Global South, where data is dearest for what it earns.
pub fn data_saver_default(group: Group) -> bool {
    group == Group::South
}

/// Longest title and description, in characters.
pub const TITLE_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 5000;
/// Most chapters one recording has.
pub const CHAPTERS_MAX: usize = 100;
/// Largest caption file, in bytes (an hour of dense captions is ~100 KB).
pub const CAPTION_MAX_BYTES: usize = 512 * 1024;

/// A moment of a recording with a title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    /// Seconds from the start.
    pub start: u32,
    pub title: String,
}

/// Reads chapters typed one per line as "00:00 Intro", "1:02:03 Questions"
/// (minutes:seconds or hours:minutes:seconds, then the title). Blank lines
/// are skipped; the starts must grow. `Err` names the first bad line
/// (1-based) and what is wrong with it.
pub fn parse_chapters(text: &str) -> Result<Vec<Chapter>, (usize, &'static str)> {
    let mut out: Vec<Chapter> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let n = i + 1;
        let (time, title) = line
            .split_once(char::is_whitespace)
            .ok_or((n, "error-chapter-line"))?;
        let start = parse_clock(time).ok_or((n, "error-chapter-line"))?;
        let title = title.trim();
        if title.is_empty() || title.chars().count() > TITLE_MAX {
            return Err((n, "error-chapter-line"));
        }
        if out.last().is_some_and(|c| c.start >= start) {
            return Err((n, "error-chapter-order"));
        }
        if out.len() == CHAPTERS_MAX {
            return Err((n, "error-chapter-too-many"));
        }
        out.push(Chapter {
            start,
            title: title.to_string(),
        });
    }
    Ok(out)
}

/// Chapters written back as they are typed.
pub fn chapters_text(chapters: &[Chapter]) -> String {
    chapters
        .iter()
        .map(|c| format!("{} {}", clock(c.start), c.title))
        .collect::<Vec<_>>()
        .join("\n")
}

/// "m:ss" or "h:mm:ss" to seconds; minutes and seconds below 60 once an
/// hour or minute is written above them.
fn parse_clock(s: &str) -> Option<u32> {
    let parts: Vec<&str> = s.split(':').collect();
    let num = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [m, s] => {
            let (m, s) = (num(m)?, num(s)?);
            (s < 60 && s.to_string().len() <= 2).then_some(m * 60 + s)
        }
        [h, m, s] => {
            let (h, m, s) = (num(h)?, num(m)?, num(s)?);
            (m < 60 && s < 60).then_some(h * 3600 + m * 60 + s)
        }
        _ => None,
    }
}

/// Seconds as a player shows them: "1:23", "1:02:03".
pub fn clock(secs: u32) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// One caption: when it shows and what it says (markup kept as written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Milliseconds from the start.
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
}

impl Cue {
    /// The cue's words without WebVTT's tags (`<v Speaker>`, `<i>`, …) and
    /// with its character references read, for a transcript.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in self.text.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(if c == '\n' { ' ' } else { c }),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&nbsp;", "\u{a0}")
            .replace("&lrm;", "\u{200e}")
            .replace("&rlm;", "\u{200f}")
            .replace("&amp;", "&")
    }
}

/// Why a caption file is not WebVTT: a message key and the line (1-based)
/// where the problem is, or 0 for the file as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VttError {
    pub key: &'static str,
    pub line: usize,
}

/// Reads a WebVTT file strictly (the W3C format's header, cue timings and
/// blocks): the `WEBVTT` signature, timestamps `hh:mm:ss.ttt` or
/// `mm:ss.ttt` with minutes and seconds below 60, each cue's end after its
/// start, cues in order of their start. NOTE, STYLE and REGION blocks are
/// allowed and skipped. At least one cue.
pub fn parse_vtt(bytes: &[u8]) -> Result<Vec<Cue>, VttError> {
    let err = |key, line| VttError { key, line };
    if bytes.len() > CAPTION_MAX_BYTES {
        return Err(err("error-vtt-too-large", 0));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| err("error-vtt-encoding", 0))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\0') {
        return Err(err("error-vtt-encoding", 0));
    }
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = normalised.split('\n').collect();
    let first = lines.first().copied().unwrap_or("");
    let header_ok = first == "WEBVTT"
        || first
            .strip_prefix("WEBVTT")
            .is_some_and(|rest| rest.starts_with([' ', '\t']));
    if !header_ok {
        return Err(err("error-vtt-header", 1));
    }
    let mut cues: Vec<Cue> = Vec::new();
    let mut i = 1;
    // The header's own block runs to the first blank line.
    while i < lines.len() && !lines[i].is_empty() {
        if lines[i].contains("-->") {
            return Err(err("error-vtt-header", i + 1));
        }
        i += 1;
    }
    while i < lines.len() {
        if lines[i].is_empty() {
            i += 1;
            continue;
        }
        // A block: its lines up to the next blank one.
        let start = i;
        while i < lines.len() && !lines[i].is_empty() {
            i += 1;
        }
        let block = &lines[start..i];
        let head = block[0];
        if block.len() == 1 && !head.contains("-->") {
            // A lone line that is no cue timing: a NOTE or STYLE, or garbage.
            if is_other_block(head) {
                continue;
            }
            return Err(err("error-vtt-timestamp", start + 1));
        }
        if !block[0].contains("-->") && is_other_block(head) {
            continue;
        }
        // An identifier line may come before the timing line.
        let (timing_at, timing) = if head.contains("-->") {
            (start, head)
        } else {
            (start + 1, block[1])
        };
        if !timing.contains("-->") {
            return Err(err("error-vtt-timestamp", timing_at + 1));
        }
        let (from, rest) = timing
            .split_once("-->")
            .ok_or(err("error-vtt-timestamp", timing_at + 1))?;
        let to = rest.split_whitespace().next().unwrap_or("");
        let (Some(s), Some(e)) = (parse_timestamp(from.trim()), parse_timestamp(to)) else {
            return Err(err("error-vtt-timestamp", timing_at + 1));
        };
        if e <= s {
            return Err(err("error-vtt-end-before-start", timing_at + 1));
        }
        if cues.last().is_some_and(|c| c.start_ms > s) {
            return Err(err("error-vtt-order", timing_at + 1));
        }
        let payload_from = timing_at - start + 1;
        let payload = &block[payload_from..];
        if let Some(k) = payload.iter().position(|l| l.contains("-->")) {
            return Err(err("error-vtt-timestamp", timing_at + 2 + k));
        }
        cues.push(Cue {
            start_ms: s,
            end_ms: e,
            text: payload.join("\n"),
        });
    }
    if cues.is_empty() {
        return Err(err("error-vtt-no-cues", 0));
    }
    Ok(cues)
}

fn is_other_block(line: &str) -> bool {
    ["NOTE", "STYLE", "REGION"].iter().any(|k| {
        line == *k
            || line
                .strip_prefix(k)
                .is_some_and(|r| r.starts_with([' ', '\t']))
    })
}

/// `hh:mm:ss.ttt` (hours of two or more digits) or `mm:ss.ttt`, in ms.
fn parse_timestamp(s: &str) -> Option<u64> {
    let (clock, frac) = s.split_once('.')?;
    if frac.len() != 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let two = |p: &str| -> Option<u64> {
        (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (h, m, sec) = match parts.as_slice() {
        [m, s] => (0, two(m)?, two(s)?),
        [h, m, s] => {
            if h.len() < 2 || h.len() > 6 || !h.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (h.parse::<u64>().ok()?, two(m)?, two(s)?)
        }
        _ => return None,
    };
    if m > 59 || sec > 59 {
        return None;
    }
    Some(((h * 60 + m) * 60 + sec) * 1000 + frac.parse::<u64>().ok()?)
}

/// A WebVTT timestamp as written in files.
pub fn vtt_timestamp(ms: u64) -> String {
    let (h, m, s, t) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    format!("{h:02}:{m:02}:{s:02}.{t:03}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing_accepts_sound_and_video_only() {
        // An Ogg page, a WebM (EBML) header, a PDF, an ELF program.
        assert_eq!(
            sniff_media(b"OggS\0\x02\0\0\0\0\0\0\0\0").map(|x| x.0),
            Some(MediaKind::Audio)
        );
        assert_eq!(
            sniff_media(b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom").map(|x| x.0),
            Some(MediaKind::Video)
        );
        assert_eq!(sniff_media(b"%PDF-1.7 hello"), None);
        assert_eq!(sniff_media(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"), None);
        assert_eq!(sniff_media(b""), None);
    }

    #[test]
    fn data_saver_starts_on_in_the_south() {
        assert!(data_saver_default(Group::South));
        assert!(!data_saver_default(Group::North));
    }

    #[test]
    fn chapters_are_read_and_written_back() {
        let c = parse_chapters("00:00 Intro\n\n1:23  Part two\n1:02:03 Questions ").unwrap();
        assert_eq!(
            c,
            vec![
                Chapter {
                    start: 0,
                    title: "Intro".into()
                },
                Chapter {
                    start: 83,
                    title: "Part two".into()
                },
                Chapter {
                    start: 3723,
                    title: "Questions".into()
                },
            ]
        );
        assert_eq!(
            chapters_text(&c),
            "0:00 Intro\n1:23 Part two\n1:02:03 Questions"
        );
        assert_eq!(parse_chapters(""), Ok(vec![]));
        assert_eq!(parse_chapters("Intro"), Err((1, "error-chapter-line")));
        assert_eq!(parse_chapters("0:61 Intro"), Err((1, "error-chapter-line")));
        assert_eq!(parse_chapters("0:10"), Err((1, "error-chapter-line")));
        assert_eq!(
            parse_chapters("0:10 B\n0:05 A"),
            Err((2, "error-chapter-order"))
        );
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(83), "1:23");
        assert_eq!(clock(3723), "1:02:03");
    }

    const GOOD: &str = "WEBVTT - made by hand\n\nNOTE a comment\nover two lines\n\n1\n00:00.000 --> 00:01.500 align:start\n<v Ana>Hola</v> &amp; bienvenidos\nsecond line\n\n00:01:02.250 --> 00:01:03.000\nDos\n";

    #[test]
    fn a_good_file_reads_into_cues() {
        let cues = parse_vtt(GOOD.as_bytes()).unwrap();
        assert_eq!(cues.len(), 2);
        assert_eq!((cues[0].start_ms, cues[0].end_ms), (0, 1500));
        assert_eq!(cues[0].plain_text(), "Hola & bienvenidos second line");
        assert_eq!((cues[1].start_ms, cues[1].end_ms), (62_250, 63_000));
        // CRLF and a byte-order mark are fine.
        let crlf = format!("\u{feff}{}", GOOD.replace('\n', "\r\n"));
        assert_eq!(parse_vtt(crlf.as_bytes()).unwrap(), cues);
    }

    #[test]
    fn bad_files_name_their_problem() {
        let e = |s: &str| parse_vtt(s.as_bytes()).unwrap_err();
        assert_eq!(
            e("1\n00:00:01,000 --> 00:00:02,000\nHi\n").key,
            "error-vtt-header"
        );
        assert_eq!(
            e("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi").key,
            "error-vtt-header"
        );
        assert_eq!(
            e("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nHi"),
            VttError {
                key: "error-vtt-timestamp",
                line: 3
            }
        );
        assert_eq!(
            e("WEBVTT\n\n00:61.000 --> 01:02.000\nHi").key,
            "error-vtt-timestamp"
        );
        assert_eq!(
            e("WEBVTT\n\n00:05.000 --> 00:02.000\nHi"),
            VttError {
                key: "error-vtt-end-before-start",
                line: 3
            }
        );
        assert_eq!(
            e("WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB").key,
            "error-vtt-order"
        );
        assert_eq!(e("WEBVTT\n\njust words").key, "error-vtt-timestamp");
        assert_eq!(e("WEBVTT\n").key, "error-vtt-no-cues");
        assert_eq!(
            parse_vtt(b"WEBVTT\n\n\xff\xfe").unwrap_err().key,
            "error-vtt-encoding"
        );
    }

    proptest::proptest! {
        /// Any cues written out as WebVTT read back the same; any bytes at
        /// all give cues in order with ends after starts, or an error.
        #[test]
        fn cues_round_trip(
            spans in proptest::collection::vec((0u64..10_000_000, 1u64..100_000, "[a-zA-Z0-9 ,.!?éأ]{1,30}"), 1..20)
        ) {
            let mut start = 0;
            let mut want = Vec::new();
            let mut file = String::from("WEBVTT\n");
            for (gap, len, text) in spans {
                start += gap;
                let text = text.trim().to_string();
                let text = if text.is_empty() { "x".to_string() } else { text };
                file.push_str(&format!("\n{} --> {}\n{}\n", vtt_timestamp(start), vtt_timestamp(start + len), text));
                want.push(Cue { start_ms: start, end_ms: start + len, text });
            }
            proptest::prop_assert_eq!(parse_vtt(file.as_bytes()).unwrap(), want);
        }

        #[test]
        fn any_input_gives_ordered_cues_or_an_error(raw in "(WEBVTT\n\n)?([0-9:.>\\- \n]|[a-z]){0,200}") {
            if let Ok(cues) = parse_vtt(raw.as_bytes()) {
                for w in cues.windows(2) {
                    proptest::prop_assert!(w[0].start_ms <= w[1].start_ms);
                }
                for c in cues {
                    proptest::prop_assert!(c.end_ms > c.start_ms);
                }
            }
        }

        #[test]
        fn chapters_round_trip(starts in proptest::collection::btree_set(0u32..400_000, 0..30)) {
            let chapters: Vec<Chapter> = starts.iter().map(|s| Chapter { start: *s, title: format!("Part {s}") }).collect();
            proptest::prop_assert_eq!(parse_chapters(&chapters_text(&chapters)).unwrap(), chapters);
        }
    }
}
