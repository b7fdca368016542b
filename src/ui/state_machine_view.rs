//! Shows, for the selected `async fn` of a program, the states the compiler would generate: not
//! started, one per `.await` with the locals it keeps, and done, marking the current one. It must
//! never claim more than `script::state_machine` knows, nor mark a state by colour alone.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::script::ast::Span;
use crate::script::state_machine::{state_machines, AwaitPoint, State, StateMachine};
use crate::script::{parse, Diagnostic};

/// Properties of [`StateMachineView`].
#[derive(Properties, PartialEq)]
pub struct StateMachineViewProps {
    /// The program's source.
    pub source: AttrValue,
    /// The async function to show (`name`, or `Type::name` for methods); the first one when
    /// `None` or when no function has that name.
    #[prop_or_default]
    pub selected_fn: Option<String>,
    /// Called with a function's name when the user picks it.
    pub on_select_fn: Callback<String>,
    /// The state the running future of the selected function is in, if known: 0 not started,
    /// `n` suspended at the n-th await, one past the last await done.
    #[prop_or_default]
    pub current_state: Option<usize>,
    /// The `.await` where the running program last suspended: when it belongs to the selected
    /// function, that function is in the state of this await.
    #[prop_or_default]
    pub suspended_at: Option<Span>,
}

/// What the program offers to show.
enum Summary {
    /// The parser reported problems; the first one is quoted.
    DoesNotParse(Diagnostic),
    /// The program parses but has no async function or method.
    NoAsyncFn,
    /// The async functions, in source order (never empty).
    Machines(Vec<StateMachine>),
}

fn summarise(source: &str) -> Summary {
    let (file, diagnostics) = parse(source);
    if let Some(first) = diagnostics.into_iter().next() {
        return Summary::DoesNotParse(first);
    }
    let machines = state_machines(source, &file);
    if machines.is_empty() {
        Summary::NoAsyncFn
    } else {
        Summary::Machines(machines)
    }
}

/// The state machine of the selected async function of a program.
#[function_component]
pub fn StateMachineView(props: &StateMachineViewProps) -> Html {
    let summary = use_memo(props.source.clone(), |source| summarise(source));
    let body = match &*summary {
        Summary::DoesNotParse(first) => html! {
            <p class="state-machine-empty">
                { format!("The program does not parse yet ({first}), so its state machines cannot be shown.") }
            </p>
        },
        Summary::NoAsyncFn => html! {
            <p class="state-machine-empty">
                { "This program has no async fn, so the compiler generates no state machine for it." }
            </p>
        },
        Summary::Machines(machines) => html! {
            <Machines
                machines={machines.clone()}
                selected_fn={props.selected_fn.clone()}
                on_select_fn={props.on_select_fn.clone()}
                current_state={props.current_state}
                suspended_at={props.suspended_at}
            />
        },
    };
    html! {
        <section class="view state-machine" aria-label="State machine">
            <h3 class="view-title">{ "State machine" }</h3>
            { body }
        </section>
    }
}

/// Properties of [`Machines`].
#[derive(Properties, PartialEq)]
struct MachinesProps {
    machines: Vec<StateMachine>,
    selected_fn: Option<String>,
    on_select_fn: Callback<String>,
    current_state: Option<usize>,
    suspended_at: Option<Span>,
}

/// The state `machine` is in when its future is parked at the `.await` spanning `span`, if that
/// await is one of its own.
fn state_suspended_at(machine: &StateMachine, span: Span) -> Option<usize> {
    machine
        .await_points
        .iter()
        .position(|point| point.span == span)
        .map(|index| index + 1)
}

/// The function picker and the selected function's states.
#[function_component]
fn Machines(props: &MachinesProps) -> Html {
    let select = use_node_ref();
    let selected = props
        .machines
        .iter()
        .find(|machine| Some(&machine.function) == props.selected_fn.as_ref())
        .or(props.machines.first());
    let onchange = {
        let (select, on_select_fn) = (select.clone(), props.on_select_fn.clone());
        Callback::from(move |_: Event| {
            if let Some(element) = select.cast::<HtmlSelectElement>() {
                on_select_fn.emit(element.value());
            }
        })
    };
    let options = props.machines.iter().map(|machine| {
        let is_selected = Some(machine) == selected;
        html! {
            <option value={machine.function.clone()} selected={is_selected}>{ &machine.function }</option>
        }
    });
    html! {
        <>
            <label class="state-machine-picker">
                { "Async function " }
                <select ref={select} {onchange}>{ for options }</select>
            </label>
            { for selected.map(|machine| {
                let suspended = props.suspended_at.and_then(|span| state_suspended_at(machine, span));
                states(machine, props.current_state.or(suspended))
            }) }
        </>
    }
}

/// The ordered list of `machine`'s states, the current one marked in text and by aria-current.
fn states(machine: &StateMachine, current_state: Option<usize>) -> Html {
    let items = machine
        .states()
        .into_iter()
        .enumerate()
        .map(|(index, state)| {
            let is_current = current_state == Some(index);
            let description = describe(index, state, &machine.await_points);
            html! {
                <li class={classes!("machine-state", is_current.then_some("current"))}
                    aria-current={is_current.then_some("step")}>
                    { description }
                    if is_current { <strong class="state-current-mark">{ " ← current" }</strong> }
                </li>
            }
        });
    let count = machine.await_points.len() + 2;
    html! {
        <>
            <p class="state-machine-caption">
                <code>{ &machine.function }</code>
                { format!(" compiles to a future with {count} states:") }
            </p>
            <ol class="state-list">{ for items }</ol>
        </>
    }
}

/// One state in words: "State 0: not started", "State 1: suspended at `x.await` (line 3),
/// keeps: a, b", "Done".
fn describe(index: usize, state: State, await_points: &[AwaitPoint]) -> Html {
    match state {
        State::Unresumed => html! { { format!("State {index}: not started") } },
        State::Returned => html! { { "Done" } },
        State::Suspended(point) => {
            let Some(point) = await_points.get(point) else {
                return html! { { format!("State {index}: suspended") } };
            };
            let keeps = if point.live_locals.is_empty() {
                "nothing".to_owned()
            } else {
                point.live_locals.join(", ")
            };
            html! {
                <>
                    { format!("State {index}: suspended at ") }
                    <code>{ &point.text }</code>
                    { format!(" (line {}), keeps: {keeps}", point.line) }
                </>
            }
        }
    }
}
