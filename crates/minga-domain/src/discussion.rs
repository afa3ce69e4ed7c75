//! Discussions inside a community: topics, their posts (the opening post is
//! position 1, each reply the next), reactions, mentions, quoting, unread
//! markers, and the moderation acts kept in the community's log. Pure rules
//! and types; the pages and the SQL live elsewhere.

use crate::files::FileRef;
use crate::{CommunityId, FlagId, OrgId, PostId, TopicId, UserId};
use chrono::{DateTime, Utc};

/// The longest topic title, in characters.
pub const TITLE_MAX: usize = 200;
/// The longest post, in characters of Markdown.
pub const POST_MAX: usize = 20_000;
/// The longest reason given for a flag or a hidden post.
pub const REASON_MAX: usize = 500;
/// Posts per page of a topic.
pub const POSTS_PER_PAGE: u32 = 50;
/// Topics per page of a community's list.
pub const TOPICS_PER_PAGE: u32 = 30;
/// Mentions resolved in one post (more are left as text).
pub const MENTIONS_MAX: usize = 20;
/// Characters of a post quoted above the reply that answers it.
pub const EXCERPT_CHARS: usize = 140;

/// The page (from 1) on which the `n`th post of a topic (counted from 1) is.
pub fn page_of(n: u64) -> u32 {
    let per = u64::from(POSTS_PER_PAGE);
    u32::try_from(n.max(1).div_ceil(per)).unwrap_or(u32::MAX)
}

/// How many pages `posts` posts fill (at least one).
pub fn pages(posts: u64) -> u32 {
    page_of(posts.max(1))
}

/// A small fixed set of reactions; one of each kind per person per post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reaction {
    ThumbsUp,
    Heart,
    Party,
    Idea,
}

impl Reaction {
    pub const ALL: [Reaction; 4] = [
        Reaction::ThumbsUp,
        Reaction::Heart,
        Reaction::Party,
        Reaction::Idea,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Reaction::ThumbsUp => "thumbs_up",
            Reaction::Heart => "heart",
            Reaction::Party => "party",
            Reaction::Idea => "idea",
        }
    }

    pub fn parse(s: &str) -> Option<Reaction> {
        Self::ALL.into_iter().find(|r| r.code() == s)
    }

    pub fn emoji(self) -> &'static str {
        match self {
            Reaction::ThumbsUp => "👍",
            Reaction::Heart => "❤️",
            Reaction::Party => "🎉",
            Reaction::Idea => "💡",
        }
    }

    /// The translation key of its accessible name.
    pub fn label_key(self) -> &'static str {
        match self {
            Reaction::ThumbsUp => "reaction-thumbs-up",
            Reaction::Heart => "reaction-heart",
            Reaction::Party => "reaction-party",
            Reaction::Idea => "reaction-idea",
        }
    }
}

/// Whether a person hears about a topic's new replies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Follow {
    /// Neither: they hear only of mentions.
    Neutral,
    /// Told of each reply (automatic on starting or replying).
    Following,
    /// Told of nothing in this topic, mentions included.
    Muted,
}

impl Follow {
    pub fn code(self) -> &'static str {
        match self {
            Follow::Neutral => "neutral",
            Follow::Following => "following",
            Follow::Muted => "muted",
        }
    }

    pub fn parse(s: &str) -> Option<Follow> {
        [Follow::Neutral, Follow::Following, Follow::Muted]
            .into_iter()
            .find(|f| f.code() == s)
    }
}

/// A topic as stored, with its author's name.
#[derive(Debug, Clone)]
pub struct Topic {
    pub id: TopicId,
    pub community: CommunityId,
    pub title: String,
    pub author: UserId,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
    pub last_post_at: DateTime<Utc>,
    /// The position the latest post took (positions are never reused).
    pub last_position: i64,
    /// Posts in it, the opening post included.
    pub posts: u64,
    pub pinned: bool,
    pub locked: bool,
}

