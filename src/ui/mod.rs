//! The Yew user interface: function components that render the core's data, one public
//! component per file (with private parts of it beside it, as the editor's diagnostic list). It
//! reaches the browser only through `web` and holds no executor or lesson logic itself.

mod app;
mod controls;
pub mod editor;
mod header;
mod home;
mod interleaving;
mod lesson_list;
mod lesson_page;
mod network_choice;
mod phone_width;
mod playground;
mod predict_panel;
mod prose;
pub mod state_machine_view;
pub mod views;
mod warm_up;

pub use app::App;

/// Mounts the playground into the page's `<body>`.
pub fn mount() {
    yew::Renderer::<App>::new().render();
}
