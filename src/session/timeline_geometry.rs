//! The Timeline's geometry in CSS pixels: where its lanes' scroller begins and ends in event
//! columns, how much room follows the newest column, and the scroll offsets that end on a whole
//! column, so that no mark is ever half hidden beside the lane names. Plain arithmetic, tested
//! natively: `ui/views/timeline` reads the sizes from the page and applies the answers. It must
//! never read layout or know of the browser.

/// The sizes a Timeline is drawn at, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// The root font size: the room after the newest column is at least half of it.
    pub rem: f64,
    /// The lane names' column, which covers the scroller's left edge.
    pub label: f64,
    /// One event's column.
    pub step: f64,
}

impl Geometry {
    /// The room right of the newest column (views.css's `--end-pad` computes the same): half a
    /// rem, and as much more as puts the edge of a column exactly at the lane names' edge while
    /// a scroller `view_width` wide shows the newest events.
    pub fn end_padding(&self, view_width: f64) -> f64 {
        let least = 0.5 * self.rem;
        least + (view_width - self.label - least).rem_euclid(self.step)
    }

    /// Where a scroller `view_width` wide, scrolled to `scroll_left`, begins and ends in the
    /// columns of a grid of `columns` (fractions where a column is partly in view). The
    /// row-reverse scroller is anchored at the grid's right edge and `scroll_left` (zero or
    /// negative) moves it left; the lane names cover its left edge.
    pub fn view_in_columns(&self, columns: u32, scroll_left: f64, view_width: f64) -> (f64, f64) {
        let Geometry { label, step, .. } = *self;
        let right =
            label + f64::from(columns) * step + self.end_padding(view_width) + scroll_left.min(0.0);
        let column = |x: f64| ((x - label) / step).clamp(0.0, f64::from(columns));
        (column(right - view_width + label), column(right))
    }

    /// The scroll offset nearest `offset` that is a whole number of columns from the newest
    /// events, in whole pixels as the browser keeps them: there a column's edge meets the lane
    /// names' edge, as it does at offset zero.
    pub fn aligned_offset(&self, offset: f64) -> f64 {
        ((offset / self.step).round() * self.step).round()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Timeline's sizes at a 16 px root font, at each zoom level's column width.
    fn geometries() -> impl Iterator<Item = Geometry> {
        [0.4, 0.8, 1.2, 1.6, 2.4]
            .into_iter()
            .map(|step_rem| Geometry {
                rem: 16.0,
                label: 7.5 * 16.0,
                step: step_rem * 16.0,
            })
    }

    /// How far `x` is from a whole number, in the same unit.
    fn off_whole(x: f64) -> f64 {
        (x - x.round()).abs()
    }

    #[test]
    fn following_the_newest_events_a_column_edge_meets_the_names_edge() {
        for geometry in geometries() {
            for view_width in (300..1400).step_by(7).map(f64::from) {
                let (first, last) = geometry.view_in_columns(150, 0.0, view_width);
                assert!(
                    off_whole(first) < 1e-9,
                    "{geometry:?} at {view_width} px: the view begins at column {first}"
                );
                assert_eq!(last, 150.0, "the newest column is in view");
                let padding = geometry.end_padding(view_width);
                assert!(
                    (8.0..8.0 + geometry.step).contains(&padding),
                    "half a rem and less than a column more: {padding}"
                );
            }
        }
    }

    #[test]
    fn a_scroll_comes_to_rest_on_a_whole_column() {
        for geometry in geometries() {
            for offset in [-1.0, -37.0, -61.0, -90.0, -333.0, -1000.0] {
                let aligned = geometry.aligned_offset(offset);
                assert!(
                    (aligned - offset).abs() <= geometry.step / 2.0 + 0.5,
                    "{aligned} is the whole column nearest {offset}"
                );
                let (first, _) = geometry.view_in_columns(150, aligned, 700.0);
                // Within the pixel the browser rounds to: less than any mark's inset.
                assert!(
                    off_whole(first) * geometry.step <= 0.5,
                    "{geometry:?} scrolled to {aligned}: the view begins at column {first}"
                );
            }
        }
    }

    #[test]
    fn the_view_counts_columns_from_the_names_edge_to_the_scrollers_right_edge() {
        let geometry = Geometry {
            rem: 16.0,
            label: 120.0,
            step: 32.0,
        };
        // Ten columns and half a rem, in sizes that binary floating point holds exactly.
        let view_width = 120.0 + 10.0 * 32.0 + 8.0;
        assert_eq!(geometry.end_padding(view_width), 8.0);
        assert_eq!(
            geometry.view_in_columns(150, 0.0, view_width),
            (140.0, 150.0)
        );
        // Scrolled three columns back, the room after the newest column comes into view too.
        assert_eq!(
            geometry.view_in_columns(150, -3.0 * 32.0, view_width),
            (137.0, 147.25)
        );
        // A run shorter than the view shows every column.
        assert_eq!(geometry.view_in_columns(4, 0.0, view_width), (0.0, 4.0));
    }
}