/// A line of a community's list of topics, for one reader.
#[derive(Debug, Clone)]
pub struct TopicLine {
    pub topic: Topic,
    /// The last position the reader read; `None` when never opened.
    pub last_read: Option<i64>,
    /// Posts after what the reader read (all of them when never opened).
    pub unread: u64,
}

/// Where one reader stands in one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicReader {
    pub last_read: i64,
    pub follow: Follow,
    /// The reply form's text kept on the server ("Save draft", or a
    /// submission that failed).
    pub draft: String,
}

impl Default for TopicReader {
    fn default() -> Self {
        TopicReader {
            last_read: 0,
            follow: Follow::Neutral,
            draft: String::new(),
        }
    }
}

/// What a reply answers, as shown above it.
#[derive(Debug, Clone)]
pub struct Answered {
    pub post: PostId,
    pub position: i64,
    pub author_name: String,
    /// A short plain excerpt (empty when that post is hidden).
    pub excerpt: String,
    /// Still in this topic (a split may have taken it elsewhere).
    pub same_topic: bool,
}

/// A post hidden by a moderator.
#[derive(Debug, Clone)]
pub struct Hidden {
    pub reason: String,
    pub by_name: String,
    pub at: DateTime<Utc>,
}

/// A post as a topic's page shows it.
#[derive(Debug, Clone)]
pub struct Post {
    pub id: PostId,
    pub topic: TopicId,
    pub position: i64,
    pub author: UserId,
    pub author_name: String,
    pub author_email: String,
    pub org: OrgId,
    pub org_name: String,
    pub org_slug: String,
    pub reply_to: Option<Answered>,
    /// Markdown as typed, and the HTML made from it when written.
    pub body: String,
    pub body_html: String,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
    pub hidden: Option<Hidden>,
    /// Count of each kind that has any, and whether the reader gave it.
    pub reactions: Vec<(Reaction, u64, bool)>,
    pub files: Vec<FileRef>,
}

/// An earlier text of an edited post.
#[derive(Debug, Clone)]
pub struct PostVersion {
    pub body_html: String,
    /// Who wrote this text (the author, or a moderator's edit).
    pub by_name: String,
    pub at: DateTime<Utc>,
}

/// A flag waiting in the moderators' queue.
#[derive(Debug, Clone)]
pub struct Flag {
    pub id: FlagId,
    pub post: PostId,
    pub topic: TopicId,
    pub topic_title: String,
    pub position: i64,
    pub by_name: String,
    pub reason: String,
    pub excerpt: String,
    pub at: DateTime<Utc>,
}

/// What a moderator did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModAct {
    Hide,
    Unhide,
    Lock,
    Unlock,
    Pin,
    Unpin,
    /// Moved here from another community, or away to another.
    Move,
    Split,
    /// A flag dismissed without hiding.
    Dismiss,
    Edit,
}

impl ModAct {
    pub const ALL: [ModAct; 10] = [
        ModAct::Hide,
        ModAct::Unhide,
        ModAct::Lock,
        ModAct::Unlock,
        ModAct::Pin,
        ModAct::Unpin,
        ModAct::Move,
        ModAct::Split,
        ModAct::Dismiss,
        ModAct::Edit,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ModAct::Hide => "hide",
            ModAct::Unhide => "unhide",
            ModAct::Lock => "lock",
            ModAct::Unlock => "unlock",
            ModAct::Pin => "pin",
            ModAct::Unpin => "unpin",
            ModAct::Move => "move",
            ModAct::Split => "split",
            ModAct::Dismiss => "dismiss",
            ModAct::Edit => "edit",
        }
    }

    pub fn parse(s: &str) -> Option<ModAct> {
        Self::ALL.into_iter().find(|a| a.code() == s)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            ModAct::Hide => "modlog-hide",
            ModAct::Unhide => "modlog-unhide",
            ModAct::Lock => "modlog-lock",
            ModAct::Unlock => "modlog-unlock",
            ModAct::Pin => "modlog-pin",
            ModAct::Unpin => "modlog-unpin",
            ModAct::Move => "modlog-move",
            ModAct::Split => "modlog-split",
            ModAct::Dismiss => "modlog-dismiss",
            ModAct::Edit => "modlog-edit",
        }
    }
}

