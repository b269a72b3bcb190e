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
		if m.focus == focusSearch && m.overlay == overlayNone {
			cmd = m.editQuery(msg)
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
		m.setFocus(focusReader)
	case backMsg:
		m.setFocus(focusResults)
	}
	m.com.keys = m.com.keys.enableFor(m.focus, m.overlay, len(m.prog.Problems) > 0)
	return m, cmd
}

// handleKey routes a key: ctrl+c first, then an open overlay, then the
// search box (which gets everything but esc, enter and tab, so typing q
// types q), then global keys, then the focused pane.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.com.keys
	if key.Matches(msg, k.ForceQuit) {
		return m.quit()
	}
	if m.overlay != overlayNone {
		switch {
		case key.Matches(msg, k.Close):
			m.overlay = overlayNone
		case key.Matches(msg, k.Up):
			m.overlayOffset = max(m.overlayOffset-1, 0)
		case key.Matches(msg, k.Down):
			_, most := m.overlayView()
			m.overlayOffset = min(m.overlayOffset+1, most)
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
			m.setFocus(m.shown)
			return nil
		case key.Matches(msg, slash) && m.search.Value() == "":
			// The box starts focused, so the "/" a user types out of habit
			// to reach it must not become the first letter of the query.
			return nil
		}
		return m.editQuery(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Search):
		m.setFocus(focusSearch)
		return nil
	case key.Matches(msg, k.Help):
		m.openOverlay(overlayHelp)
		return nil
	case key.Matches(msg, k.Problems):
		m.openOverlay(overlayProblems)
		return nil
	}
	var cmd tea.Cmd
	switch m.focus {
	case focusResults:
		before := m.results.SelectedID()
		m.results, cmd = m.results.Update(msg)
		if m.results.SelectedID() != before {
			return tea.Batch(cmd, m.selectionChanged())
		}
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
	// A newer keystroke cancels the search in flight at once; the next one
	// waits for a pause in typing.
	m.searchSeq++
	m.stopSearch()
	return tea.Batch(cmd, after(m.searchDelay, searchDueMsg{seq: m.searchSeq}))
}

func (m *Model) quit() tea.Cmd {
	m.stopSearch()
	if m.cancelDoc != nil {
		m.cancelDoc()
		m.cancelDoc = nil
	}
	return tea.Quit
}

func (m *Model) openOverlay(o overlay) {
	m.overlay, m.overlayOffset = o, 0
}

// setFocus moves the keyboard to pane f.
func (m *Model) setFocus(f focus) {
	m.focus = f
	if f == focusSearch {
		m.search.Focus()
	} else {
		m.search.Blur()
		m.shown = f
	}
	m.com.keys = m.com.keys.enableFor(m.focus, m.overlay, len(m.prog.Problems) > 0)
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
	m.search.SetSize(l.width, 1)
	m.status.SetSize(l.width, 1)
	m.results.SetSize(l.leftW, l.bodyH-1)
	m.reader.SetSize(l.rightW, l.bodyH-1)
}

// restyle swaps in new styles, for a light or dark background.
func (m *Model) restyle(st Styles) {
	m.com.styles = st
	m.search.SetStyles()
	m.status.SetStyles()
	m.help.Styles = st.Help
}

// handleClick focuses the pane under the pointer and selects the result
// clicked.
func (m *Model) handleClick(ms tea.Mouse) tea.Cmd {
	if ms.Button != tea.MouseLeft || m.overlay != overlayNone {
		return nil
	}
	f, ok := m.lay.paneAt(ms.X, ms.Y, m.shown)
	if !ok {
		return nil
	}
	if !m.lay.split && ms.Y == rowBody {
		// The tab bar of the narrow layout: the results tab is on the left.
		f = focusResults
		if ms.X >= visibleWidth(m.results.Title())+3 {
			f = focusReader
		}
	}
	m.setFocus(f)
	if f != focusResults || ms.Y == rowBody {
		return nil
	}
	i := m.results.HitAt(ms.Y - rowBody - 1)
	if i < 0 {
		return nil
	}
	before := m.results.SelectedID()
	m.results.Select(i)
	if m.results.SelectedID() != before {
		return m.selectionChanged()
	}
	return nil
}

