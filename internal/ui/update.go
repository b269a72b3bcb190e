package ui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// wheelLines is how far one wheel notch scrolls the reader.
const wheelLines = 3

// Update handles one message. It never does I/O: every Backend call goes
// out as a Cmd and comes back as a message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.relayout()
	case tea.BackgroundColorMsg:
		if !m.noColor {
			m.restyle(NewStyles(msg.IsDark()))
		}
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.PasteMsg:
		switch {
		case m.overlay != overlayNone:
		case m.focus == focusSearch:
			cmd = m.editQuery(msg)
		case m.filter.active:
			cmd = m.editFilter(msg)
		}
	case tea.MouseClickMsg:
		cmd = m.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		cmd = m.handleWheel(msg.Mouse())
	case searchDueMsg:
		if msg.seq == m.searchSeq {
			cmd = m.startSearch()
		}
	case searchDoneMsg:
		cmd = m.searchDone(msg)
	case docDueMsg:
		if msg.seq == m.docSeq {
			cmd = m.startDoc()
		}
	case docDoneMsg:
		m.docDone(msg)
	case progressMsg:
		cmd = m.progressed(msg)
	case openMsg:
		cmd = m.openSelectedArticle()
	case storiesDoneMsg:
		if m.stories.answered(msg.seq, msg.err) && msg.err == nil {
			m.stories.SetStories(msg.stories, msg.query)
		}
	case coverageDoneMsg:
		if m.stories.covState.answered(msg.seq, msg.err) && msg.err == nil {
			m.stories.SetCoverage(msg.cov)
		}
	case openPersonMsg:
		m.push()
		m.setFocus(focusQuotes)
	case openQuoteMsg:
		cmd = m.openQuote()
	case openReactionMsg:
		cmd = m.openReaction()
	case followMsg:
		m.personSeq++
		cmd = personCmd(context.Background(), m.backend, m.personSeq, msg.person, msg.quote)
	case personDoneMsg:
		m.personDone(msg)
	case peopleDoneMsg:
		m.peopleDone(msg)
	case quotesDoneMsg:
		if m.quotes.answered(msg.seq, msg.err) && msg.err == nil {
			m.quotes.sample = msg.sample
			m.quotes.SetQuotes(msg.quotes)
		}
	case reactionsDoneMsg:
		if m.reactions.answered(msg.seq, msg.err) && msg.err == nil {
			m.reactions.sample = msg.sample
			m.reactions.SetReactions(msg.reactions)
		}
	case noteMsg:
		m.note, m.noteErr = msg.text, msg.err
	}
	m.com.keys = m.com.keys.enableFor(m.keyContext())
	return m, tea.Batch(cmd, m.syncPanes())
}

// keyContext is what decides which keys work now.
func (m Model) keyContext() keyContext {
	return keyContext{
		focus:       m.focus,
		overlay:     m.overlay,
		hasProblems: len(m.prog.Problems) > 0,
		canGoBack:   len(m.history) > 0 || m.focus == focusReader,
		filtering:   m.filter.active,

		hasStory:      m.storyTargetOK(),
		hasHistory:    len(m.searches) > 0,
		readerMatches: m.reader.hasDoc && len(m.reader.matchLine) > 0,
		readerMarks:   m.reader.hasDoc && len(m.reader.shown.ents) > 0,
	}
}

// storyTargetOK reports whether enter and c in the Stories pane have a
// story to act on.
func (m Model) storyTargetOK() bool {
	_, ok := m.stories.target()
	return ok
}

