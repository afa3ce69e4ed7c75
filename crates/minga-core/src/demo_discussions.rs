//! The demo's discussions: topics and replies in several languages from
//! people of several organisations in the demo communities, a reply that
//! answers another, a quote, mentions, reactions and one hidden reply. The
//! named member has read none of it, so their topics show what is new.

use crate::demo_communities::{INVITE_ONLY, MEMBERS, PUBLIC};
use crate::discussions::ReplyInput;
use crate::{Core, Result};
use minga_domain::discussion::Reaction;
use minga_domain::{Role, TopicId, User};

fn text(body: &str) -> ReplyInput {
    ReplyInput {
        body: body.to_string(),
        ..Default::default()
    }
}

fn answering(body: &str, position: i64) -> ReplyInput {
    ReplyInput {
        body: body.to_string(),
        reply_to: Some(position),
        ..Default::default()
    }
}

impl Core {
    /// Writes the demo conversations (after the demo communities).
    pub(crate) async fn seed_demo_discussions(
        &self,
        named: &[User],
        others: &[User],
    ) -> Result<()> {
        let by_role = |r: Role| named.iter().find(|u| u.role == r);
        let (Some(admin), Some(member), Some(partner)) = (
            by_role(Role::OrgAdmin),
            by_role(Role::Member),
            by_role(Role::Partner),
        ) else {
            return Ok(());
        };
        // Who the communities' seed put where: the first twelve staff of
        // other organisations, alternately in the public and members' ones.
        let staff: Vec<&User> = others
            .iter()
            .filter(|u| u.role != Role::Partner)
            .take(12)
            .collect();
        let in_public: Vec<&User> = staff.iter().step_by(2).copied().collect();
        let in_members: Vec<&User> = staff.iter().skip(1).step_by(2).copied().collect();

        // A quieter topic there, started by the member, with a mention of an organisation.
        let admin_org = self.store.org_by_id(admin.org_id).await?;
        let tools = self
            .start_topic(
                member,
                MEMBERS,
                "Free tools for campaign graphics",
                &text(&format!(
                    "Which free tools do you use for posters and social cards? @{} shared a good template pack.",
                    admin_org.slug
                )),
            )
            .await?;
        self.reply(
            admin,
            MEMBERS,
            tools,
            &text("Canva's free tier and LibreOffice Draw for print."),
        )
        .await?;

        // The members' lab: a lively topic in four languages, the latest
        // active (the browser harness opens it first; its opening post is the
        // org admin's).
        let radio = self
            .start_topic(
                admin,
                MEMBERS,
                "Radio spots on a small budget",
                &text("We recorded three 30-second radio spots for under 200 USD last term.\n\n**What worked:** community radio stations, volunteers' voices, a clear ask.\n\nHow do you reach parents who are not on social media?"),
            )
            .await?;
        let mut writers: Vec<&User> = vec![member, partner];
        writers.extend(in_members.iter().take(3));
        let lines = [
            ("Thanks for sharing! We use WhatsApp voice notes forwarded by teachers: parents listen while they work.", None),
            ("En nuestra coalición usamos radios comunitarias también. La clave fue grabar en lenguas locales.", None),
            ("Concordo — gravar em línguas locais dobrou a audiência das nossas mensagens.", Some(3)),
            ("نستخدم الرسائل الصوتية عبر واتساب أيضًا، ونطلب من المعلمين مشاركتها مع أولياء الأمور.", None),
            ("> La clave fue grabar en lenguas locales.\n\nThis matches what @member found in the survey last year.", Some(3)),
        ];
        for (i, (body, to)) in lines.iter().enumerate() {
            let who = writers[i % writers.len()];
            let input = match to {
                Some(p) => answering(body, *p),
                None => text(body),
            };
            self.reply(who, MEMBERS, radio, &input).await?;
        }
        // A reply that a moderator hid, with the reason its author sees.
        let off = in_members.first().copied().unwrap_or(partner);
        let pos = self
            .reply(
                off,
                MEMBERS,
                radio,
                &text("Buy followers cheaply at spam.example!"),
            )
            .await?;
        let hidden = self.store.post_at(radio, pos).await?;
        self.hide_post(
            admin,
            MEMBERS,
            hidden,
            Some("Advertising is not allowed in this community."),
        )
        .await?;
        self.react_demo(
            radio,
            &[
                (member, 1, Reaction::ThumbsUp),
                (partner, 1, Reaction::Idea),
                (admin, 2, Reaction::Heart),
                (member, 3, Reaction::Party),
            ],
            MEMBERS,
        )
        .await?;

        // The public community: French and Spanish, readable by visitors.
        let budget = self
            .start_topic(
                admin,
                PUBLIC,
                "Reading the education budget with citizens",
                &text("Our guide for citizen budget hearings is attached to last month's call. What questions do parents ask first?"),
            )
            .await?;
        let mut public_writers: Vec<&User> = vec![member];
        public_writers.extend(in_public.iter().take(2));
        for (i, body) in [
            "Chez nous, les parents demandent d'abord combien arrive réellement à l'école.",
            "Preguntan por los salarios docentes y por qué las cifras cambian entre el presupuesto aprobado y el ejecutado.",
            "Both! We print a one-page summary per district.",
        ]
        .iter()
        .enumerate()
        {
            self.reply(public_writers[i % public_writers.len()], PUBLIC, budget, &text(body))
                .await?;
        }

        // The invite-only circle: one frank topic.
        self.start_topic(
            admin,
            INVITE_ONLY,
            "Keeping staff when grants end",
            &text("How do you keep your coordinators between two grants? We are trying a shared post with another coalition."),
        )
        .await?;
        Ok(())
    }

    async fn react_demo(
        &self,
        topic: TopicId,
        reactions: &[(&User, i64, Reaction)],
        slug: &str,
    ) -> Result<()> {
        for (who, position, kind) in reactions {
            self.react(who, slug, topic, *position, *kind).await?;
        }
        Ok(())
    }
}
