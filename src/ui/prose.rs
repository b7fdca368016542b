//! Renders lesson prose blocks (from `lesson::prose`) as elements; text is always inserted as
//! text, never as markup.

use yew::prelude::*;

use crate::lesson::prose::{parse, Block, Inline};

/// Properties of [`Prose`].
#[derive(Properties, PartialEq)]
pub struct ProseProps {
    /// The prose source, in the lesson markdown subset.
    pub source: &'static str,
}

/// A lesson's prose.
#[function_component]
pub fn Prose(props: &ProseProps) -> Html {
    let blocks = parse(props.source).into_iter().map(block);
    html! { <div class="prose">{ for blocks }</div> }
}

fn block(block: Block<'_>) -> Html {
    match block {
        Block::Paragraph(runs) => html! { <p>{ for runs.into_iter().map(inline) }</p> },
        Block::List(items) => html! {
            <ul>{ for items.into_iter().map(|runs| html! { <li>{ for runs.into_iter().map(inline) }</li> }) }</ul>
        },
        Block::Code(code) => html! { <pre class="code"><code>{ code }</code></pre> },
    }
}

fn inline(run: Inline<'_>) -> Html {
    match run {
        Inline::Text(text) => html! { { text.to_owned() } },
        Inline::Code(code) => html! { <code>{ code.to_owned() }</code> },
        Inline::Strong(text) => html! { <strong>{ text.to_owned() }</strong> },
    }
}