// handleKey routes a key: ctrl+c first, then an open overlay, then the
// search box or a filter (which get everything but esc, enter and tab, so
// typing q types q), then global keys, then the focused pane.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.com.keys
	if key.Matches(msg, k.ForceQuit) {
		return m.quit()
	}
	m.note, m.noteErr = "", false
	if m.overlay != overlayNone {
		if key.Matches(msg, k.Close) {
			m.overlay = overlayNone
			return nil
		}
		_, sc := m.overlayView()
		if sc.keys(msg, k) {
			m.overlayScroll = sc
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.NextPane):
		m.cycleFocus(1)
		return nil
	case key.Matches(msg, k.PrevPane):
		m.cycleFocus(-1)
		return nil
	}
	if m.focus == focusSearch {
		// Search is disabled in the box (help must not offer it there), so
		// match an enabled copy for the habitual "/" below.
		slash := k.Search
		slash.SetEnabled(true)
		switch {
		case key.Matches(msg, k.Submit), key.Matches(msg, k.Leave):
			m.setFocus(m.recent[0])
			return nil
		case key.Matches(msg, k.Earlier):
			return m.recallSearch(1)
		case key.Matches(msg, k.Later):
			return m.recallSearch(-1)
		case key.Matches(msg, slash) && m.search.Value() == "":
			// The box starts focused, so the "/" a user types out of habit
			// to reach it must not become the first letter of the query.
			return nil
		}
		return m.editQuery(msg)
	}
	if m.filter.active {
		switch {
		case key.Matches(msg, k.FilterKeep):
			m.filter.Stop()
		case key.Matches(msg, k.FilterClear):
			m.setFilter("")
			m.filter.Stop()
		default:
			return m.editFilter(msg)
		}
		return nil
	}
	if f, ok := k.paneKey(func(b key.Binding) bool { return key.Matches(msg, b) }); ok {
		m.setFocus(f)
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Search):
		m.setFocus(focusSearch)
		return nil
	case key.Matches(msg, k.Filter):
		m.filter.Start(m.filterOf(m.focus), m.lay.widthOf(m.focus))
		return nil
	case key.Matches(msg, k.Help):
		m.openOverlay(overlayHelp)
		return nil
	case key.Matches(msg, k.Problems):
		m.openOverlay(overlayProblems)
		return nil
	case key.Matches(msg, k.Back):
		return m.back()
	case key.Matches(msg, k.OpenStory), key.Matches(msg, k.Coverage):
		return m.storyKey(msg)
	case key.Matches(msg, k.Scope):
		m.cycleScope()
		return nil
	case key.Matches(msg, k.Copy):
		return m.copySelection()
	case key.Matches(msg, k.OpenURL):
		return m.openSelectionURL()
	case key.Matches(msg, k.Export):
		return m.export(false)
	case key.Matches(msg, k.ExportJSON):
		return m.export(true)
	}
	var cmd tea.Cmd
	switch m.focus {
	case focusStories:
		m.stories, cmd = m.stories.Update(msg)
		m.stories.moreAtEnd()
	case focusResults:
		before := m.results.SelectedID()
		m.results, cmd = m.results.Update(msg)
		if m.results.SelectedID() != before {
			return tea.Batch(cmd, m.selectionChanged(), m.moreHits())
		}
	case focusPeople:
		m.people, cmd = m.people.Update(msg)
		m.followPeople()
	case focusQuotes:
		m.quotes, cmd = m.quotes.Update(msg)
	case focusReactions:
		m.reactions, cmd = m.reactions.Update(msg)
	case focusReader:
		m.reader, cmd = m.reader.Update(msg)
	}
	return cmd
}

// editQuery passes a key or paste to the search box and schedules a
// search when the text changed.
func (m *Model) editQuery(msg tea.Msg) tea.Cmd {
	before := m.search.Value()
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	if m.search.Value() == before {
		return cmd
	}
	m.recall = 0 // typing starts a new search, from the top of the history
	// A newer keystroke cancels the search in flight at once; the next one
	// waits for a pause in typing.
	m.searchSeq++
	m.stopSearch()
	return tea.Batch(cmd, after(m.searchDelay, searchDueMsg{seq: m.searchSeq}))
}

// recallSearch puts the search dir steps back in the history (forward
// when dir < 0) in the box and runs it; stepping forward past the newest
// brings back what was being typed.
func (m *Model) recallSearch(dir int) tea.Cmd {
	n := len(m.searches)
	if m.recall == 0 {
		m.draft = m.search.Value()
	}
	pos := min(max(m.recall+dir, 0), n)
	q := m.draft
	if pos > 0 {
		q = m.searches[n-pos]
	}
	if pos == m.recall && q == m.search.Value() {
		return nil
	}
	m.recall = pos
	m.search.SetValue(q)
	m.searchSeq++
	m.stopSearch()
	return after(m.searchDelay, searchDueMsg{seq: m.searchSeq})
}

