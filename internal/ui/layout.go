package ui

// focus is the pane that gets the keys.
type focus int

const (
	focusSearch focus = iota
	focusStories
	focusResults
	focusPeople
	focusQuotes
	focusReactions
	focusReader
)

// paneOrder is the order tab cycles through.
func paneOrder() []focus {
	return []focus{focusSearch, focusStories, focusResults, focusPeople, focusQuotes, focusReactions, focusReader}
}

// bodyPanes are the panes of the body, in the order of their number keys.
func bodyPanes() []focus {
	return []focus{focusStories, focusResults, focusPeople, focusQuotes, focusReactions, focusReader}
}

// overlay is a full-body window drawn over the panes.
type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlayProblems
)

// Widths from which the body splits into columns: two (lists | reader)
// and three (stories, articles and people | quotes and reactions |
// reader).
// Narrower terminals show one pane at a time, as tabs.
const (
	splitMinWidth = 100
	threeMinWidth = 150
)

// Fixed rows of the screen, top to bottom.
const (
	rowHeader = 0
	rowSearch = 1
	rowBody   = 2
)

// slot is one column of the body: the panes it can show (as tabs when
// more than one) and where it is.
type slot struct {
	panes []focus
	x, w  int
}

// has reports whether the slot can show pane f.
func (s slot) has(f focus) bool {
	for _, p := range s.panes {
		if p == f {
			return true
		}
	}
	return false
}

// layout is where everything goes on a screen of a given size.
type layout struct {
	width, height int
	bodyH         int  // rows of the pane area, title bars included
	progress      bool // a progress line above the status line
	split         bool // more than one column
	leftW         int  // width of the first column
	slots         []slot
}

func computeLayout(w, h int, loading bool) layout {
	l := layout{width: w, height: h, progress: loading}
	footer := 2 // status and help
	if loading {
		footer++
	}
	l.bodyH = max(h-rowBody-footer, 2)
	lists := []focus{focusStories, focusResults, focusPeople, focusQuotes, focusReactions}
	switch {
	case w >= threeMinWidth:
		a := w * 3 / 10
		b := w * 7 / 20
		l.slots = []slot{
			{panes: []focus{focusStories, focusResults, focusPeople}, x: 0, w: a},
			{panes: []focus{focusQuotes, focusReactions}, x: a + 1, w: b},
			{panes: []focus{focusReader}, x: a + b + 2, w: w - a - b - 2},
		}
	case w >= splitMinWidth:
		a := w * 2 / 5
		l.slots = []slot{
			{panes: lists, x: 0, w: a},
			{panes: []focus{focusReader}, x: a + 1, w: w - a - 1},
		}
	default:
		l.slots = []slot{{panes: bodyPanes(), x: 0, w: w}}
	}
	l.split = len(l.slots) > 1
	l.leftW = l.slots[0].w
	return l
}

// slotOf is the index of the slot that holds pane f.
func (l layout) slotOf(f focus) int {
	for i, s := range l.slots {
		if s.has(f) {
			return i
		}
	}
	return 0
}

// slotAt is the index of the slot under column x, or -1 on a rule.
func (l layout) slotAt(x int) int {
	for i, s := range l.slots {
		if x >= s.x && x < s.x+s.w {
			return i
		}
	}
	return -1
}

// widthOf is the width pane f gets.
func (l layout) widthOf(f focus) int { return l.slots[l.slotOf(f)].w }

// x0 is the first screen column of a body pane.
func (l layout) x0(f focus) int { return l.slots[l.slotOf(f)].x }
