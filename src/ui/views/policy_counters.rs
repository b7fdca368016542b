//! The policy comparison of lesson 5: total and wasted polls of the same program run waker-driven
//! and busy-polling, side by side. It must never run anything; it shows the two runs' counters.

use yew::prelude::*;

use crate::executor::Stats;

/// Properties of [`PolicyCounters`].
#[derive(Properties, PartialEq)]
pub struct PolicyCountersProps {
    /// The counters of the run under the waker-driven policy.
    pub waker_driven: Stats,
    /// The counters of the same program under busy polling.
    pub busy_polling: Stats,
}

/// Two runs' total and wasted polls, side by side.
#[function_component]
pub fn PolicyCounters(props: &PolicyCountersProps) -> Html {
    let runs = [
        ("Waker-driven", &props.waker_driven),
        ("Busy-polling", &props.busy_polling),
    ];
    let row = |title: &str, count: fn(&Stats) -> u64| {
        html! {
            <tr>
                <th scope="row">{ title.to_owned() }</th>
                { for runs.iter().map(|(_, stats)| html! { <td class="count">{ count(stats) }</td> }) }
            </tr>
        }
    };
    html! {
        <section class="view policy-counters" aria-label="Policy comparison">
            <table>
                <caption>{ "Polls under each policy" }</caption>
                <thead>
                    <tr>
                        <td></td>
                        { for runs.iter().map(|(title, _)| html! { <th scope="col">{ *title }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { row("Total polls", |stats| stats.total.polls) }
                    { row("Wasted polls", |stats| stats.total.wasted_polls) }
                </tbody>
            </table>
        </section>
    }
}