func (m *Model) quit() tea.Cmd {
	m.stopSearch()
	if m.cancelDoc != nil {
		m.cancelDoc()
		m.cancelDoc = nil
	}
	m.stories.stop()
	m.stories.covState.stop()
	m.people.stop()
	m.quotes.stop()
	m.reactions.stop()
	return tea.Quit
}

func (m *Model) openOverlay(o overlay) {
	m.overlay, m.overlayScroll = o, scroller{}
	m.filter.Stop()
}

// setFocus moves the keyboard to pane f.
func (m *Model) setFocus(f focus) {
	if f != m.focus {
		m.filter.Stop()
	}
	if m.focus == focusSearch && f != focusSearch {
		m.remember(m.search.Value()) // a search left is one kept
	}
	m.focus = f
	if f == focusSearch {
		m.search.Focus()
	} else {
		m.search.Blur()
		m.touch(f)
	}
	m.com.keys = m.com.keys.enableFor(m.keyContext())
}

// touch puts f first among the recently focused panes, which decides
// what each slot shows.
func (m *Model) touch(f focus) {
	out := []focus{f}
	for _, r := range m.recent {
		if r != f {
			out = append(out, r)
		}
	}
	m.recent = out
}

// cycleFocus moves focus dir steps along paneOrder.
func (m *Model) cycleFocus(dir int) {
	order := paneOrder()
	for i, f := range order {
		if f == m.focus {
			m.setFocus(order[(i+dir+len(order))%len(order)])
			return
		}
	}
	m.setFocus(order[0])
}

// relayout recomputes the layout and hands each part its size.
func (m *Model) relayout() {
	m.lay = computeLayout(m.width, m.height, m.loading)
	l := m.lay
	h := l.bodyH - 1 // the title or tab row
	m.search.SetSize(l.width, 1)
	m.status.SetSize(l.width, 1)
	m.stories.SetSize(l.widthOf(focusStories), h)
	m.results.SetSize(l.widthOf(focusResults), h)
	m.people.SetSize(l.widthOf(focusPeople), h)
	m.quotes.SetSize(l.widthOf(focusQuotes), h)
	m.reactions.SetSize(l.widthOf(focusReactions), h)
	m.reader.SetSize(l.widthOf(focusReader), h)
}

// restyle swaps in new styles, for a light or dark background.
func (m *Model) restyle(st Styles) {
	m.com.styles = st
	m.search.SetStyles()
	m.filter.SetStyles()
	m.status.SetStyles()
	m.stories.SetStyles()
	m.help.Styles = st.Help
}

// followPeople makes the person selected in the people pane the one the
// quotes pane shows.
func (m *Model) followPeople() {
	if p, ok := m.people.Selected(); ok && p.Key != m.person.Key {
		m.person = p
	}
}

// filterOf is the filter of pane f.
func (m Model) filterOf(f focus) string {
	switch f {
	case focusPeople:
		return m.people.filter
	case focusQuotes:
		return m.quotes.filter
	case focusReactions:
		return m.reactions.filter
	}
	return ""
}

// setFilter filters the focused pane by s.
func (m *Model) setFilter(s string) {
	switch m.focus {
	case focusPeople:
		m.people.filter = s
		m.people.refresh(m.people.selectedKey())
		m.followPeople()
	case focusQuotes:
		m.quotes.filter = s
		m.quotes.refresh()
	case focusReactions:
		m.reactions.filter = s
		m.reactions.refresh()
	}
}

// editFilter passes a key or paste to the filter box and filters as the
// text changes.
func (m *Model) editFilter(msg tea.Msg) tea.Cmd {
	before := m.filter.Value()
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	if v := m.filter.Value(); v != before {
		m.setFilter(v)
	}
	return cmd
}

// cycleScope moves the focused pane to its next scope: people and
// reactions between the results and the article, quotes from the corpus
// to the results to the article.
func (m *Model) cycleScope() {
	switch m.focus {
	case focusPeople:
		m.people.scope = map[scopeMode]scopeMode{scopeResults: scopeArticle}[m.people.scope]
	case focusReactions:
		m.reactions.scope = map[scopeMode]scopeMode{scopeResults: scopeArticle}[m.reactions.scope]
	case focusQuotes:
		m.quotes.scope = map[scopeMode]scopeMode{scopeCorpus: scopeResults, scopeResults: scopeArticle, scopeArticle: scopeCorpus}[m.quotes.scope]
	}
}
