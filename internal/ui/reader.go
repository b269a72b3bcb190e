package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"storytui/internal/index"
)

// followMsg asks the root to open the person named by, or the speaker of,
// the name or quote under the reader's cursor.
type followMsg struct {
	person string
	quote  string // the quote's words when it was a quote
}

// lineKind picks the style of a reader line.
type lineKind int

const (
	kindText lineKind = iota
	kindTitle
	kindMeta
	kindRule
)

// lineAnn is a marked range of one wrapped line (a quote, a name, an
// attribution), relative to the line.
type lineAnn struct {
	start, end int
	kind       annKind
	ent        int
}

// readerLine is one wrapped line of the reader with its matches and
// marks.
type readerLine struct {
	text  string
	marks []lineMark
	anns  []lineAnn
	kind  lineKind
}

// readerPane shows one article, wrapped to the pane, with the query's
// terms marked and n/N moving between them; quotes carry their speaker,
// names are marked, and ]/[ move a cursor over both.
type readerPane struct {
	com   *common
	width int
	// The scroll over lines: its height is the pane's, title bar
	// excluded, and its rows are len(lines).
	scroller

	doc    index.Document
	hasDoc bool
	id     string // the article shown or being fetched
	query  string // the query doc's marks belong to
	err    error

	lines     []readerLine
	matchLine []int // first line of each match, in reading order
	current   int   // the match n/N is on, -1 before the first n

	shown     annotated // the text as shown, with its quotes and names
	textLine  int       // the line the text starts on
	ent       int       // the entity ]/[ are on, -1 before the first
	target    index.Span
	hasTarget bool // a quote to highlight, in the article's offsets
}

func newReaderPane(com *common) readerPane { return readerPane{com: com, current: -1, ent: -1} }

// SetSize sets the size of the text, title bar excluded, and rewraps.
func (r *readerPane) SetSize(w, h int) {
	if w != r.width {
		r.width = w
		r.rebuild()
	}
	r.height = h
	r.clamp()
	switch {
	case r.current >= 0:
		r.reveal(r.matchLine[r.current])
	case r.ent >= 0:
		r.reveal(r.shown.ents[r.ent].line)
	}
}

// SetDocument shows doc. The scroll position is kept when it is the same
// article fetched again (new query terms, a re-run while indexing).
func (r *readerPane) SetDocument(doc index.Document, query string) {
	same := r.hasDoc && doc.ID == r.doc.ID
	r.doc, r.hasDoc, r.id, r.query, r.err = doc, true, doc.ID, query, nil
	if !same {
		r.hasTarget, r.ent = false, -1
	}
	r.rebuild()
	r.current = -1
	if !same {
		r.offset = 0
	}
	r.clamp()
}

// SetTarget highlights the quote at span (offsets in the article text),
// puts the cursor on it and scrolls to it.
func (r *readerPane) SetTarget(span index.Span) {
	r.target, r.hasTarget = span, true
	r.rebuild()
	s := r.shown.shiftStart(span.Start)
	r.ent = -1
	for i, e := range r.shown.ents {
		if e.kind == annQuote && e.start < r.shown.shiftEnd(span.End) && s < e.end {
			r.ent = i
			break
		}
	}
	if l, ok := r.targetLine(); ok {
		r.placeThird(l)
	}
	r.clamp()
}

// targetLine is the first line of the highlighted quote.
func (r readerPane) targetLine() (int, bool) {
	for i, ln := range r.lines {
		for _, a := range ln.anns {
			if a.kind == annTarget {
				return i, true
			}
		}
	}
	return 0, false
}

// SetError shows why the article could not be fetched.
func (r *readerPane) SetError(id string, err error) {
	r.id, r.err, r.hasDoc = id, err, false
	r.lines, r.matchLine, r.current = nil, nil, -1
	r.shown, r.ent, r.hasTarget = annotated{}, -1, false
	r.resize(0, r.height)
}

// Clear empties the pane, when no article is selected.
func (r *readerPane) Clear() {
	*r = readerPane{com: r.com, width: r.width, scroller: scroller{height: r.height}, current: -1, ent: -1}
}

// Title is the text of the pane's title bar: the matches, then how far
// down a long article the view is.
func (r readerPane) Title() string {
	t := "Reader"
	switch n := len(r.matchLine); {
	case !r.hasDoc || n == 0:
	case r.current < 0:
		t += " · " + plural(n, "match", "matches")
	default:
		t += " · match " + thousands(r.current+1) + "/" + thousands(n)
	}
	if r.hasDoc && r.rows > r.height && r.height > 0 {
		t += " · " + r.percent()
	}
	return t
}

// percent is how far down the article the last row shown is: "top"
// with the first row shown, "end" with the last, else a percentage.
// vim's "Top" and "Bot" were read as part of the article: "Reader ·
// Bot" beside a headline looked like a byline or an outlet parsed
// wrongly, and a journalist need not know vim.
func (r readerPane) percent() string {
	from, to := r.window()
	switch {
	case to >= r.rows:
		return "end"
	case from == 0:
		return "top"
	}
	return strconv.Itoa(to*100/r.rows) + "%"
}

