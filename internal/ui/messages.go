package ui

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"storytui/internal/aggregate"
	"storytui/internal/index"
)

// searchLimit is how many hits one search asks for: more than fit on any
// screen, few enough that highlighting them stays cheap. Reaching the
// last of them asks for as many more.
const searchLimit = 100

// storiesLimit is how many stories the Stories pane asks for: the largest,
// which are the ones worth comparing, and a screenful of small ones.
// Reaching the last of them asks for as many more.
const storiesLimit = 200

// searchDueMsg says the debounce of search number seq ran out; the search
// runs only if no keystroke came since.
type searchDueMsg struct{ seq int }

// searchDoneMsg carries the answer to search number seq: the articles
// of query, within story unless that is "".
type searchDoneMsg struct {
	seq   int
	query string
	story string
	res   index.Results
	err   error
	// When nothing matched: the query with close spellings allowed, and
	// how many articles that finds; "" when it finds none either.
	near     string
	nearHits uint64
}

// docDueMsg says the selection has rested long enough to fetch document
// number seq.
type docDueMsg struct{ seq int }

// docDoneMsg carries a fetched document and what it was fetched for.
type docDoneMsg struct {
	seq int
	req docRequest
	doc index.Document
	err error
}

// docRequest is an article to show, with where to go in it.
type docRequest struct {
	id, query string
	target    index.Span // a quote to highlight and scroll to
	hasTarget bool
	offset    int // a scroll position to restore, or -1
}

// progressMsg carries the newest progress report, if fresh; closed means
// the channel was closed and the index is complete.
type progressMsg struct {
	p      index.Progress
	fresh  bool
	closed bool
}

// after returns msg after d, or at once when d is zero (as in tests).
func after(d time.Duration, msg tea.Msg) tea.Cmd {
	if d <= 0 {
		return func() tea.Msg { return msg }
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// searchCmd runs one search, within a story unless story is "". A newer
// search cancels ctx.
func searchCmd(ctx context.Context, b Backend, seq int, query, story string, limit int) tea.Cmd {
	return func() tea.Msg {
		res, err := b.Search(ctx, storyQuery(story, query), limit)
		msg := searchDoneMsg{seq: seq, query: query, story: story, res: res, err: err}
		if err == nil && res.Total == 0 {
			// Nothing found: a typo is the likeliest cause, so see whether
			// the same words spelt a letter off find something.
			if near := closeSpellings(query); near != "" {
				if r, err := b.Search(ctx, storyQuery(story, near), 1); err == nil && r.Total > 0 {
					msg.near, msg.nearHits = near, r.Total
				}
			}
		}
		return msg
	}
}

// closeSpellings is query with "~" (a letter off: "kisylak~" finds
// Kislyak) after each of its plain words of four letters or more, or ""
// when it has none: words in a phrase, after a field name or with - or +
// are left as typed.
func closeSpellings(query string) string {
	var out []string
	changed, inPhrase := false, false
	for _, f := range strings.Fields(query) {
		quotes := strings.Count(f, `"`)
		if !inPhrase && quotes == 0 && plainWord(f) {
			f += "~"
			changed = true
		}
		if quotes%2 == 1 {
			inPhrase = !inPhrase
		}
		out = append(out, f)
	}
	if !changed {
		return ""
	}
	return strings.Join(out, " ")
}

// plainWord reports whether w is letters and digits only, at least four
// of them: shorter words have too many neighbours a letter away.
func plainWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 4
}

// storyQuery narrows query to the articles of one story, as the index
// query syntax says it: "story:ID" and the query's own clauses, all of
// which must match. An id that is not one plain word is quoted.
func storyQuery(story, query string) string {
	if story == "" {
		return query
	}
	id := story
	if strings.ContainsFunc(id, func(r rune) bool {
		return !(r == '_' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r))
	}) {
		id = strconv.Quote(id)
	}
	if strings.TrimSpace(query) == "" {
		return "story:" + id
	}
	return "story:" + id + " " + query
}

