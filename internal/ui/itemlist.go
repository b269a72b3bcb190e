package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// itemList is the cursor and scroll of a list whose items have different
// heights (a quote may wrap to four lines, a person takes two). The pane
// that embeds it says how tall item i is; the list keeps the selected
// item whole on screen.
type itemList struct {
	cursor int // selected item
	offset int // first visible item
	n      int // number of items
	height int // rows available
}

// clampTo keeps cursor and offset valid for n items and scrolls so that
// the cursor's item shows whole (or from its top when taller than the
// pane).
func (l *itemList) clampTo(n int, heightOf func(i int) int) {
	l.n = n
	l.cursor = min(max(l.cursor, 0), max(n-1, 0))
	l.offset = min(max(l.offset, 0), max(n-1, 0))
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	// The first item that still shows the cursor's whole, found walking
	// back from the cursor: at most a pane of items, where stepping the
	// offset down from the top summed the items in between at every step
	// (G in a list of 2,682 quotes froze the program for minutes).
	if l.offset < l.cursor {
		first, rows := l.cursor, heightOf(l.cursor)
		for first > l.offset {
			h := heightOf(first - 1)
			if rows+h > l.height {
				break
			}
			first, rows = first-1, rows+h
		}
		l.offset = first
	}
	// Pull the list down when there is room above: no blank rows at the
	// bottom while items are hidden at the top.
	for l.offset > 0 {
		rows := 0
		for i := l.offset - 1; i < n && rows <= l.height; i++ {
			rows += heightOf(i)
		}
		if rows > l.height {
			break
		}
		l.offset--
	}
}

// visibleCount is how many items from the offset fit whole, at least one.
func (l itemList) visibleCount(heightOf func(i int) int) int {
	rows, c := 0, 0
	for i := l.offset; i < l.n; i++ {
		rows += heightOf(i)
		if rows > l.height {
			break
		}
		c++
	}
	return max(c, 1)
}

// itemAt is the item drawn at row y of the list, or -1.
func (l itemList) itemAt(y int, heightOf func(i int) int) int {
	if y < 0 || y >= l.height {
		return -1
	}
	row := 0
	for i := l.offset; i < l.n; i++ {
		h := heightOf(i)
		if y < row+h {
			return i
		}
		row += h
	}
	return -1
}

// render joins the rows of the visible items; item draws item i.
func (l itemList) render(item func(i int, selected bool) []string) []string {
	var out []string
	for i := l.offset; i < l.n && len(out) < l.height; i++ {
		out = append(out, item(i, i == l.cursor)...)
	}
	return out
}

// keys moves the cursor for the movement keys, a page being the items
// that show whole; it reports whether km was one of them.
func (l *itemList) keys(km tea.KeyPressMsg, k KeyMap, heightOf func(i int) int) bool {
	switch {
	case key.Matches(km, k.Up):
		l.cursor--
	case key.Matches(km, k.Down):
		l.cursor++
	case key.Matches(km, k.PageUp):
		l.cursor -= l.visibleCount(heightOf)
	case key.Matches(km, k.PageDown):
		l.cursor += l.visibleCount(heightOf)
	case key.Matches(km, k.Top):
		l.cursor = 0
	case key.Matches(km, k.Bottom):
		l.cursor = l.n
	default:
		return false
	}
	l.clampTo(l.n, heightOf)
	return true
}