// textWidth leaves a column of margin on each side.
func (r readerPane) textWidth() int { return max(r.width-2, 1) }

// rebuild wraps the document to the pane width and sets the rows to
// scroll, leaving the clamping to the caller, which may change the
// height too.
func (r *readerPane) rebuild() {
	r.lines, r.matchLine = nil, nil
	if r.hasDoc {
		r.wrapDoc()
	}
	r.rows = len(r.lines)
}

// wrapDoc wraps the document into lines. Marks are placed on the wrapped
// lines by byte offset, so they never land in the wrong place.
func (r *readerPane) wrapDoc() {
	d := r.doc
	w := r.textWidth()
	add := func(text string, spans []index.Span, anns []ann, kind lineKind) []lineSpan {
		if kind != kindText {
			text = strings.ReplaceAll(text, "\n", " ")
		}
		spans = cleanSpans(text, spans)
		wrapped := wrapOffsets(text, w)
		marks, first := placeMarks(wrapped, spans, len(r.matchLine))
		for i := range first {
			first[i] += len(r.lines)
		}
		r.matchLine = append(r.matchLine, first...)
		lineAnns := placeAnns(wrapped, anns)
		for i, ln := range wrapped {
			r.lines = append(r.lines, readerLine{text: text[ln.start:ln.end], marks: marks[i], anns: lineAnns[i], kind: kind})
		}
		return wrapped
	}
	title := sanitize(d.Title)
	if strings.TrimSpace(title) == "" {
		title = "(untitled)"
	}
	add(title, d.TitleMarks, nil, kindTitle)
	if meta := joinNonEmpty(" · ", d.Source, fewAuthors(d.Author), dateOf(d.Date, d.DateText)); meta != "" {
		add(sanitize(meta), nil, nil, kindMeta)
	}
	if d.URL != "" {
		add(shortURL(sanitize(d.URL), w), nil, nil, kindMeta)
	}
	add("id "+sanitize(d.ID), nil, nil, kindMeta)
	r.lines = append(r.lines, readerLine{text: strings.Repeat("─", w), kind: kindRule}, readerLine{})

	r.shown = annotate(sanitize(d.Text), d.Extract, d.TextMarks)
	r.shown.marks = append(r.shown.marks, personMarks(r.query, r.shown)...)
	anns := r.shown.anns
	if r.hasTarget {
		anns = append(anns[:len(anns):len(anns)], ann{
			start: r.shown.shiftStart(r.target.Start), end: r.shown.shiftEnd(r.target.End), kind: annTarget, ent: -1,
		})
	}
	r.textLine = len(r.lines)
	wrapped := add(r.shown.text, r.shown.marks, anns, kindText)
	for i := range r.shown.ents {
		e := &r.shown.ents[i]
		e.line = r.textLine + lineOf(wrapped, e.start)
	}
	if r.ent >= len(r.shown.ents) {
		r.ent = -1
	}
}

// lineOf is the wrapped line that holds byte off.
func lineOf(lines []lineSpan, off int) int {
	for i, ln := range lines {
		if ln.end > off {
			return i
		}
	}
	return max(len(lines)-1, 0)
}

// placeAnns cuts marks (which may overlap) along wrapped lines.
func placeAnns(lines []lineSpan, anns []ann) [][]lineAnn {
	out := make([][]lineAnn, len(lines))
	for _, a := range anns {
		for l := lineOf(lines, a.start); l < len(lines) && lines[l].start < a.end; l++ {
			ln := lines[l]
			s, e := max(a.start, ln.start), min(a.end, ln.end)
			if s < e {
				out[l] = append(out[l], lineAnn{s - ln.start, e - ln.start, a.kind, a.ent})
			}
		}
	}
	return out
}

// step moves cur through n items with first lines lineOf by dir, as n/N
// do: the first step goes to the first item at or below the top of the
// pane (or the last one above its bottom, going back).
func (r readerPane) step(cur, n, dir int, lineOf func(int) int) int {
	switch {
	case n == 0:
		return -1
	case cur < 0 && dir > 0:
		for i := range n {
			if lineOf(i) >= r.offset {
				return i
			}
		}
		return 0
	case cur < 0:
		for i := n - 1; i >= 0; i-- {
			if lineOf(i) < r.offset+r.height {
				return i
			}
		}
		return n - 1
	}
	return (cur + dir + n) % n
}

// jump moves to the next (dir 1) or previous (dir -1) match.
func (r *readerPane) jump(dir int) {
	r.current = r.step(r.current, len(r.matchLine), dir, func(i int) int { return r.matchLine[i] })
	if r.current >= 0 {
		r.reveal(r.matchLine[r.current])
	}
}

// jumpEnt moves the cursor to the next or previous name or quote.
func (r *readerPane) jumpEnt(dir int) {
	ents := r.shown.ents
	r.ent = r.step(r.ent, len(ents), dir, func(i int) int { return ents[i].line })
	if r.ent >= 0 {
		r.reveal(ents[r.ent].line)
	}
}

