package ui

import tea "charm.land/bubbletea/v2"

// handleClick focuses the pane under the pointer (or the tab clicked)
// and selects the item clicked.
func (m *Model) handleClick(ms tea.Mouse) tea.Cmd {
	if ms.Button != tea.MouseLeft || m.overlay != overlayNone {
		return nil
	}
	if ms.Y == rowSearch {
		m.setFocus(focusSearch)
		return nil
	}
	if ms.Y < rowBody || ms.Y >= rowBody+m.lay.bodyH {
		return nil
	}
	i := m.lay.slotAt(ms.X)
	if i < 0 {
		return nil
	}
	if ms.Y == rowBody {
		if f, ok := m.tabAt(i, ms.X); ok {
			m.setFocus(f)
		}
		return nil
	}
	f := m.shownIn(i)
	m.setFocus(f)
	row := ms.Y - rowBody - 1
	switch f {
	case focusStories:
		if it := m.stories.list.itemAt(row-1, m.stories.itemHeight); it >= 0 && !m.stories.covOpen {
			m.stories.Select(it)
			m.stories.moreAtEnd()
		}
	case focusResults:
		hit := m.results.HitAt(row)
		if hit < 0 {
			return nil
		}
		before := m.results.SelectedID()
		m.results.Select(hit)
		if m.results.SelectedID() != before {
			return tea.Batch(m.selectionChanged(), m.moreHits())
		}
	case focusPeople:
		if it := m.people.list.itemAt(row-1, m.people.itemHeight); it >= 0 {
			m.people.Select(it)
			m.followPeople()
		}
	case focusQuotes:
		if it := m.quotes.list.itemAt(row-1, m.quotes.itemHeight); it >= 0 {
			m.quotes.Select(it)
		}
	case focusReactions:
		if it := m.reactions.list.itemAt(row-1, m.reactions.itemHeight); it >= 0 {
			m.reactions.Select(it)
		}
	}
	return nil
}

// handleWheel scrolls the pane under the pointer without moving focus.
func (m *Model) handleWheel(ms tea.Mouse) tea.Cmd {
	if m.overlay != overlayNone || ms.Y < rowBody || ms.Y >= rowBody+m.lay.bodyH {
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
	i := m.lay.slotAt(ms.X)
	if i < 0 {
		return nil
	}
	switch m.shownIn(i) {
	case focusStories:
		if m.stories.covOpen {
			m.stories.covScroll.scrollBy(dir * wheelLines)
		} else {
			m.stories.Select(m.stories.list.cursor + dir)
			m.stories.moreAtEnd()
		}
	case focusResults:
		before := m.results.SelectedID()
		m.results.Move(dir)
		if m.results.SelectedID() != before {
			return tea.Batch(m.selectionChanged(), m.moreHits())
		}
	case focusPeople:
		m.people.Select(m.people.list.cursor + dir)
		m.followPeople()
	case focusQuotes:
		m.quotes.Select(m.quotes.list.cursor + dir)
	case focusReactions:
		m.reactions.Select(m.reactions.list.cursor + dir)
	case focusReader:
		m.reader.scrollBy(dir * wheelLines)
	}
	return nil
}
