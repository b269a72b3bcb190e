package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestScrollerResize(t *testing.T) {
	tests := []struct {
		name               string
		offset             int
		rows, height       int
		wantOff, wantFrom  int
		wantTo, wantMaxOff int
	}{
		{"empty content", 5, 0, 10, 0, 0, 0, 0},
		{"empty view", 5, 20, 0, 5, 5, 5, 20},
		{"shorter than the view", 3, 4, 10, 0, 0, 4, 0},
		{"exactly the view", 2, 10, 10, 0, 0, 10, 0},
		{"negative offset", -4, 30, 10, 0, 0, 10, 20},
		{"inside", 7, 30, 10, 7, 7, 17, 20},
		{"past the end", 29, 30, 10, 20, 20, 30, 20},
		{"view grown past the offset", 25, 30, 28, 2, 2, 30, 2},
		{"content shrunk under the offset", 25, 12, 10, 2, 2, 12, 2},
		{"negative sizes", 3, -1, -1, 0, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := scroller{offset: tc.offset}
			s.resize(tc.rows, tc.height)
			from, to := s.window()
			if s.offset != tc.wantOff || from != tc.wantFrom || to != tc.wantTo || s.maxOffset() != tc.wantMaxOff {
				t.Fatalf("offset %d window [%d,%d) max %d, want %d [%d,%d) max %d",
					s.offset, from, to, s.maxOffset(), tc.wantOff, tc.wantFrom, tc.wantTo, tc.wantMaxOff)
			}
		})
	}
}

// TestScrollerResizeOrder: a rewrap that makes the content longer and a
// smaller view at the same time keep an offset valid for both (setting
// them one at a time, the first clamp could cut it).
func TestScrollerResizeOrder(t *testing.T) {
	s := scroller{rows: 50, height: 20}
	s.scrollTo(30)
	s.resize(80, 10)
	if s.offset != 30 {
		t.Fatalf("offset %d after resize, want 30", s.offset)
	}
}

func TestScrollerKeys(t *testing.T) {
	k := DefaultKeyMap()
	press := func(code rune, text string) tea.KeyPressMsg { return tea.KeyPressMsg{Code: code, Text: text} }
	tests := []struct {
		name         string
		rows, height int
		offset       int
		key          tea.KeyPressMsg
		want         int
		handled      bool
	}{
		{"down", 30, 10, 0, press('j', "j"), 1, true},
		{"down at the bottom", 30, 10, 20, press('j', "j"), 20, true},
		{"up at the top", 30, 10, 0, press('k', "k"), 0, true},
		{"page down keeps a row of context", 30, 10, 0, press(tea.KeyPgDown, ""), 9, true},
		{"page down near the end", 30, 10, 15, press(tea.KeyPgDown, ""), 20, true},
		{"page up", 30, 10, 15, press(tea.KeyPgUp, ""), 6, true},
		{"page up near the top", 30, 10, 4, press(tea.KeyPgUp, ""), 0, true},
		{"page of a one-row view moves one", 30, 1, 4, press(tea.KeyPgDown, ""), 5, true},
		{"bottom", 30, 10, 0, press('G', "G"), 20, true},
		{"top", 30, 10, 13, press('g', "g"), 0, true},
		{"bottom of short content", 4, 10, 0, press(tea.KeyEnd, ""), 0, true},
		{"page down of empty content", 0, 10, 0, press(tea.KeyPgDown, ""), 0, true},
		{"other key", 30, 10, 5, press('x', "x"), 5, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := scroller{rows: tc.rows, height: tc.height}
			s.scrollTo(tc.offset)
			handled := s.keys(tc.key, k)
			if s.offset != tc.want || handled != tc.handled {
				t.Fatalf("offset %d handled %v, want %d %v", s.offset, handled, tc.want, tc.handled)
			}
		})
	}
}

func TestScrollerReveal(t *testing.T) {
	tests := []struct {
		name         string
		rows, height int
		offset, line int
		want         int
	}{
		{"already shown: no move", 100, 12, 10, 15, 10},
		{"last row shown: no move", 100, 12, 10, 21, 10},
		{"just below: a third down", 100, 12, 10, 22, 18},
		{"above: a third down", 100, 12, 50, 20, 16},
		{"near the top: clamped to 0", 100, 12, 50, 2, 0},
		{"near the end: clamped to the last page", 100, 12, 0, 98, 88},
		{"past the content", 100, 12, 0, 500, 88},
		{"content shorter than the view", 5, 12, 0, 4, 0},
		{"empty content", 0, 12, 0, 3, 0},
		{"zero height", 100, 0, 10, 40, 40},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := scroller{rows: tc.rows, height: tc.height}
			s.scrollTo(tc.offset)
			s.reveal(tc.line)
			if s.offset != tc.want {
				t.Fatalf("offset %d, want %d", s.offset, tc.want)
			}
		})
	}
}

func TestScrollerPosition(t *testing.T) {
	tests := []struct {
		rows, height, offset int
		want                 string
	}{
		{0, 10, 0, "0/0"},
		{4, 10, 0, "4/4"},
		{2500, 10, 0, "10/2,500"},
		{2500, 10, 9999, "2,500/2,500"},
	}
	for _, tc := range tests {
		s := scroller{rows: tc.rows, height: tc.height}
		s.scrollTo(tc.offset)
		if got := s.position(); got != tc.want {
			t.Errorf("rows %d height %d offset %d: %q, want %q", tc.rows, tc.height, tc.offset, got, tc.want)
		}
	}
}