// cursorEntity is the entity under the cursor, or else the first one on
// screen, which enter acts on.
func (r readerPane) cursorEntity() (int, bool) {
	if r.ent >= 0 && r.ent < len(r.shown.ents) {
		return r.ent, true
	}
	for i, e := range r.shown.ents {
		if r.visible(e.line) {
			return i, true
		}
	}
	return -1, false
}

// cursorQuote is the quote the cursor is on (or inside), if any.
func (r readerPane) cursorQuote() (entity, bool) {
	if r.ent < 0 || r.ent >= len(r.shown.ents) {
		return entity{}, false
	}
	e := r.shown.ents[r.ent]
	if e.kind == annQuote {
		return e, true
	}
	for _, q := range r.shown.ents {
		if q.kind == annQuote && q.start <= e.start && e.end <= q.end {
			return q, true
		}
	}
	return entity{}, false
}

// Update scrolls and moves between matches, names and quotes; enter on a
// name or quote reports followMsg.
func (r readerPane) Update(msg tea.Msg) (readerPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	k := r.com.keys
	switch {
	case r.keys(km, k):
	case key.Matches(km, k.NextMatch):
		r.jump(1)
	case key.Matches(km, k.PrevMatch):
		r.jump(-1)
	case key.Matches(km, k.NextMark):
		r.jumpEnt(1)
	case key.Matches(km, k.PrevMark):
		r.jumpEnt(-1)
	case key.Matches(km, k.Follow):
		i, ok := r.cursorEntity()
		if !ok {
			return r, nil
		}
		r.ent = i
		e := r.shown.ents[i]
		fm := followMsg{person: e.person}
		if e.kind == annQuote {
			fm.quote = e.quote
		}
		return r, func() tea.Msg { return fm }
	}
	return r, nil
}

// view renders exactly height rows of width cells.
func (r readerPane) view() []string {
	st := r.com.styles
	var out []string
	switch {
	case r.err != nil:
		out = r.message(st.StatusErr, "Could not load the article: "+r.err.Error())
	case !r.hasDoc && r.id != "":
		out = r.message(st.Empty, "Loading…")
	case !r.hasDoc:
		out = r.message(st.Empty, "Select an article to read it.")
	}
	from, to := r.window()
	for _, ln := range r.lines[from:to] {
		base := st.DocText
		switch ln.kind {
		case kindTitle:
			base = st.DocTitle
		case kindMeta:
			base = st.DocMeta
		case kindRule:
			base = st.Separator
		}
		out = append(out, " "+renderLayers(ln.text, r.layers(ln), base))
	}
	return fitLines(out, r.width, r.height)
}

// layers turns a line's matches and marks into styled spans, strongest
// first: the current match, matches, the cursor, the opened quote, names,
// quotes, attributions.
func (r readerPane) layers(ln readerLine) []styledSpan {
	st := r.com.styles
	out := make([]styledSpan, 0, len(ln.marks)+len(ln.anns))
	for _, m := range ln.marks {
		if m.match == r.current {
			out = append(out, styledSpan{m.start, m.end, st.Current, 7})
		} else {
			out = append(out, styledSpan{m.start, m.end, st.Mark, 6})
		}
	}
	for _, a := range ln.anns {
		switch {
		case a.ent >= 0 && a.ent == r.ent:
			out = append(out, styledSpan{a.start, a.end, st.Cursor, 5})
		case a.kind == annTarget:
			out = append(out, styledSpan{a.start, a.end, st.QuoteHi, 4})
		case a.kind == annName:
			out = append(out, styledSpan{a.start, a.end, st.Name, 3})
		case a.kind == annQuote:
			out = append(out, styledSpan{a.start, a.end, st.Quote, 2})
		case a.kind == annAttrib:
			out = append(out, styledSpan{a.start, a.end, st.Attrib, 1})
		}
	}
	return out
}

// message renders a plain notice wrapped to the pane.
func (r readerPane) message(st lipgloss.Style, text string) []string {
	text = oneLine(text)
	var out []string
	for _, ln := range wrapOffsets(text, r.textWidth()) {
		out = append(out, " "+renderPlain(st, text[ln.start:ln.end]))
	}
	return out
}

// ShortHelp lists the keys of the reader.
func (r readerPane) ShortHelp() []key.Binding {
	k := r.com.keys
	return []key.Binding{k.Down, k.Up, k.NextMatch, k.NextMark, k.Follow, k.Copy, k.Back, k.Help, k.PrevMatch, k.PrevMark, k.OpenURL, k.PageDown, k.PanesHelp, k.Quit}
}

// Restore goes back to a scroll position, highlighted quote and cursor
// in the article already shown.
func (r *readerPane) Restore(offset int, target index.Span, hasTarget bool, ent int) {
	r.target, r.hasTarget = target, hasTarget
	r.rebuild()
	r.ent = ent
	if r.ent >= len(r.shown.ents) {
		r.ent = -1
	}
	r.scrollTo(offset)
}
