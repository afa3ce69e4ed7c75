//! The map of capacities, one file per aggregate: the taxonomy, mapping
//! rounds and their mail, capacity profiles, the map, peer matches and
//! peer exchanges.

pub mod dashboard;
pub mod exchanges;
mod map;
mod matching;
mod profiles;
pub(crate) mod rounds;
mod taxonomy;

pub use map::{Classes, Gap, MapCell, MapFigures, MapRequest, MapRow, MapTable};
pub use matching::NeedMatches;
pub use profiles::{
    ItemInput, ProfileEditor, ProfileInput, EVIDENCE_MAX, FILES_PER_ITEM_MAX, NEED_MAX,
};
pub use rounds::{RoundInput, REMIND_DAYS_BEFORE, REMIND_EVERY_DAYS, TITLE_MAX};
pub use taxonomy::{seed_taxonomy, TaxonomyInput};
