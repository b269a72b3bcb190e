package ui

// focus is the pane that gets the keys.
type focus int

const (
	focusSearch focus = iota
	focusResults
	focusReader
)

// paneOrder is the order tab cycles through. New panes (people, quotes)
// join here.
func paneOrder() []focus { return []focus{focusSearch, focusResults, focusReader} }

// overlay is a full-body window drawn over the panes.
type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlayProblems
)

// splitMinWidth is the narrowest terminal that shows results and reader
// side by side; narrower ones show one of them at a time, as tabs.
const splitMinWidth = 100

// Fixed rows of the screen, top to bottom.
const (
	rowHeader = 0
	rowSearch = 1
	rowBody   = 2
)

// layout is where everything goes on a screen of a given size.
type layout struct {
	width, height int
	bodyH         int  // rows of the pane area, title bars included
	progress      bool // a progress line above the status line
	split         bool
	leftW         int // results width when split
	rightW        int // reader width when split
}

func computeLayout(w, h int, loading bool) layout {
	l := layout{width: w, height: h, progress: loading}
	footer := 2 // status and help
	if loading {
		footer++
	}
	l.bodyH = max(h-rowBody-footer, 2)
	l.split = w >= splitMinWidth
	if l.split {
		l.leftW = w * 2 / 5
		l.rightW = w - l.leftW - 1 // one column for the rule
	} else {
		l.leftW, l.rightW = w, w
	}
	return l
}

// paneAt says which pane is at screen cell (x, y), if any.
func (l layout) paneAt(x, y int, shown focus) (focus, bool) {
	switch {
	case y == rowSearch:
		return focusSearch, true
	case y < rowBody || y >= rowBody+l.bodyH:
		return 0, false
	case !l.split:
		return shown, true
	case x < l.leftW:
		return focusResults, true
	case x > l.leftW:
		return focusReader, true
	}
	return 0, false
}

// x0 is the first screen column of a body pane.
func (l layout) x0(f focus) int {
	if l.split && f == focusReader {
		return l.leftW + 1
	}
	return 0
}
