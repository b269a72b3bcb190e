package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// scroller is the scroll position of a view that shows height of rows
// rows: the reader, the coverage comparison and the overlays share it so
// that clamping, paging and keeping a line in view work the same in each.
// Every change goes through clamp, so offset is always a valid first row.
type scroller struct {
	offset int // first row shown
	rows   int // rows of content
	height int // rows the view shows
}

// resize sets the rows of content and of the view together, for a new
// width (which rewraps the content) and height at once: clamping after
// only one of them could cut an offset the other makes valid again.
func (s *scroller) resize(rows, height int) {
	s.rows, s.height = max(rows, 0), max(height, 0)
	s.clamp()
}

// maxOffset is the last offset that still fills the view: no blank rows
// below the content while rows above are hidden.
func (s scroller) maxOffset() int { return max(s.rows-s.height, 0) }

func (s *scroller) clamp() { s.offset = min(max(s.offset, 0), s.maxOffset()) }

// scrollTo puts row off at the top, as far as the content allows.
func (s *scroller) scrollTo(off int) {
	s.offset = off
	s.clamp()
}

// scrollBy moves the view by delta rows.
func (s *scroller) scrollBy(delta int) { s.scrollTo(s.offset + delta) }

// page is how far page up and down move: a view less one row, so the row
// at the edge stays on screen as context.
func (s scroller) page() int { return max(s.height-1, 1) }

// visible reports whether row l is on screen.
func (s scroller) visible(l int) bool { return l >= s.offset && l < s.offset+s.height }

// placeThird scrolls so that row l is a third down the view, so that the
// lines before it show too.
func (s *scroller) placeThird(l int) { s.scrollTo(l - s.height/3) }

// reveal scrolls row l into view, a third down, when it is off screen;
// a row already shown does not move.
func (s *scroller) reveal(l int) {
	if !s.visible(l) {
		s.placeThird(l)
	}
}

// window is the range of rows shown, [from, to).
func (s scroller) window() (from, to int) {
	from = min(s.offset, s.rows)
	return from, min(from+s.height, s.rows)
}

// position is "last row shown/rows", for a view that says how far down
// it is.
func (s scroller) position() string {
	_, to := s.window()
	return thousands(to) + "/" + thousands(s.rows)
}

// keys scrolls for the movement keys (up, down, page up and down, top,
// bottom); it reports whether km was one of them.
func (s *scroller) keys(km tea.KeyPressMsg, k KeyMap) bool {
	switch {
	case key.Matches(km, k.Up):
		s.scrollBy(-1)
	case key.Matches(km, k.Down):
		s.scrollBy(1)
	case key.Matches(km, k.PageUp):
		s.scrollBy(-s.page())
	case key.Matches(km, k.PageDown):
		s.scrollBy(s.page())
	case key.Matches(km, k.Top):
		s.scrollTo(0)
	case key.Matches(km, k.Bottom):
		s.scrollTo(s.rows)
	default:
		return false
	}
	return true
}
