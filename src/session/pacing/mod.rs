//! How a run is spread over animation frames: the speed control as a poll budget per frame
//! (`pacer`), which live view renders after which frame (`catch_up`), and the throwaway warm-up
//! run played before the learner's first Run (`warm_up`); every number these and the live views
//! are tuned by is in `tuning`. Pure decisions on numbers the page
//! hands in; it never reads a clock or schedules anything itself.

pub mod catch_up;
pub mod pacer;
pub mod tuning;
pub mod warm_up;
