package ui

import "strings"

// shownIn is the pane slot i shows: the one focused most recently among
// its panes, or its first.
func (m Model) shownIn(i int) focus {
	s := m.lay.slots[i]
	for _, f := range m.recent {
		if s.has(f) {
			return f
		}
	}
	return s.panes[0]
}

// visible reports whether pane f is on screen.
func (m Model) visible(f focus) bool {
	if m.overlay != overlayNone || len(m.lay.slots) == 0 {
		return false
	}
	return m.shownIn(m.lay.slotOf(f)) == f
}

// body draws the slots side by side, each a title or tab row over its
// pane, with a rule between them.
func (m Model) body() []string {
	l := m.lay
	rule := m.com.styles.Separator.Render("│")
	cols := make([][]string, len(l.slots))
	for i, s := range l.slots {
		f := m.shownIn(i)
		cols[i] = append([]string{m.tabRow(i, f, s.w)}, m.paneLines(f)...)
	}
	out := make([]string, l.bodyH)
	for r := range out {
		var b strings.Builder
		for i := range cols {
			if i > 0 {
				b.WriteString(rule)
			}
			line := ""
			if r < len(cols[i]) {
				line = cols[i][r]
			}
			b.WriteString(fitLine(line, l.slots[i].w))
		}
		out[r] = b.String()
	}
	return out
}

// paneLines renders pane f at its size.
func (m Model) paneLines(f focus) []string {
	focused := m.focus == f
	filterLine := ""
	if m.filter.active && focused {
		filterLine = m.filter.View(m.lay.widthOf(f))
	}
	switch f {
	case focusStories:
		return m.stories.lines(focused, storiesInfo{
			indexing: m.results.indexing,
			indexed:  m.results.indexed,
			chosen:   m.story.ID,
		})
	case focusResults:
		return m.results.lines(focused)
	case focusPeople:
		note := sampleNote(m.people.sample)
		return m.people.lines(focused, m.scopeText(m.people.scope)+note, m.scopeBrief(m.people.scope)+note, filterLine)
	case focusQuotes:
		note := sampleNote(m.quotes.sample)
		return m.quotes.lines(focused, m.scopeText(m.quotes.scope)+note, m.scopeBrief(m.quotes.scope)+note, filterLine)
	case focusReactions:
		note := sampleNote(m.reactions.sample)
		return m.reactions.lines(focused, m.scopeText(m.reactions.scope)+note, m.scopeBrief(m.reactions.scope)+note, filterLine)
	}
	if r := m.reader; !r.hasDoc && r.id == "" && r.err == nil && m.results.searched && len(m.results.res.Hits) == 0 {
		// "Select an article to read it." over a search that found none
		// asked for what cannot be done.
		text := "Nothing to read: no article matches the search."
		switch {
		case m.results.indexing:
			text = "Nothing to read yet."
		case strings.TrimSpace(m.results.query) == "":
			text = "Nothing to read: the index holds no articles."
		}
		return fitLines(r.message(m.com.styles.Empty, text), r.width, r.height)
	}
	return m.reader.view()
}

// paneTitle is the title of pane f, with its number key.
func (m Model) paneTitle(f focus) string {
	switch f {
	case focusStories:
		return "1 " + m.stories.Title()
	case focusResults:
		return "2 " + m.results.Title()
	}
	if !m.current(f) {
		// Its count would be of an answer to an older search.
		return shortTitle(f)
	}
	switch f {
	case focusPeople:
		return "3 " + m.people.Title()
	case focusQuotes:
		return "4 " + m.quotes.Title()
	case focusReactions:
		return "5 " + m.reactions.Title()
	}
	return "6 " + m.reader.Title()
}

// shortTitle is the title without counts, for a crowded tab row.
func shortTitle(f focus) string {
	return [...]string{"", "1 Stories", "2 Articles", "3 People", "4 Quotes", "5 Reactions", "6 Reader"}[f]
}

// abbrevTitle is the title cut to a few letters for a tab row with no
// room for words: "5 Reac" and "6 Read", because cut to three letters
// both said "Rea".
func abbrevTitle(f focus) string {
	return [...]string{"", "1 Sto", "2 Art", "3 Peo", "4 Quo", "5 Reac", "6 Read"}[f]
}

// tab is one label of a tab row and the columns it covers, relative to
// the slot.
type tab struct {
	f      focus
	text   string
	x0, x1 int
}

// tabs lays out the labels of slot i showing pane shown in w cells: full
// titles when they fit, else short ones for the panes not shown, cut to
// a few letters that tell every pane apart, to three ("5 Rea", which
// could be either R pane), to one ("2 A"), else bare numbers.
func (m Model) tabs(i int, shown focus, w int) []tab {
	s := m.lay.slots[i]
	for level := 0; level < 6; level++ {
		var out []tab
		x := 0
		for j, f := range s.panes {
			if j > 0 {
				x++ // the rule between tabs
			}
			text := m.paneTitle(f)
			if f != shown {
				switch level {
				case 1:
					text = shortTitle(f)
				case 2:
					text = abbrevTitle(f)
				case 3:
					text = shortTitle(f)[:5]
				case 4:
					text = shortTitle(f)[:3]
				case 5:
					text = shortTitle(f)[:1]
				}
			}
			if f == m.focus {
				text = " ▸ " + text + " "
			} else {
				text = " " + text + " "
			}
			out = append(out, tab{f, text, x, x + visibleWidth(text)})
			x += visibleWidth(text)
		}
		if x <= w || level == 5 {
			return out
		}
	}
	return nil
}

// tabRow draws the title bar of slot i: its tabs, or the one title.
func (m Model) tabRow(i int, shown focus, w int) string {
	st := m.com.styles
	if len(m.lay.slots[i].panes) == 1 {
		if m.focus == shown {
			return fitLine(st.PaneFocus.Render(truncate(" ▸ "+m.paneTitle(shown), w)), w)
		}
		return fitLine(st.PaneTitle.Render(truncate("   "+m.paneTitle(shown), w)), w)
	}
	var b strings.Builder
	for j, t := range m.tabs(i, shown, w) {
		if j > 0 {
			b.WriteString(st.Separator.Render("│"))
		}
		if t.f == shown {
			b.WriteString(st.PaneFocus.Render(t.text))
		} else {
			b.WriteString(st.PaneTitle.Render(t.text))
		}
	}
	return fitLine(b.String(), w)
}

// tabAt is the pane whose tab is at column x of slot i's tab row.
func (m Model) tabAt(i, x int) (focus, bool) {
	s := m.lay.slots[i]
	if len(s.panes) == 1 {
		return s.panes[0], true
	}
	for _, t := range m.tabs(i, m.shownIn(i), s.w) {
		if x-s.x >= t.x0 && x-s.x < t.x1 {
			return t.f, true
		}
	}
	return 0, false
}

// scopeText says what a pane in scope mode s covers now.
func (m Model) scopeText(s scopeMode) string {
	title := ""
	if m.reader.hasDoc {
		title = m.reader.doc.Title
	}
	return s.describe(m.results.query, title, m.story.Title)
}

// scopeBrief is scopeText without the query and titles it quotes.
func (m Model) scopeBrief(s scopeMode) string {
	return s.brief(m.results.query, m.story.Title)
}
