package ui

import (
	"context"
	"regexp"
	"strings"

	tea "charm.land/bubbletea/v2"

	"storytui/internal/index"
)

// startSearch runs the search for the current query, cancelling any
// search still running.
func (m *Model) startSearch() tea.Cmd {
	m.stopSearch()
	ctx, cancel := context.WithCancel(context.Background())
	m.cancelSearch = cancel
	if m.search.Value() != m.storiesFor || !m.searchStarted {
		m.stories.limit = storiesLimit // a new query's stories start from the largest
	}
	m.storiesFor, m.searchStarted = m.search.Value(), true
	q, story := m.search.Value(), m.story.ID
	if !m.results.searched || q != m.results.query || story != m.results.story || m.hitLimit < searchLimit {
		// A new search starts from the first page; a re-run of the one
		// shown (while indexing) keeps the pages already read.
		m.hitLimit = searchLimit
	}
	return searchCmd(ctx, m.backend, m.searchSeq, q, story, m.hitLimit)
}

// moreHits asks for the next page of hits when the selection has reached
// the last hit of the list and the search found more: the list went on
// no further than the 100th of 5,126 hits.
func (m *Model) moreHits() tea.Cmd {
	r := m.results
	n := len(r.res.Hits)
	switch {
	case !r.searched, n == 0, r.list.cursor < n-1, uint64(n) >= r.res.Total:
		return nil
	case m.cancelSearch != nil, r.query != m.search.Value(), r.story != m.story.ID:
		return nil // a search is running or due; its answer decides
	}
	m.hitLimit = n + searchLimit
	m.searchSeq++
	return m.startSearch()
}

func (m *Model) stopSearch() {
	if m.cancelSearch != nil {
		m.cancelSearch()
		m.cancelSearch = nil
	}
}

// searchDone shows an answer unless a newer search was started since.
// The reader follows the selection only when the answer changed it, so a
// re-run while indexing does not take away an article opened at a quote.
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
	before, beforeQuery, beforeStory, had := m.results.SelectedID(), m.results.query, m.results.story, m.results.searched
	m.results.SetResults(msg.res, msg.query, msg.story)
	m.results.near, m.results.nearHits = msg.near, msg.nearHits
	same := msg.query == beforeQuery && msg.story == beforeStory
	if had && m.results.SelectedID() == before && same && (m.reader.hasDoc || before == "") {
		return nil
	}
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
	m.docWant = docRequest{id: id, query: q, offset: -1}
	return after(m.docDelay, docDueMsg{seq: m.docSeq})
}

// openDoc shows an article in the reader at once, at a quote or a scroll
// position.
func (m *Model) openDoc(req docRequest) tea.Cmd {
	m.docSeq++
	m.docWant = req
	if m.reader.hasDoc && m.reader.doc.ID == req.id && m.reader.query == req.query {
		m.applyDoc(req)
		return nil
	}
	return m.startDoc()
}

// startDoc fetches the wanted article.
func (m *Model) startDoc() tea.Cmd {
	if m.cancelDoc != nil {
		m.cancelDoc()
	}
	req := m.docWant
	if req.id == "" {
		return nil
	}
	if !m.reader.hasDoc {
		m.reader.id = req.id // shows "Loading…" until it arrives
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancelDoc = cancel
	return docCmd(ctx, m.backend, m.docSeq, req)
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
		m.reader.SetDocument(msg.doc, msg.req.query)
		m.applyDoc(msg.req)
	case !canceled(msg.err):
		m.reader.SetError(msg.req.id, msg.err)
	}
}

// applyDoc goes to the quote or scroll position a request asks for.
func (m *Model) applyDoc(req docRequest) {
	if req.hasTarget {
		m.reader.SetTarget(req.target)
	}
	if req.offset >= 0 {
		m.reader.scrollTo(req.offset)
	}
}

