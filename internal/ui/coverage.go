package ui

import (
	"strings"
)

// Sizes of the coverage table: an outlet column is at least as wide as a
// three-digit count and at most maxOutletCol; the name column keeps at
// least minNameCol, and names up to wantNameCol whole, even if outlets
// must go (with 12 cells "Donald J. Tru…" and "Donald John T…" were two
// rows no one could tell apart).
const (
	minOutletCol    = 3
	maxOutletCol    = 12
	minNameCol      = 12
	wantNameCol     = 20
	otherCol        = 5  // the column that sums the outlets left out
	exclusiveLines  = 3  // lines one exclusive quote may wrap to
	timelineOutlets = 14 // widest outlet column of the timeline
	timelineDates   = 12 // widest date column: a date the input gave as text
)

// coverageView renders the comparison as exactly height rows: a heading
// line, then the content from the scroll position.
func (s storiesPane) coverageView() []string {
	sty := s.com.styles
	st, _ := s.coverageStory()
	head := "Coverage of “" + oneLine(st.Title) + "”"
	out := []string{" " + sty.ItemMeta.Render(truncate(head, max(s.width-1, 1)))}
	if msg := s.covState.status(1, ""); msg != "" {
		style := sty.Empty
		if s.covState.err != nil {
			style = sty.StatusErr
		}
		text := oneLine(msg)
		for _, ln := range wrapOffsets(text, max(s.width-2, 1)) {
			out = append(out, "  "+renderPlain(style, text[ln.start:ln.end]))
		}
		return fitLines(out, s.width, s.height)
	}
	from, to := s.covScroll.window()
	out = append(out, s.covLines[from:to]...)
	return fitLines(out, s.width, s.height)
}

// SetStyles redraws the comparison in the current styles.
func (s *storiesPane) SetStyles() { s.relines() }

// relines draws the whole comparison once, for every frame to slice: a
// big story's comparison is hundreds of rows (a frame of one cost about
// 3x a frame of the articles and the reader when it was drawn each time,
// BenchmarkCoverageView). The scroll position is kept inside the new
// lines at the pane's height.
func (s *storiesPane) relines() {
	s.covLines = nil
	if s.covState.loaded && s.covState.err == nil {
		s.covLines = s.coverageLines()
	}
	s.covScroll.resize(len(s.covLines), s.covRows())
}

// coverageLines is the whole comparison, one string per row: the story's
// figures, who was quoted by which outlet, the quotes one outlet alone
// carried, and the timeline of its articles.
func (s storiesPane) coverageLines() []string {
	sty := s.com.styles
	c := s.cov
	w := max(s.width-1, 1) // one space of margin on the left
	line := func(st func(...string) string, text string) string { return " " + st(truncate(text, w)) }
	plain := func(text string) string { return " " + truncate(text, w) }

	var out []string
	for _, ln := range wrapParts(w, plural(len(c.Timeline), "article", "articles"),
		plural(len(c.Outlets), "outlet", "outlets"), dateSpan(c.Story)) {
		out = append(out, " "+sty.ItemMeta.Render(ln))
	}
	out = append(out, "")

	if len(c.Outlets) < 2 {
		who := "One outlet"
		if len(c.Outlets) == 1 {
			who = "Only " + oneLine(c.Outlets[0])
		}
		text := who + " covered this story: there is nothing to compare."
		for _, ln := range wrapOffsets(text, max(w-1, 1)) {
			out = append(out, "  "+sty.Empty.Render(text[ln.start:ln.end]))
		}
		out = append(out, "")
	} else {
		out = append(out, line(sty.Group.Render, "Who was quoted, by outlet"))
		out = append(out, s.coverageTable(w)...)
		out = append(out, "", line(sty.Group.Render, "Quoted by one outlet only · "+thousands(len(c.Exclusive))))
		if len(c.Exclusive) == 0 {
			out = append(out, "  "+sty.Empty.Render(truncate("Every quote was carried by more than one outlet.", max(w-1, 1))))
		}
		for _, q := range c.Exclusive {
			for _, l := range wrapStyled("“"+strings.TrimSpace(q.Text)+"”", nil, max(w-1, 1), exclusiveLines, sty.Quote) {
				out = append(out, "  "+l)
			}
			var src string
			if len(q.Sources) > 0 {
				src = joinNonEmpty(" ", oneLine(q.Sources[0].Outlet), dateOf(q.Sources[0].Date, oneLine(q.Sources[0].DateText)))
			}
			who := oneLine(q.Speaker)
			if who == "" {
				who = "unattributed"
			}
			out = append(out, "  "+sty.Attrib.Render(truncate("— "+joinNonEmpty(" · ", who, src), max(w-1, 1))))
		}
		out = append(out, "")
	}

	out = append(out, line(sty.Group.Render, "Timeline"))
	if len(c.Timeline) == 0 {
		out = append(out, "  "+sty.Empty.Render(truncate("No articles.", max(w-1, 1))))
	}
	ow, dw := 0, 0
	dates := make([]string, len(c.Timeline))
	for i, a := range c.Timeline {
		ow = max(ow, visibleWidth(oneLine(a.Outlet)))
		dates[i] = dateOf(a.Date, oneLine(a.DateText))
		if dates[i] == "" {
			dates[i] = "undated"
		}
		dw = max(dw, visibleWidth(dates[i]))
	}
	ow, dw = min(ow, timelineOutlets), min(dw, timelineDates)
	for i, a := range c.Timeline {
		date := padRight(truncate(dates[i], dw), dw)
		outlet := padRight(truncate(oneLine(a.Outlet), ow), ow)
		title := oneLine(a.Title)
		if title == "" {
			title = "(untitled)"
		}
		out = append(out, plain(sty.ItemMeta.Render(date+"  "+outlet)+"  "+truncate(title, max(w-visibleWidth(date+outlet)-4, 1))))
	}
	return out
}

