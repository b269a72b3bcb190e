package ui

import (
	"context"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"storytui/internal/index"
)

// scopeMode is what a people, quotes or reactions pane covers.
type scopeMode int

const (
	scopeResults scopeMode = iota // the articles the search found
	scopeArticle                  // the article in the reader
	scopeCorpus                   // every article
)

// describe says the scope in words for an info line or an empty state;
// story is the title of the story the panes are narrowed to, or "".
func (s scopeMode) describe(query, title, story string) string {
	in := ""
	if story != "" {
		in = " in the story “" + oneLine(story) + "”"
	}
	switch {
	case s == scopeCorpus && story != "":
		return strings.TrimPrefix(in, " ")
	case s == scopeCorpus:
		return "in the whole corpus"
	case s == scopeArticle && title != "":
		return "in “" + oneLine(title) + "”"
	case s == scopeArticle:
		return "in the article"
	case strings.TrimSpace(query) == "" && story != "":
		return strings.TrimPrefix(in, " ")
	case strings.TrimSpace(query) == "":
		return "in all articles"
	default:
		return "in the results for “" + oneLine(query) + "”" + in
	}
}

// brief is describe without the query and titles it quotes, for an info
// line too narrow to hold them (the search box shows the query anyway).
func (s scopeMode) brief(query, story string) string {
	switch {
	case s == scopeCorpus && story != "":
		return "in the story"
	case s == scopeCorpus:
		return "in the whole corpus"
	case s == scopeArticle:
		return "in the article"
	case strings.TrimSpace(query) == "" && story != "":
		return "in the story"
	case strings.TrimSpace(query) == "":
		return "in all articles"
	case story != "":
		return "in the results in the story"
	default:
		return "in the results"
	}
}

// sampleNote tells the part of a scope a list was made from, when it is
// not all of it: " · newest 1,000 of 3,456" articles, or " · best 300 of
// 1,061" hits. Short, since it ends a one-line info row.
func sampleNote(s index.Sample) string {
	if !s.Cut() {
		return ""
	}
	which := " · best "
	if s.Newest {
		which = " · newest "
	}
	return which + thousands(s.Read) + " of " + thousands(s.Matched)
}

// request is what a pane last asked the backend for; a pane fetches again
// only when what it needs differs from it.
type request struct {
	scope index.Scope
	key   string // the person, for quotes
	limit int    // how many, for the stories
}

// paneState is what the people, quotes and reactions panes share: size,
// list cursor, the request in flight and its answer's status.
type paneState struct {
	com           *common
	width, height int // content rows, title bar excluded
	list          itemList

	seq     int // number of the newest request; older answers are dropped
	req     request
	hasReq  bool // req was sent
	loaded  bool // the answer to req arrived
	err     error
	cancel  context.CancelFunc
	filter  string
	scope   scopeMode
	sample  index.Sample // the part of the scope the answer was made from
	pending int          // cursor to restore when the next answer arrives, or -1
}

func newPaneState(com *common, scope scopeMode) paneState {
	return paneState{com: com, scope: scope, pending: -1}
}

// begin records a new request and returns its number and context,
// cancelling the one before.
func (p *paneState) begin(req request) (int, context.Context) {
	p.stop()
	p.seq++
	p.req, p.hasReq, p.loaded, p.err = req, true, false, nil
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	return p.seq, ctx
}

// busy reports whether an answer is awaited: what the pane holds is the
// last answer's, for another request, and it shows "Loading…".
func (p paneState) busy() bool { return p.hasReq && !p.loaded }

// wants reports whether req differs from what the pane last asked for
// (or it asked for nothing yet): it must be sent.
func (p paneState) wants(req request) bool { return !p.hasReq || req != p.req }

// reset forgets the request: the pane has nothing to show.
func (p *paneState) reset() {
	p.stop()
	p.seq++
	p.req, p.hasReq, p.loaded, p.err = request{}, false, false, nil
}