/// A line of the moderation log.
#[derive(Debug, Clone)]
pub struct ModEntry {
    pub act: ModAct,
    pub actor_name: String,
    pub topic: Option<TopicId>,
    pub topic_title: String,
    pub position: Option<i64>,
    pub reason: String,
    pub at: DateTime<Utc>,
}

/// Markdown that quotes `body` (by `author`) as a blockquote, then an empty
/// line for the answer: what the "Quote" link puts in the reply form.
pub fn quote(author: &str, body: &str) -> String {
    let mut out = format!("> **{}:**\n>\n", author.replace(['*', '\n', '\r'], ""));
    for line in body.lines() {
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            out.push_str("> ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push('\n');
    out
}

/// A short plain-text excerpt of Markdown: its words, without markup
/// characters, cut to `max` characters with an ellipsis.
pub fn excerpt(md: &str, max: usize) -> String {
    let words: Vec<&str> = md
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| "#>*_`-|~".contains(c)))
        .collect();
    let flat = words.join(" ");
    let flat: String = flat
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '`' | '#'))
        .collect();
    if flat.chars().count() <= max {
        flat
    } else {
        let mut cut: String = flat.chars().take(max).collect();
        cut = cut.trim_end().to_string();
        cut.push('…');
        cut
    }
}

/// A mention's handle character: what may follow `@`.
fn handle_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
}

/// The `@handle`s in a text, lower-cased, each once, in order of first
/// appearance, at most [`MENTIONS_MAX`]. An `@` counts only at the start or
/// after a character that could not be part of a word or an address
/// (so `name@example.org` is no mention), and a handle's trailing dots and
/// dashes are punctuation, not part of it.
pub fn mentions(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (start, handle) in mention_spans(text) {
        let _ = start;
        let h = handle.to_ascii_lowercase();
        if !out.contains(&h) {
            out.push(h);
            if out.len() == MENTIONS_MAX {
                break;
            }
        }
    }
    out
}

/// Each mention's byte offset (of its `@`) and handle, as typed.
pub fn mention_spans(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '@' && prev.is_none_or(|p| !(handle_char(p) || p == '@' || p == '/')) {
            let rest = &text[i + 1..];
            let len = rest.find(|ch: char| !handle_char(ch)).unwrap_or(rest.len());
            let handle = rest[..len].trim_end_matches(['.', '-', '_']);
            if handle
                .chars()
                .next()
                .is_some_and(|f| f.is_ascii_alphanumeric())
            {
                out.push((i, handle));
                // Skip past the handle.
                while iter.peek().is_some_and(|(j, _)| *j < i + 1 + handle.len()) {
                    prev = iter.next().map(|(_, ch)| ch);
                }
                continue;
            }
        }
        prev = Some(c);
    }
    out
}