// progressed records a progress report, re-runs the search now and then
// so that what is indexed so far can be searched, and waits for the next
// report. A finished run (a Done report, or the channel closed) refreshes
// the search and the panes; with --watch the channel stays open and every
// update of a watched folder is a new run that ends in a Done report.
func (m *Model) progressed(msg progressMsg) tea.Cmd {
	if msg.fresh {
		m.prog = msg.p
		m.results.indexed = msg.p.Articles
		if !msg.p.Done && !m.loading {
			// A new run after the first one finished.
			m.loading, m.results.indexing, m.lastRerun = true, true, 0
			m.relayout()
		}
	}
	if msg.closed || (msg.fresh && msg.p.Done) {
		m.loading, m.lastRerun = false, 0
		m.results.indexing = false
		m.relayout()
		m.searchSeq++
		m.refetchPanes()
		if msg.closed {
			m.progressCh = nil
			return m.startSearch()
		}
		return tea.Batch(m.startSearch(), m.refetchDoc(), waitProgress(m.progressCh))
	}
	cmds := []tea.Cmd{waitProgress(m.progressCh)}
	if m.prog.Elapsed-m.lastRerun >= rerunEvery {
		m.lastRerun = m.prog.Elapsed
		m.searchSeq++
		cmds = append(cmds, m.startSearch())
	}
	return tea.Batch(cmds...)
}

// refetchDoc fetches the article in the reader again, where it was
// scrolled to, for when its file may have changed.
func (m *Model) refetchDoc() tea.Cmd {
	if !m.reader.hasDoc {
		return nil
	}
	m.docSeq++
	m.docWant = docRequest{id: m.reader.doc.ID, query: m.reader.query, offset: m.reader.offset}
	return m.startDoc()
}

// refetchPanes makes the stories, people, quotes and reactions panes ask again,
// once the index is complete.
func (m *Model) refetchPanes() {
	for _, p := range []*paneState{&m.stories.paneState, &m.stories.covState, &m.people.paneState, &m.quotes.paneState, &m.reactions.paneState} {
		p.hasReq = false
	}
}

// scopeOf is the index scope of mode s now, and whether there is one yet.
// With a story chosen, the corpus is the story and the results are its
// articles the query finds.
func (m Model) scopeOf(s scopeMode) (index.Scope, bool) {
	switch s {
	case scopeCorpus:
		return index.Scope{StoryID: m.story.ID}, true
	case scopeArticle:
		return index.Scope{ArticleID: m.reader.doc.ID}, m.reader.hasDoc
	}
	return index.Scope{Query: m.results.query, StoryID: m.results.story}, m.results.searched
}

// peopleWant is what the people pane needs now, and whether it needs
// anything (no scope yet: nothing).
func (m Model) peopleWant() (request, bool) {
	scope, ok := m.scopeOf(m.people.scope)
	return request{scope: scope}, ok
}

// quotesWant is what the quotes pane needs now: the chosen person's
// quotes in its scope; nothing without a person.
func (m Model) quotesWant() (request, bool) {
	scope, ok := m.scopeOf(m.quotes.scope)
	return request{scope: scope, key: m.person.Key}, ok && m.person.Key != ""
}

// reactionsWant is what the reactions pane needs now.
func (m Model) reactionsWant() (request, bool) {
	scope, ok := m.scopeOf(m.reactions.scope)
	return request{scope: scope}, ok
}

// current reports whether the list pane f shows the answer to what it
// needs now. A pane that is not on screen asks for nothing, so after a
// new search it still holds the answer to the old one, whose count its
// tab must not show ("People · 20" over a search that found nothing).
func (m Model) current(f focus) bool {
	var (
		p    paneState
		want request
		ok   bool
	)
	switch f {
	case focusPeople:
		p = m.people.paneState
		want, ok = m.peopleWant()
	case focusQuotes:
		p = m.quotes.paneState
		want, ok = m.quotesWant()
	case focusReactions:
		p = m.reactions.paneState
		want, ok = m.reactionsWant()
	default:
		return true
	}
	return ok && p.hasReq && p.req == want
}