// coverageTable is the people-by-outlets table: a header of outlet
// names, then one row per person with their quote count in each outlet
// ("·" for none). Outlets that do not fit the width are left out and
// counted below the table.
func (s storiesPane) coverageTable(w int) []string {
	sty := s.com.styles
	c := s.cov
	if len(c.People) == 0 {
		return []string{"  " + sty.Empty.Render(truncate("No one is quoted in this story.", max(w-1, 1)))}
	}
	cols := make([]int, len(c.Outlets))
	for i, o := range c.Outlets {
		cols[i] = min(max(visibleWidth(oneLine(o)), minOutletCol), maxOutletCol)
	}
	nameW := 0
	for _, r := range c.People {
		nameW = max(nameW, visibleWidth(oneLine(r.Name)))
	}
	// Give the outlets what they need first, then the names what is left.
	// Outlets that do not fit are summed in a last column, so that no one
	// quoted only by them shows a row of dots, as if quoted by no one.
	shown := len(cols)
	need := func(n int) int {
		t := 0
		for _, cw := range cols[:n] {
			t += 2 + cw
		}
		if n < len(cols) {
			t += 2 + otherCol
		}
		return t
	}
	for shown > 1 && w-1-need(shown) < max(min(nameW, wantNameCol), minNameCol) {
		shown--
	}
	nameW = max(min(nameW, w-1-need(shown)), 1)
	widths := cols[:shown:shown]
	if shown < len(cols) {
		widths = append(widths, otherCol)
	}

	row := func(name string, cells []string, nameSt, cellSt func(...string) string) string {
		var b strings.Builder
		b.WriteString(" " + nameSt(padRight(truncate(name, nameW), nameW)))
		for i, cw := range widths {
			b.WriteString("  " + cellSt(padLeft(truncate(cells[i], cw), cw)))
		}
		return b.String()
	}
	heads := make([]string, 0, len(widths))
	for _, o := range c.Outlets[:shown] {
		heads = append(heads, oneLine(o))
	}
	var out []string
	// Said above the table, where it is seen: a big story's table runs
	// pages down.
	if hidden := len(cols) - shown; hidden > 0 {
		heads = append(heads, "other")
		out = append(out, "  "+sty.ItemMeta.Render(truncate(plural(hidden, "more outlet does", "more outlets do")+" not fit: “other” sums them.", max(w-1, 1))))
	}
	out = append(out, row("", heads, sty.ItemMeta.Render, sty.ItemMeta.Render))
	for _, r := range c.People {
		counts := make([]int, len(widths))
		for i, n := range r.Quotes {
			counts[min(i, len(widths)-1)] += n
		}
		cells := make([]string, len(widths))
		for i, n := range counts {
			cells[i] = "·"
			if n > 0 {
				cells[i] = thousands(n)
			}
		}
		out = append(out, row(oneLine(r.Name), cells, sty.ItemTitle.Render, sty.Count.Render))
	}
	return out
}

// wrapParts joins the non-empty parts with " · " in lines of w cells,
// breaking between parts rather than inside one, so that a date span
// does not end a line at its dash; a part wider than w is wrapped.
func wrapParts(w int, parts ...string) []string {
	var out []string
	line := ""
	flush := func() {
		for _, ln := range wrapOffsets(line, w) {
			out = append(out, line[ln.start:ln.end])
		}
	}
	for _, p := range parts {
		switch {
		case strings.TrimSpace(p) == "":
		case line == "":
			line = p
		case visibleWidth(line+" · "+p) <= w:
			line += " · " + p
		default:
			flush()
			line = p
		}
	}
	if line != "" {
		flush()
	}
	return out
}

// padRight pads plain text with spaces to w cells.
func padRight(s string, w int) string { return s + strings.Repeat(" ", max(w-visibleWidth(s), 0)) }

// padLeft right-aligns plain text in w cells.
func padLeft(s string, w int) string { return strings.Repeat(" ", max(w-visibleWidth(s), 0)) + s }

// covRows is how many rows the comparison shows below its heading.
func (s storiesPane) covRows() int { return max(s.height-1, 1) }