/// A person's handle: the part of their email before `@`, lower-cased,
/// with only letters, digits, dots, dashes and underscores kept. Two people
/// sharing one are told apart by whether they may read the community (a
/// mention resolves only when exactly one reader has it).
pub fn handle_of(email: &str) -> String {
    let local = email.split('@').next().unwrap_or("");
    local
        .chars()
        .filter(|c| handle_char(*c))
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Someone a mention in a post resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mentioned {
    Person {
        handle: String,
        user: UserId,
    },
    Org {
        handle: String,
        org: OrgId,
        slug: String,
    },
}

impl Mentioned {
    pub fn handle(&self) -> &str {
        match self {
            Mentioned::Person { handle, .. } | Mentioned::Org { handle, .. } => handle,
        }
    }
}

/// A new post as written: what the store needs besides its text.
#[derive(Debug, Clone)]
pub struct NewPost {
    pub id: PostId,
    pub topic: TopicId,
    pub community: CommunityId,
    pub author: UserId,
    pub author_org: OrgId,
    pub reply_to: Option<PostId>,
    pub body: String,
    pub body_html: String,
    pub mentions: Vec<Mentioned>,
    pub files: Vec<crate::FileId>,
}

/// Who should be told of something, each once, never the one who did it:
/// `candidates` minus `muted` minus `author`, in the order given.
pub fn audience(candidates: &[UserId], muted: &[UserId], author: UserId) -> Vec<UserId> {
    let mut out: Vec<UserId> = Vec::new();
    for u in candidates {
        if *u != author && !muted.contains(u) && !out.contains(u) {
            out.push(*u);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_hold_fifty_posts() {
        assert_eq!(page_of(1), 1);
        assert_eq!(page_of(50), 1);
        assert_eq!(page_of(51), 2);
        assert_eq!(page_of(2_000), 40);
        assert_eq!(page_of(2_001), 41);
        assert_eq!(pages(0), 1);
        assert_eq!(pages(100), 2);
    }

    #[test]
    fn mentions_are_handles_after_an_at_that_starts_a_word() {
        assert_eq!(
            mentions("Thanks @Maria.Lopez, and @ong-educa! Ask @maria.lopez too."),
            vec!["maria.lopez", "ong-educa"]
        );
        assert!(mentions("write to maria@example.org").is_empty());
        assert!(mentions("an @ alone, @-dash, @@double").is_empty());
        assert_eq!(mentions("(@amal)"), vec!["amal"]);
        assert_eq!(mentions("مرحبا @amal"), vec!["amal"]);
        let many: String = (0..30).map(|i| format!("@p{i} ")).collect();
        assert_eq!(mentions(&many).len(), MENTIONS_MAX);
    }

    #[test]
    fn mention_spans_point_at_the_at_sign() {
        let t = "hi @bob and @ana.";
        let spans = mention_spans(t);
        assert_eq!(spans, vec![(3, "bob"), (12, "ana")]);
        assert_eq!(&t[12..13], "@");
    }

    #[test]
    fn a_handle_is_the_cleaned_local_part() {
        assert_eq!(handle_of("Maria.Lopez+x@example.org"), "maria.lopezx");
        assert_eq!(handle_of("amal@ex.org"), "amal");
    }

    #[test]
    fn a_quote_is_a_blockquote_naming_its_author_then_room_to_answer() {
        let q = quote("Ana *B*", "first line\n\nsecond");
        assert_eq!(q, "> **Ana B:**\n>\n> first line\n>\n> second\n\n");
    }

    #[test]
    fn excerpts_drop_markup_and_cut_with_an_ellipsis() {
        assert_eq!(excerpt("# Title\n\n**bold** text", 50), "Title bold text");
        let long = "word ".repeat(100);
        let e = excerpt(&long, 20);
        assert!(e.ends_with('…'));
        assert!(e.chars().count() <= 21);
    }

    #[test]
    fn the_audience_leaves_out_the_author_and_those_who_muted() {
        let (a, b, c, d) = (UserId::new(), UserId::new(), UserId::new(), UserId::new());
        assert_eq!(audience(&[a, b, c, b, d], &[c], a), vec![b, d]);
    }

    #[test]
    fn codes_round_trip() {
        for r in Reaction::ALL {
            assert_eq!(Reaction::parse(r.code()), Some(r));
        }
        for a in ModAct::ALL {
            assert_eq!(ModAct::parse(a.code()), Some(a));
        }
        for f in [Follow::Neutral, Follow::Following, Follow::Muted] {
            assert_eq!(Follow::parse(f.code()), Some(f));
        }
    }
}