// syncPanes asks the backend for what each visible pane needs and does
// not have: a pane fetches again only when its scope (or person)
// changed, so coming back to a pane finds its cursor where it was.
func (m *Model) syncPanes() tea.Cmd {
	var cmds []tea.Cmd
	if m.visible(focusStories) {
		// The stories of the articles the search finds: they follow the
		// query, not the story chosen among them, and are asked for as the
		// search starts rather than when it answers, so the two run side
		// by side.
		req := request{scope: index.Scope{Query: m.storiesFor}, limit: m.stories.wantLimit()}
		if m.searchStarted && m.stories.wants(req) {
			// Asking for more of the same query's stories keeps the list
			// on screen until they come.
			m.stories.more = m.stories.loaded && m.stories.err == nil && m.stories.req.scope == req.scope
			seq, ctx := m.stories.begin(req)
			cmds = append(cmds, storiesCmd(ctx, m.backend, seq, req.scope.Query, req.limit))
		}
		if req := (request{key: m.stories.covStory.ID}); m.stories.covOpen && m.stories.covState.wants(req) {
			seq, ctx := m.stories.covState.begin(req)
			cmds = append(cmds, coverageCmd(ctx, m.backend, seq, req.key))
		}
	}
	if m.visible(focusPeople) || m.visible(focusQuotes) && m.pickPending() {
		req, ok := m.peopleWant()
		scope := req.scope
		switch {
		case !ok:
			if m.people.hasReq {
				m.people.Clear()
			}
		case m.people.wants(req):
			seq, ctx := m.people.begin(req)
			cmds = append(cmds, peopleCmd(ctx, m.backend, seq, scope))
		}
	}
	if m.visible(focusQuotes) {
		req, ok := m.quotesWant()
		scope := req.scope
		m.quotes.person = m.person
		switch {
		case !ok:
			if m.quotes.hasReq {
				m.quotes.Clear()
			}
		case m.quotes.wants(req):
			seq, ctx := m.quotes.begin(req)
			cmds = append(cmds, quotesCmd(ctx, m.backend, seq, req.key, scope))
		}
	}
	if m.visible(focusReactions) {
		req, ok := m.reactionsWant()
		scope := req.scope
		switch {
		case !ok:
			if m.reactions.hasReq {
				m.reactions.Clear()
			}
		case m.reactions.wants(req):
			seq, ctx := m.reactions.begin(req)
			cmds = append(cmds, reactionsCmd(ctx, m.backend, seq, scope))
		}
	}
	return tea.Batch(cmds...)
}

// peopleDone shows the people, keeping the current person selected.
func (m *Model) peopleDone(msg peopleDoneMsg) {
	if !m.people.answered(msg.seq, msg.err) || msg.err != nil {
		return
	}
	keep := m.person.Key
	if keep == "" {
		keep = m.people.selectedKey()
	}
	picked := false
	if q := m.people.req.scope.Query; m.people.scope == scopeResults && q != m.pickedFor {
		// A new search that asks for one person (person:, speaker:)
		// selects them, so their quotes follow: after person:"nancy
		// pelosi" the list opened on Donald Trump, named more often in
		// her articles, and the quotes pane showed his.
		m.pickedFor = q
		if k := msg.answer.keyNamed(queryPerson(q)); k != "" {
			keep, picked = k, true
		}
	}
	m.people.sample = msg.sample
	m.people.SetAnswer(msg.answer, keep)
	if m.person.Key == "" || picked {
		m.followPeople()
	}
}

// pickPending reports whether the search names a person (person:,
// speaker:) whom the people answer has not been searched for yet. The
// pick is made in peopleDone, so while the quotes pane is on screen the
// people are asked for too: after speaker:thatcher the quotes pane went
// on showing the last person opened, under another search, until the
// People pane was visited.
func (m Model) pickPending() bool {
	req, ok := m.peopleWant()
	return ok && m.people.scope == scopeResults && req.scope.Query != m.pickedFor && queryPerson(req.scope.Query) != ""
}

// personClause is a person: or speaker: clause of a query, with its
// value quoted or bare.
var personClause = regexp.MustCompile(`(?i)(?:^|[\s+(])(person|persons|people|speaker|speakers):(?:"([^"]*)"?|([^\s"()]+))`)

// queryPerson is the name the first person: or speaker: clause of query
// asks for ("nancy pelosi" in 'person:"nancy pelosi" impeachment'), or
// "".
func queryPerson(query string) string {
	m := personClause.FindStringSubmatch(query)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[2] + m[3])
}