func (p *paneState) stop() {
	if p.cancel != nil {
		p.cancel()
		p.cancel = nil
	}
}

// answered reports whether an answer numbered seq is the one awaited,
// and records its error.
func (p *paneState) answered(seq int, err error) bool {
	if seq != p.seq {
		return false
	}
	p.stop()
	if err != nil && canceled(err) {
		return false
	}
	p.loaded, p.err = true, err
	return true
}

// listKeys moves the cursor for the movement keys; it reports whether
// the key was one of them.
func (p *paneState) listKeys(km tea.KeyPressMsg, heightOf func(int) int) bool {
	return p.list.keys(km, p.com.keys, heightOf)
}

// status is the line the pane shows instead of items while it has none,
// or "" when it has items.
func (p paneState) status(n int, empty string) string {
	switch {
	case p.err != nil:
		return "Could not load: " + p.err.Error()
	case p.hasReq && !p.loaded:
		return "Loading…"
	case n == 0:
		return empty
	}
	return ""
}

// frame draws the info line (or the filter box) and the items, or the
// empty state, as exactly height rows of width cells.
func (p paneState) frame(info, brief, filterLine, emptyText string, n int, item func(i int, selected bool) []string) []string {
	st := p.com.styles
	out := make([]string, 0, p.height)
	switch {
	case filterLine != "":
		out = append(out, filterLine)
	case strings.TrimSpace(p.filter) != "":
		// A filter kept with enter goes on hiding items after the box
		// closes, after other searches too: say so first, or the pane
		// just looks short (or empty) with nothing to tell why.
		out = append(out, " "+p.filterTag(info, brief))
	default:
		out = append(out, " "+st.ItemMeta.Render(fitInfo(oneLine(info), oneLine(brief), max(p.width-1, 1))))
	}
	if msg := p.status(n, emptyText); msg != "" {
		style := st.Empty
		if p.err != nil {
			style = st.StatusErr
		}
		text := oneLine(msg)
		for _, ln := range wrapOffsets(text, max(p.width-2, 1)) {
			out = append(out, "  "+renderPlain(style, text[ln.start:ln.end]))
		}
		return fitLines(out, p.width, p.height)
	}
	out = append(out, p.list.render(item)...)
	return fitLines(out, p.width, p.height)
}

// filterTag is the info line of a pane with a kept filter, in width-1
// cells: the filter, the key that changes or clears it, then info as far
// as it fits.
func (p paneState) filterTag(info, brief string) string {
	st := p.com.styles
	w := max(p.width-1, 1)
	tag := "filter “" + oneLine(strings.TrimSpace(p.filter)) + "” (/ to change)"
	if visibleWidth(tag) >= w {
		return st.FilterBox.Render(truncate(tag, w))
	}
	return st.FilterBox.Render(tag) + st.ItemMeta.Render(fitInfo(" · "+oneLine(info), " · "+oneLine(brief), w-visibleWidth(tag)))
}

// fitInfo cuts an info line to w cells, shortening what it quotes (a
// query, a story's or an article's title) before anything else, then
// trying brief (the line without them), so that what ends it still
// shows: "in the results for “person:"nancy pelosi"” · best 300 of 785 ·
// by mentions" lost its last two parts to "· b…".
func fitInfo(s, brief string, w int) string {
	long := s
	for range 4 {
		over := visibleWidth(s) - w
		if over <= 0 {
			return s
		}
		// The longest quoted part, if any is long enough to be worth
		// cutting (8 cells stay).
		best, bs, be := 0, -1, -1
		for i := 0; ; {
			a := strings.Index(s[i:], "“")
			if a < 0 {
				break
			}
			a += i + len("“")
			e := strings.Index(s[a:], "”")
			if e < 0 {
				break
			}
			e += a
			if n := visibleWidth(s[a:e]); n > best {
				best, bs, be = n, a, e
			}
			i = e + len("”")
		}
		if bs < 0 || best <= 8 {
			break
		}
		if brief != "" && best-over-1 < 8 {
			break // the quote would be cut to nothing worth reading
		}
		keep := max(best-over-1, 8) // "…" takes one cell
		s = s[:bs] + strings.TrimRight(ansi.Truncate(s[bs:be], keep, ""), " ") + "…" + s[be:]
	}
	if visibleWidth(s) <= w {
		return s
	}
	if brief != "" && visibleWidth(brief) <= w {
		return brief
	}
	return truncate(long, w)
}

