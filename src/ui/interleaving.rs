//! Lesson 1's comparison: the same program's output as async tasks and as preempted threads, as
//! two interleaving tables side by side, one column per task, one row per printed line in the
//! order it happened. It only renders the two runs it is given.

use yew::prelude::*;

use crate::executor::OutputLine;
use crate::session::lesson_features::compare::ModeComparison;

/// Properties of [`InterleavingTables`].
#[derive(Properties, PartialEq)]
pub struct InterleavingTablesProps {
    /// The two runs' output.
    pub comparison: ModeComparison,
    /// The time-slice settings the threads run used, for its caption.
    pub quantum: u32,
    /// The seed the threads run used.
    pub seed: u32,
}

/// Two tables: who printed what, and in which order, as tasks and as threads.
#[function_component]
pub fn InterleavingTables(props: &InterleavingTablesProps) -> Html {
    let threads_caption = format!(
        "As threads (preempted every 1–{} steps, seed {})",
        props.quantum, props.seed
    );
    html! {
        <section class="interleaving" aria-label="Interleaving tables">
            { table("As async tasks (switch only at .await)", &props.comparison.as_tasks) }
            { table(&threads_caption, &props.comparison.as_threads) }
        </section>
    }
}

fn table(caption: &str, lines: &[OutputLine]) -> Html {
    let mut columns: Vec<&str> = Vec::new();
    for line in lines {
        let name = task_name(line);
        if !columns.contains(&name) {
            columns.push(name);
        }
    }
    let row = |(index, line): (usize, &OutputLine)| {
        let printer = task_name(line);
        html! {
            <tr>
                <th scope="row">{ index + 1 }</th>
                { for columns.iter().map(|&column| html! {
                    <td>{ if column == printer { line.text.clone() } else { String::new() } }</td>
                }) }
            </tr>
        }
    };
    html! {
        <div class="view-scroll interleaving-table" tabindex="0">
            <table>
                <caption>{ caption.to_owned() }</caption>
                <thead>
                    <tr><th scope="col">{ "#" }</th>{ for columns.iter().map(|column| html! { <th scope="col">{ *column }</th> }) }</tr>
                </thead>
                <tbody>{ for lines.iter().enumerate().map(row) }</tbody>
            </table>
        </div>
    }
}

fn task_name(line: &OutputLine) -> &str {
    line.task
        .as_ref()
        .map_or("outside", |task| task.name.as_str())
}
