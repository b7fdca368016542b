//! Entry point of the web app: mounts the Yew root component into the page. Natively it only
//! explains where the playground runs; it must hold no logic of its own.

/// Counts the live heap, which the interpreter holds to `Limits::memory`.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: async_playground::script::eval::CountingAllocator =
    async_playground::script::eval::counting_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    async_playground::script::eval::measure_with(&ALLOCATOR);
    async_playground::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The playground runs in the browser: start it with `scripts/serve.sh`.");
    std::process::exit(1);
}