// setSize sets the size of the content, title bar excluded; one row goes
// to the info line.
func (p *paneState) setSize(w, h int) {
	p.width, p.height = w, h
	p.list.height = max(h-1, 1)
}

// headline is the first row of an item in w cells: its name on the
// left and its count on the right, the count left out when it would leave
// the name fewer than 8 cells.
func headline(name, count string, w int, nameSt, countSt lipgloss.Style) string {
	room := w - visibleWidth(count) - 1
	if room < 8 {
		return nameSt.Render(truncate(name, w))
	}
	n := truncate(name, room)
	return nameSt.Render(n) + strings.Repeat(" ", w-visibleWidth(n)-visibleWidth(count)) + countSt.Render(count)
}

// marker is the bar left of the selected item of a list: heavy when the
// list has the focus.
func (s Styles) marker(selected, focused bool) string {
	switch {
	case selected && focused:
		return s.Marker.Render("┃ ")
	case selected:
		return s.Marker.Render("│ ")
	}
	return "  "
}

// itemTitle is the style of an item's first row: stronger when it is
// the selected one.
func (s Styles) itemTitle(selected bool) lipgloss.Style {
	if selected {
		return s.ItemChosen
	}
	return s.ItemTitle
}

// selectItem selects item i of n, scrolled into view.
func (p *paneState) selectItem(i, n int, heightOf func(int) int) {
	p.list.cursor = i
	p.list.clampTo(n, heightOf)
}

// clear forgets the request and the list position, for a pane emptied.
func (p *paneState) clear() {
	p.reset()
	p.list = itemList{height: p.list.height}
}

// title is a pane's tab text: its name, and the count of its items once
// they have arrived.
func (p paneState) title(name string, n int) string {
	if !p.loaded || p.err != nil {
		return name
	}
	return name + " · " + thousands(n)
}

// itemAt is items[i], or false when i is not an index of items (an empty
// list's cursor).
func itemAt[T any](items []T, i int) (T, bool) {
	if i < 0 || i >= len(items) {
		var zero T
		return zero, false
	}
	return items[i], true
}

// filterMatcher reports whether any of the fields holds the filter text,
// ignoring case; the filter is folded once, not once per item.
func filterMatcher(filter string) func(fields ...string) bool {
	f := strings.ToLower(strings.TrimSpace(filter))
	return func(fields ...string) bool {
		if f == "" {
			return true
		}
		for _, s := range fields {
			if strings.Contains(strings.ToLower(s), f) {
				return true
			}
		}
		return false
	}
}

// searchFields are the field names of the query syntax (and the plurals
// the index takes), for searchHint.
var searchFields = []string{
	"person", "people", "persons", "speaker", "speakers", "quote", "quotes",
	"stance", "stances", "action", "source", "sources", "outlet", "title",
	"author", "authors", "by", "date", "story", "body", "text",
}

// searchHint is a sentence for the empty list of a filter typed in the
// search syntax (`quote:"fake news"`): in People, Quotes and Reactions /
// filters the list by its words, and a search typed there found no one
// with no word on why.
func searchHint(filter string) string {
	f := strings.TrimLeft(strings.ToLower(strings.TrimSpace(filter)), "+-")
	field, _, ok := strings.Cut(f, ":")
	if !ok || !slices.Contains(searchFields, field) {
		return ""
	}
	return " Here / filters the list by its words; to search the articles, press 1 or 2, then /."
}
