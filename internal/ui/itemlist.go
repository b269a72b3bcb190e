package ui

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
	for l.offset < l.cursor {
		rows := 0
		for i := l.offset; i <= l.cursor; i++ {
			rows += heightOf(i)
		}
		if rows <= l.height {
			break
		}
		l.offset++
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