// handleWheel scrolls the pane under the pointer without moving focus.
func (m *Model) handleWheel(ms tea.Mouse) tea.Cmd {
	if m.overlay != overlayNone {
		return nil
	}
	dir := 0
	switch ms.Button {
	case tea.MouseWheelUp:
		dir = -1
	case tea.MouseWheelDown:
		dir = 1
	default:
		return nil
	}
	f, ok := m.lay.paneAt(ms.X, ms.Y, m.shown)
	if !ok {
		return nil
	}
	switch f {
	case focusResults:
		before := m.results.SelectedID()
		m.results.Move(dir)
		if m.results.SelectedID() != before {
			return m.selectionChanged()
		}
	case focusReader:
		m.reader.scroll(dir * wheelLines)
	}
	return nil
}

// startSearch runs the search for the current query, cancelling any
// search still running.
func (m *Model) startSearch() tea.Cmd {
	m.stopSearch()
	ctx, cancel := context.WithCancel(context.Background())
	m.cancelSearch = cancel
	return searchCmd(ctx, m.backend, m.searchSeq, m.search.Value())
}

func (m *Model) stopSearch() {
	if m.cancelSearch != nil {
		m.cancelSearch()
		m.cancelSearch = nil
	}
}

// searchDone shows an answer unless a newer search was started since.
func (m *Model) searchDone(msg searchDoneMsg) tea.Cmd {
	if msg.seq != m.searchSeq {
		return nil // stale: the query changed while it ran
	}
	m.stopSearch()
	if msg.err != nil {
		if !canceled(msg.err) {
			m.err = msg.err
		}
		return nil
	}
	m.err = nil
	m.results.SetResults(msg.res, msg.query)
	return m.selectionChanged()
}

// selectionChanged schedules a fetch of the selected article, unless the
// reader already shows it for this query.
func (m *Model) selectionChanged() tea.Cmd {
	id, q := m.results.SelectedID(), m.results.query
	if id == "" {
		m.docSeq++
		m.reader.Clear()
		return nil
	}
	if id == m.reader.id && q == m.reader.query && m.reader.err == nil {
		return nil
	}
	m.docSeq++
	return after(m.docDelay, docDueMsg{seq: m.docSeq})
}

// startDoc fetches the selected article.
func (m *Model) startDoc() tea.Cmd {
	if m.cancelDoc != nil {
		m.cancelDoc()
	}
	id, q := m.results.SelectedID(), m.results.query
	if id == "" {
		return nil
	}
	if !m.reader.hasDoc {
		m.reader.id = id // shows "Loading…" until it arrives
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancelDoc = cancel
	return docCmd(ctx, m.backend, m.docSeq, id, q)
}

func (m *Model) docDone(msg docDoneMsg) {
	if msg.seq != m.docSeq {
		return
	}
	if m.cancelDoc != nil {
		m.cancelDoc()
		m.cancelDoc = nil
	}
	switch {
	case msg.err == nil:
		m.reader.SetDocument(msg.doc, msg.query)
	case !canceled(msg.err):
		m.reader.SetError(msg.id, msg.err)
	}
}

// progressed records a progress report, re-runs the search now and then
// so that what is indexed so far can be searched, and waits for the next
// report.
func (m *Model) progressed(msg progressMsg) tea.Cmd {
	if msg.fresh {
		m.prog = msg.p
		m.results.indexed = msg.p.Articles
	}
	if msg.closed {
		m.loading, m.progressCh = false, nil
		m.results.indexing = false
		m.relayout()
		m.searchSeq++
		return m.startSearch()
	}
	cmds := []tea.Cmd{waitProgress(m.progressCh)}
	if m.prog.Elapsed-m.lastRerun >= rerunEvery {
		m.lastRerun = m.prog.Elapsed
		m.searchSeq++
		cmds = append(cmds, m.startSearch())
	}
	return tea.Batch(cmds...)
}