// docCmd fetches one document with the query's terms located in it.
func docCmd(ctx context.Context, b Backend, seq int, req docRequest) tea.Cmd {
	return func() tea.Msg {
		doc, err := b.Document(ctx, req.id, req.query)
		return docDoneMsg{seq: seq, req: req, doc: doc, err: err}
	}
}

// waitProgress waits for the next progress report. Reports that queued up
// meanwhile are skipped: each one holds the whole state so far.
func waitProgress(ch <-chan index.Progress) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		p, ok := <-ch
		if !ok {
			return progressMsg{closed: true}
		}
		for {
			select {
			case next, ok := <-ch:
				if !ok {
					return progressMsg{p: p, fresh: true, closed: true}
				}
				p = next
			default:
				return progressMsg{p: p, fresh: true}
			}
		}
	}
}

// canceled reports whether err only says a newer request replaced this one.
func canceled(err error) bool {
	return errors.Is(err, context.Canceled)
}

// peopleDoneMsg carries the answer to people request number seq.
type peopleDoneMsg struct {
	seq    int
	answer peopleAnswer // folded and sorted here, off the UI goroutine
	sample index.Sample
	err    error
}

// quotesDoneMsg carries the answer to quotes request number seq.
type quotesDoneMsg struct {
	seq    int
	quotes []aggregate.Quote
	sample index.Sample
	err    error
}

// reactionsDoneMsg carries the answer to reactions request number seq.
type reactionsDoneMsg struct {
	seq       int
	reactions []aggregate.Reaction
	sample    index.Sample
	err       error
}

// storiesDoneMsg carries the answer to stories request number seq.
type storiesDoneMsg struct {
	seq     int
	query   string
	stories []aggregate.Story
	err     error
}

// coverageDoneMsg carries the answer to coverage request number seq.
type coverageDoneMsg struct {
	seq int
	cov aggregate.Coverage
	err error
}

// personDoneMsg carries a person looked up by name, number seq.
type personDoneMsg struct {
	seq    int
	name   string
	quote  string // a quote of theirs to select, or ""
	person aggregate.Person
	ok     bool
	err    error
}

// noteMsg is a message for the status bar from a finished command.
type noteMsg struct {
	text string
	err  bool
}

func peopleCmd(ctx context.Context, b Backend, seq int, scope index.Scope) tea.Cmd {
	return func() tea.Msg {
		people, sample, err := b.People(ctx, scope)
		return peopleDoneMsg{seq: seq, answer: newPeopleAnswer(people), sample: sample, err: err}
	}
}

func quotesCmd(ctx context.Context, b Backend, seq int, key string, scope index.Scope) tea.Cmd {
	return func() tea.Msg {
		quotes, sample, err := b.Quotes(ctx, key, scope)
		return quotesDoneMsg{seq: seq, quotes: quotes, sample: sample, err: err}
	}
}

func reactionsCmd(ctx context.Context, b Backend, seq int, scope index.Scope) tea.Cmd {
	return func() tea.Msg {
		rs, sample, err := b.Reactions(ctx, scope)
		return reactionsDoneMsg{seq: seq, reactions: rs, sample: sample, err: err}
	}
}

func storiesCmd(ctx context.Context, b Backend, seq int, query string, limit int) tea.Cmd {
	return func() tea.Msg {
		stories, err := b.Stories(ctx, query, limit)
		return storiesDoneMsg{seq: seq, query: query, stories: stories, err: err}
	}
}

func coverageCmd(ctx context.Context, b Backend, seq int, storyID string) tea.Cmd {
	return func() tea.Msg {
		cov, err := b.Coverage(ctx, storyID)
		return coverageDoneMsg{seq: seq, cov: cov, err: err}
	}
}

func personCmd(ctx context.Context, b Backend, seq int, name, quote string) tea.Cmd {
	return func() tea.Msg {
		p, ok, err := b.Person(ctx, name)
		return personDoneMsg{seq: seq, name: name, quote: quote, person: p, ok: ok, err: err}
	}
}
