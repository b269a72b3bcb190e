package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storytui/internal/aggregate"
	"storytui/internal/index"
)

// maxHistory bounds the back stack; the oldest moves are forgotten.
const maxHistory = 100

// place is where the user was before a drill-in move: the pane, the
// story the panes were narrowed to, the story list or comparison, the
// person, the quote selected and the article in the reader.
type place struct {
	focus       focus
	story       aggregate.Story
	storyCursor int
	coverage    bool            // the comparison was open
	covStory    aggregate.Story // of this story
	covOffset   int
	person      aggregate.Person
	quoteCursor int
	docID       string
	docQuery    string
	docOffset   int
	target      index.Span
	hasTarget   bool
	ent         int
}

// push records the current place before a move.
func (m *Model) push() {
	p := place{
		focus:       m.focus,
		story:       m.story,
		storyCursor: m.stories.list.cursor,
		coverage:    m.stories.covOpen,
		covStory:    m.stories.covStory,
		covOffset:   m.stories.covScroll.offset,
		person:      m.person,
		quoteCursor: m.quotes.list.cursor,
		docOffset:   m.reader.offset,
		target:      m.reader.target,
		hasTarget:   m.reader.hasTarget,
		ent:         m.reader.ent,
	}
	if m.reader.hasDoc {
		p.docID, p.docQuery = m.reader.doc.ID, m.reader.query
	}
	m.history = append(m.history, p)
	if len(m.history) > maxHistory {
		m.history = m.history[len(m.history)-maxHistory:]
	}
}

// back returns to the place before the last move; with no moves left the
// reader goes back to the articles.
func (m *Model) back() tea.Cmd {
	if len(m.history) == 0 {
		if m.focus == focusReader {
			m.setFocus(focusResults)
		}
		return nil
	}
	p := m.history[len(m.history)-1]
	m.history = m.history[:len(m.history)-1]
	var search tea.Cmd
	if p.story.ID != m.story.ID {
		m.story = p.story
		m.searchSeq++
		search = m.startSearch()
	}
	if p.coverage {
		m.stories.OpenCoverage(p.covStory, p.covOffset)
	} else {
		m.stories.covOpen = false
	}
	m.stories.Select(p.storyCursor)
	if p.person.Key != m.person.Key {
		m.person = p.person
		m.quotes.pending = p.quoteCursor
	} else {
		m.quotes.Select(p.quoteCursor)
	}
	if i := m.people.indexOf(p.person.Key); i >= 0 {
		m.people.Select(i)
	}
	var cmd tea.Cmd
	switch {
	case p.docID == "":
	case m.reader.hasDoc && p.docID == m.reader.doc.ID:
		m.reader.Restore(p.docOffset, p.target, p.hasTarget, p.ent)
	default:
		cmd = m.openDoc(docRequest{id: p.docID, query: p.docQuery, target: p.target, hasTarget: p.hasTarget, offset: p.docOffset})
	}
	m.setFocus(p.focus)
	return tea.Batch(search, cmd)
}

// chooseStory narrows the other panes to story st and shows its
// articles.
func (m *Model) chooseStory(st aggregate.Story) tea.Cmd {
	m.push()
	m.story = st
	m.searchSeq++
	m.setFocus(focusResults)
	return m.startSearch()
}

// storyKey handles enter and c in the Stories pane: enter narrows the
// panes to the story, c opens its comparison or closes the one open.
func (m *Model) storyKey(msg tea.KeyPressMsg) tea.Cmd {
	st, ok := m.stories.target()
	switch {
	case !ok:
		return nil
	case key.Matches(msg, m.com.keys.OpenStory):
		return m.chooseStory(st)
	case m.stories.covOpen:
		return m.closeCoverage()
	}
	m.push()
	m.stories.OpenCoverage(st, 0)
	return nil
}

// closeCoverage goes from the comparison back to the story list: back
// through the history when the comparison was the last move, so that esc
// afterwards does not land on it again.
func (m *Model) closeCoverage() tea.Cmd {
	if n := len(m.history); n > 0 && m.history[n-1].focus == focusStories && !m.history[n-1].coverage {
		return m.back()
	}
	m.stories.covOpen = false
	return nil
}

// openSelectedArticle reads the selected result.
func (m *Model) openSelectedArticle() tea.Cmd {
	m.push()
	m.setFocus(focusReader)
	id := m.results.SelectedID()
	if id == "" || (m.reader.id == id && !m.reader.hasTarget) {
		return nil
	}
	return m.openDoc(docRequest{id: id, query: m.results.query, offset: -1})
}

// openQuote shows the selected quote in its newest article, highlighted.
func (m *Model) openQuote() tea.Cmd {
	q, ok := m.quotes.Selected()
	if !ok || len(q.Sources) == 0 {
		return nil
	}
	return m.openSource(mainSources(q)[0])
}

// openReaction shows the selected reaction's words in its article.
func (m *Model) openReaction() tea.Cmd {
	r, ok := m.reactions.Selected()
	if !ok || r.Source.ArticleID == "" {
		return nil
	}
	return m.openSource(r.Source)
}

// openSource opens an article at the quote a source locates.
func (m *Model) openSource(s aggregate.Source) tea.Cmd {
	m.push()
	req := docRequest{id: s.ArticleID, query: m.results.query, offset: -1}
	if s.End > s.Start {
		req.target, req.hasTarget = index.Span{Start: s.Start, End: s.End}, true
	}
	m.setFocus(focusReader)
	return m.openDoc(req)
}

// personDone opens the person a name or quote in the reader led to.
func (m *Model) personDone(msg personDoneMsg) {
	if msg.seq != m.personSeq {
		return
	}
	switch {
	case msg.err != nil:
		m.note, m.noteErr = "Could not look up "+oneLine(msg.name)+": "+msg.err.Error(), true
		return
	case !msg.ok:
		m.note, m.noteErr = "No one called “"+oneLine(msg.name)+"” in the index.", true
		return
	}
	m.push()
	m.person = msg.person
	if msg.quote != "" {
		if m.quotes.hasReq && m.quotes.loaded && m.quotes.req.key == msg.person.Key {
			m.quotes.SelectText(msg.quote)
		} else {
			m.quotes.pendingText = msg.quote
		}
	}
	if i := m.people.indexOf(msg.person.Key); i >= 0 {
		m.people.Select(i)
	}
	m.setFocus(focusQuotes)
}
