package ui

import (
	"context"
	"errors"
	"image/color"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storytui/internal/corpus"
	"storytui/internal/index"
)

func TestTypingQInSearchBoxDoesNotQuit(t *testing.T) {
	hs := newHarness(t, newFake(), Options{}, 80, 24)
	if hs.m.focus != focusSearch {
		t.Fatalf("focus = %v, want the search box when there is no query", hs.m.focus)
	}
	hs.typeText("q")
	if hs.quit {
		t.Fatal("typing q in the search box quit")
	}
	if got := hs.m.search.Value(); got != "q" {
		t.Fatalf("query = %q, want %q", got, "q")
	}
	hs.key("esc")
	if hs.m.focus != focusStories {
		t.Fatalf("esc: focus = %v, want the stories, the pane the explorer opens on", hs.m.focus)
	}
	if got := hs.m.search.Value(); got != "q" {
		t.Fatalf("esc changed the query to %q", got)
	}
	hs.key("q")
	if !hs.quit {
		t.Fatal("q outside the search box did not quit")
	}
}

func TestCtrlCQuitsFromSearchBox(t *testing.T) {
	hs := newHarness(t, newFake(), Options{}, 80, 24)
	hs.key("ctrl+c")
	if !hs.quit {
		t.Fatal("ctrl+c did not quit")
	}
}

func TestSlashFocusesSearchAndEnterKeepsQuery(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Query: "oil"}, 80, 24)
	if hs.m.focus != focusResults {
		t.Fatalf("focus = %v, want results with an initial query", hs.m.focus)
	}
	if got := hs.m.results.SelectedID(); got != "a3" {
		t.Fatalf("initial query selected %q, want a3", got)
	}
	hs.key("/")
	if hs.m.focus != focusSearch {
		t.Fatalf("/: focus = %v, want search", hs.m.focus)
	}
	hs.typeText(" snow")
	hs.key("enter")
	if hs.m.focus != focusResults || hs.m.search.Value() != "oil snow" {
		t.Fatalf("enter: focus %v query %q", hs.m.focus, hs.m.search.Value())
	}
	if n := len(hs.m.results.res.Hits); n != 2 {
		t.Fatalf("oil snow: %d hits, want 2", n)
	}
}

func TestTabCyclesFocus(t *testing.T) {
	hs := newHarness(t, newFake(), Options{}, 120, 40)
	want := []focus{focusStories, focusResults, focusPeople, focusQuotes, focusReactions, focusReader, focusSearch, focusStories}
	for i, f := range want {
		hs.key("tab")
		if hs.m.focus != f {
			t.Fatalf("tab %d: focus = %v, want %v", i+1, hs.m.focus, f)
		}
	}
	hs.key("shift+tab")
	if hs.m.focus != focusSearch {
		t.Fatalf("shift+tab: focus = %v, want search", hs.m.focus)
	}
}

func TestStaleSearchResultsAreDropped(t *testing.T) {
	hs := newHarness(t, newFake(), Options{}, 80, 24)
	hs.typeText("snow")
	if got := hs.m.results.SelectedID(); got != "a4" {
		t.Fatalf("snow selected %q, want a4", got)
	}
	old := hs.m.searchSeq - 1
	hs.send(searchDoneMsg{seq: old, query: "stale", res: index.Results{Hits: []index.Hit{{ID: "zz"}}, Total: 1}})
	if got := hs.m.results.query; got != "snow" {
		t.Fatalf("a stale answer replaced the results: query %q", got)
	}
	if got := hs.m.results.SelectedID(); got != "a4" {
		t.Fatalf("a stale answer changed the selection to %q", got)
	}
}

// runAll runs cmd, and the commands of a batch, and returns their
// messages.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, runAll(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func TestNewKeystrokeCancelsSearchInFlight(t *testing.T) {
	fb := newFake()
	hs := newHarness(t, fb, Options{}, 80, 24)
	// Type "o": the debounce message would start the search; grab the
	// search command instead of running it.
	next, _ := hs.m.Update(keyMsg("o"))
	hs.m = next.(Model)
	next, inFlight := hs.m.Update(searchDueMsg{seq: hs.m.searchSeq})
	hs.m = next.(Model)
	if inFlight == nil {
		t.Fatal("no search started")
	}
	hs.typeText("i") // cancels the search for "o"
	// The search goes out with the stories of the same query; run both.
	var msg tea.Msg
	for _, m := range runAll(inFlight) {
		if d, ok := m.(searchDoneMsg); ok {
			msg = d
		}
	}
	if fb.canceled != 1 {
		t.Fatalf("canceled searches = %d, want 1", fb.canceled)
	}
	hs.send(msg)
	if hs.m.err != nil {
		t.Fatalf("a canceled search showed an error: %v", hs.m.err)
	}
	if got := hs.m.results.query; got != "oi" {
		t.Fatalf("results are for %q, want %q", got, "oi")
	}
}

func TestDebounceSkipsIntermediateQueries(t *testing.T) {
	fb := newFake()
	hs := newHarness(t, fb, Options{}, 80, 24)
	hs.m.searchDelay = time.Hour // never fires by itself
	var due []tea.Cmd
	for _, r := range "snow" {
		next, cmd := hs.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		hs.m = next.(Model)
		due = append(due, cmd)
	}
	fb.searches = nil
	// Deliver every debounce message, as if each timer had run out.
	for i := range due {
		hs.send(searchDueMsg{seq: hs.m.searchSeq - len(due) + 1 + i})
	}
	if len(fb.searches) != 1 || fb.searches[0] != "snow" {
		t.Fatalf("searches run = %q, want only the last query", fb.searches)
	}
}

func TestNextPrevMatch(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Query: "sessions"}, 60, 15)
	hs.key("enter")
	if hs.m.focus != focusReader {
		t.Fatalf("enter on a result: focus = %v, want reader", hs.m.focus)
	}
	r := hs.m.reader
	n := len(r.matchLine)
	if n < 5 {
		t.Fatalf("matches = %d, want at least 5", n)
	}
	visible := func() {
		t.Helper()
		r := hs.m.reader
		l := r.matchLine[r.current]
		if l < r.offset || l >= r.offset+r.height {
			t.Fatalf("match %d on line %d not visible in [%d,%d)", r.current, l, r.offset, r.offset+r.height)
		}
		if !strings.Contains(hs.screen(), "match "+itoa(r.current+1)+"/") {
			t.Fatalf("title bar does not show match %d:\n%s", r.current+1, hs.screen())
		}
	}
	hs.key("n")
	if hs.m.reader.current != 0 {
		t.Fatalf("first n: current = %d, want 0", hs.m.reader.current)
	}
	visible()
	for i := 1; i < n; i++ {
		hs.key("n")
		if hs.m.reader.current != i {
			t.Fatalf("n #%d: current = %d", i+1, hs.m.reader.current)
		}
		visible()
	}
	if hs.m.reader.offset == 0 {
		t.Fatal("the last match did not scroll the reader")
	}
	hs.key("n")
	if hs.m.reader.current != 0 {
		t.Fatalf("n past the last match: current = %d, want 0 (wrap)", hs.m.reader.current)
	}
	hs.key("N")
	if hs.m.reader.current != n-1 {
		t.Fatalf("N before the first match: current = %d, want %d", hs.m.reader.current, n-1)
	}
	visible()
}

func itoa(n int) string { return thousands(n) }

func TestReaderScrollKeys(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Query: "sessions"}, 60, 15)
	hs.key("enter")
	r := func() readerPane { return hs.m.reader }
	maxOff := len(r().lines) - r().height
	steps := []struct {
		key  string
		want int
	}{
		{"j", 1}, {"down", 2}, {"k", 1}, {"up", 0}, {"k", 0},
		{"G", maxOff}, {"j", maxOff}, {"g", 0}, {"end", maxOff}, {"home", 0},
		{"space", r().height - 1}, {"b", 0}, {"pgdown", r().height - 1}, {"pgup", 0},
	}
	for _, s := range steps {
		hs.key(s.key)
		if got := r().offset; got != s.want {
			t.Fatalf("after %q: offset = %d, want %d", s.key, got, s.want)
		}
	}
	hs.key("esc")
	if hs.m.focus != focusResults {
		t.Fatalf("esc in reader: focus = %v, want results", hs.m.focus)
	}
}

func TestSelectionFetchesDocument(t *testing.T) {
	fb := newFake()
	hs := newHarness(t, fb, Options{Query: "sessions"}, 120, 40)
	if got := hs.m.reader.doc.ID; got != "a1" {
		t.Fatalf("reader shows %q, want a1", got)
	}
	hs.key("j")
	if got := hs.m.reader.doc.ID; got != "a2" {
		t.Fatalf("after j reader shows %q, want a2", got)
	}
	fetched := len(fb.docs)
	hs.key("j") // already on the last hit: nothing to fetch
	if len(fb.docs) != fetched {
		t.Fatalf("a move that changed nothing fetched again: %q", fb.docs)
	}
	if !strings.Contains(hs.screen(), "Pelosi") {
		t.Fatalf("reader does not show the article text:\n%s", hs.screen())
	}
}

func TestNoResultsSaysSo(t *testing.T) {
	hs := newHarness(t, newFake(), Options{}, 80, 24)
	hs.typeText("xyz")
	s := hs.screen()
	if !strings.Contains(s, "No articles match “xyz”.") {
		t.Fatalf("no-results message missing:\n%s", s)
	}
	if hs.m.reader.hasDoc || hs.m.reader.id != "" {
		t.Fatal("the reader still holds an article with no results")
	}
}

func TestBackendErrorInStatusBar(t *testing.T) {
	fb := newFake()
	hs := newHarness(t, fb, Options{}, 80, 24)
	fb.searchErr = errors.New("syntax error near “:”")
	hs.typeText("a:")
	if s := hs.screen(); !strings.Contains(s, "Error: syntax error") {
		t.Fatalf("error not shown:\n%s", s)
	}
	if len(hs.m.results.res.Hits) == 0 {
		t.Fatal("an error threw away the previous results")
	}
	fb.searchErr = nil
	hs.typeText("b")
	if hs.m.err != nil || strings.Contains(hs.screen(), "Error:") {
		t.Fatal("the error stayed after a good search")
	}
}

func TestProgressReRunsSearchAtMostEverySecond(t *testing.T) {
	fb := newFake()
	ch := make(chan index.Progress)
	hs := newHarness(t, fb, Options{Progress: ch}, 80, 24)
	if !hs.m.loading {
		t.Fatal("not loading with a progress channel")
	}
	base := len(fb.searches)
	for _, el := range []time.Duration{300 * time.Millisecond, 900 * time.Millisecond} {
		hs.send(progressMsg{p: index.Progress{Articles: 10, Elapsed: el}, fresh: true})
	}
	if got := len(fb.searches) - base; got != 0 {
		t.Fatalf("%d re-runs within the first second", got)
	}
	hs.send(progressMsg{p: index.Progress{Articles: 20, Elapsed: 1100 * time.Millisecond}, fresh: true})
	hs.send(progressMsg{p: index.Progress{Articles: 30, Elapsed: 1500 * time.Millisecond}, fresh: true})
	if got := len(fb.searches) - base; got != 1 {
		t.Fatalf("%d re-runs after 1.5s, want 1", got)
	}
	if !strings.Contains(hs.screen(), "Indexing… 30 articles") {
		t.Fatalf("progress line missing:\n%s", hs.screen())
	}
	hs.send(progressMsg{closed: true})
	if hs.m.loading {
		t.Fatal("still loading after the channel closed")
	}
	if got := len(fb.searches) - base; got != 2 {
		t.Fatalf("%d re-runs after closing, want 2", got)
	}
	if strings.Contains(hs.screen(), "Indexing") {
		t.Fatalf("progress still shown when done:\n%s", hs.screen())
	}
}

func TestReRunKeepsSelection(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Query: "sessions"}, 120, 40)
	hs.key("j")
	hs.send(progressMsg{closed: true}) // re-runs the same query
	if got := hs.m.results.SelectedID(); got != "a2" {
		t.Fatalf("re-run moved the selection to %q", got)
	}
}

func TestWaitProgressSkipsToNewest(t *testing.T) {
	ch := make(chan index.Progress, 3)
	ch <- index.Progress{Articles: 1}
	ch <- index.Progress{Articles: 2}
	msg := waitProgress(ch)().(progressMsg)
	if !msg.fresh || msg.closed || msg.p.Articles != 2 {
		t.Fatalf("got %+v, want the newest report, open", msg)
	}
	ch <- index.Progress{Articles: 3}
	close(ch)
	msg = waitProgress(ch)().(progressMsg)
	if !msg.fresh || !msg.closed || msg.p.Articles != 3 {
		t.Fatalf("got %+v, want the last report and closed", msg)
	}
	msg = waitProgress(ch)().(progressMsg)
	if msg.fresh || !msg.closed {
		t.Fatalf("got %+v, want closed without a report", msg)
	}
	if waitProgress(nil) != nil {
		t.Fatal("waiting on no channel must be no command")
	}
}

func problems(n int) []corpus.Problem {
	out := make([]corpus.Problem, n)
	for i := range out {
		out[i] = corpus.Problem{File: "corpus/feed.jsonl", Line: 10 * (i + 1), Reason: "invalid JSON: unexpected end of input"}
	}
	return out
}

func TestProblemsOverlay(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Query: "snow"}, 80, 24)
	hs.key("!")
	if hs.m.overlay != overlayNone {
		t.Fatal("! opened the overlay with no problems")
	}
	hs.send(progressMsg{p: index.Progress{Problems: problems(40)}, fresh: true, closed: true})
	if s := hs.screen(); !strings.Contains(s, "40 problems (!)") {
		t.Fatalf("problem count missing from the status bar:\n%s", s)
	}
	hs.key("!")
	if hs.m.overlay != overlayProblems {
		t.Fatal("! did not open the problems")
	}
	if s := hs.screen(); !strings.Contains(s, "corpus/feed.jsonl:10: invalid JSON") {
		t.Fatalf("problem list missing:\n%s", s)
	}
	hs.key("q") // closes the overlay, does not quit
	if hs.quit || hs.m.overlay != overlayNone {
		t.Fatalf("q in the overlay: quit=%v overlay=%v", hs.quit, hs.m.overlay)
	}
}

// TestProblemsOverlayPages: the overlays page and jump with the keys
// that page the reader, not only line by line.
func TestProblemsOverlayPages(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Query: "snow"}, 80, 24)
	hs.send(progressMsg{p: index.Progress{Problems: problems(200)}, fresh: true, closed: true})
	hs.key("!")
	steps := []struct {
		key        string
		want, gone string
	}{
		{"down", "corpus/feed.jsonl:20:", "corpus/feed.jsonl:10:"},
		{"end", "corpus/feed.jsonl:2000:", "corpus/feed.jsonl:20:"},
		{"home", "corpus/feed.jsonl:10:", "corpus/feed.jsonl:2000:"},
		{"pgdown", "", "corpus/feed.jsonl:10:"},
	}
	_, sc := hs.m.overlayView()
	page := sc.page()
	for _, st := range steps {
		if st.key == "pgdown" {
			st.want = thousands(sc.height+page) + "/200"
		}
		hs.key(st.key)
		if s := hs.screen(); !strings.Contains(s, st.want) || strings.Contains(s, st.gone) {
			t.Fatalf("after %s: want %q, not %q:\n%s", st.key, st.want, st.gone, s)
		}
	}
}

// TestHelpOverlayHoldsStill: scrolling the help does not resize its box
// (it was as wide as the rows in view, so it jumped sideways).
func TestHelpOverlayHoldsStill(t *testing.T) {
	for _, sz := range [][2]int{{60, 15}, {80, 24}} {
		hs := newHarness(t, newFake(), Options{Query: "snow"}, sz[0], sz[1])
		hs.key("?")
		border := strings.Split(hs.screen(), "\n")[rowBody]
		for _, k := range []string{"down", "down", "down", "pgdown", "pgdown", "end", "up"} {
			hs.key(k)
			if got := strings.Split(hs.screen(), "\n")[rowBody]; got != border {
				t.Fatalf("%dx%d: the box moved from\n%s\nto\n%s", sz[0], sz[1], border, got)
			}
		}
		hs.key("end")
		if s := hs.screen(); !strings.Contains(s, "export json") {
			t.Fatalf("%dx%d: the end of the help never showed:\n%s", sz[0], sz[1], s)
		}
	}
}

func TestHelpOverlayToggles(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Query: "snow"}, 80, 24)
	hs.key("?")
	if hs.m.overlay != overlayHelp || !strings.Contains(hs.screen(), "coverage") || !strings.Contains(hs.screen(), "their quotes") {
		t.Fatalf("? did not show the full help in two columns:\n%s", hs.screen())
	}
	hs.key("pgdown") // the reader's keys are further down at 80x24
	if !strings.Contains(hs.screen(), "next match") {
		t.Fatalf("page down in the help did not show the reader's keys:\n%s", hs.screen())
	}
	hs.key("j") // no pane key works under the overlay
	hs.key("?")
	if hs.m.overlay != overlayNone {
		t.Fatal("? did not close the help")
	}
}

func TestHelpBarShowsOnlyWorkingKeys(t *testing.T) {
	hs := newHarness(t, newFake(), Options{}, 120, 40)
	last := func() string {
		lines := strings.Split(hs.screen(), "\n")
		return lines[len(lines)-1]
	}
	if l := last(); strings.Contains(l, "quit") && !strings.Contains(l, "ctrl+c") || strings.Contains(l, "q quit") {
		t.Fatalf("the search box help offers q:\n%s", l)
	}
	hs.key("tab")
	if l := last(); !strings.Contains(l, "q quit") || strings.Contains(l, "next match") {
		t.Fatalf("results help wrong:\n%s", l)
	}
	hs.key("6")
	if l := last(); strings.Contains(l, "next match") || !strings.Contains(l, "next name/quote") {
		t.Fatalf("reader help without a query offers n, or not ]:\n%s", l)
	}
	hs.key("/")
	hs.typeText("sessions")
	hs.keys("enter", "6")
	if l := last(); !strings.Contains(l, "next match") {
		t.Fatalf("reader help wrong:\n%s", l)
	}
}

func TestMouse(t *testing.T) {
	fb := newFake()
	hs := newHarness(t, fb, Options{Query: "sessions"}, 120, 40)
	itemH := hs.m.results.itemHeight(0)
	// The second hit starts one item below the first, under the title bar.
	hs.send(tea.MouseClickMsg{X: 5, Y: rowBody + 1 + itemH, Button: tea.MouseLeft})
	if got := hs.m.results.SelectedID(); got != "a2" {
		t.Fatalf("click selected %q, want a2", got)
	}
	if hs.m.reader.doc.ID != "a2" {
		t.Fatal("click did not load the article")
	}
	readerX := hs.m.lay.leftW + 5
	hs.send(tea.MouseClickMsg{X: readerX, Y: rowBody + 3, Button: tea.MouseLeft})
	if hs.m.focus != focusReader {
		t.Fatalf("click on the reader: focus = %v", hs.m.focus)
	}
	hs.send(tea.MouseClickMsg{X: 3, Y: rowSearch, Button: tea.MouseLeft})
	if hs.m.focus != focusSearch {
		t.Fatalf("click on the search box: focus = %v", hs.m.focus)
	}
	hs.key("esc")
	// A narrow window to get something to scroll.
	hs.send(tea.WindowSizeMsg{Width: 120, Height: 15})
	hs.send(tea.MouseWheelMsg{X: readerX, Y: rowBody + 3, Button: tea.MouseWheelDown})
	r := hs.m.reader
	if want := min(wheelLines, len(r.lines)-r.height); want < 1 || r.offset != want {
		t.Fatalf("wheel over the reader: offset = %d, want %d", r.offset, want)
	}
	hs.send(tea.MouseWheelMsg{X: 5, Y: rowBody + 3, Button: tea.MouseWheelUp})
	if got := hs.m.results.SelectedID(); got != "a1" {
		t.Fatalf("wheel up over the results selected %q, want a1", got)
	}
}

func TestNarrowLayoutShowsFocusedPane(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Query: "sessions"}, 80, 24)
	if hs.m.lay.split {
		t.Fatal("80 columns should not split")
	}
	if s := hs.screen(); !strings.Contains(s, "Daily Ledger") {
		t.Fatalf("results not shown:\n%s", s)
	}
	hs.key("6")
	if s := hs.screen(); strings.Contains(s, "Daily Ledger") || !strings.Contains(s, "at the Justice Department") {
		t.Fatalf("reader not shown alone:\n%s", s)
	}
	hs.key("tab") // to the search box: the reader stays on screen
	if s := hs.screen(); !strings.Contains(s, "at the Justice Department") {
		t.Fatalf("focusing the search box hid the reader:\n%s", s)
	}
	row := strings.Split(hs.screen(), "\n")[rowBody]
	tabX := ansi.StringWidth(row[:strings.Index(row, "2 Art")])
	hs.send(tea.MouseClickMsg{X: tabX, Y: rowBody, Button: tea.MouseLeft})
	if hs.m.focus != focusResults || !strings.Contains(hs.screen(), "Daily Ledger") {
		t.Fatalf("click on the results tab: focus %v\n%s", hs.m.focus, hs.screen())
	}
	row = strings.Split(hs.screen(), "\n")[rowBody]
	tabX = ansi.StringWidth(row[:strings.Index(row, "Reader")])
	hs.send(tea.MouseClickMsg{X: tabX, Y: rowBody, Button: tea.MouseLeft})
	if hs.m.focus != focusReader {
		t.Fatalf("click on the reader tab: focus %v", hs.m.focus)
	}
}

func TestViewFitsEverySize(t *testing.T) {
	sizes := [][2]int{{60, 15}, {61, 16}, {79, 20}, {80, 24}, {99, 30}, {100, 30}, {120, 40}, {200, 60}, {30, 8}}
	states := map[string]func(hs *harness){
		"start":    func(hs *harness) {},
		"hits":     func(hs *harness) { hs.typeText("sessions russia"); hs.key("enter") },
		"reader":   func(hs *harness) { hs.typeText("sessions"); hs.keys("enter", "enter", "G") },
		"help":     func(hs *harness) { hs.keys("esc", "?") },
		"problems": func(hs *harness) { hs.keys("esc", "!") },
		"none":     func(hs *harness) { hs.typeText("zebra") },
	}
	for name, do := range states {
		for _, sz := range sizes {
			hs := newHarness(t, newFake(), Options{Title: strings.Repeat("very long corpus path/", 10), Progress: make(chan index.Progress)}, sz[0], sz[1])
			hs.send(progressMsg{p: loadingProgress(), fresh: true})
			do(hs)
			checkFits(t, hs.m.View().Content, sz[0], sz[1])
			if t.Failed() {
				t.Fatalf("state %s at %dx%d:\n%s", name, sz[0], sz[1], hs.screen())
			}
		}
	}
}

func loadingProgress() index.Progress {
	return index.Progress{
		FilesTotal: 12, FilesDone: 5, BytesTotal: 400 << 20, BytesDone: 180 << 20,
		Articles: 1234, Elapsed: 2500 * time.Millisecond, Problems: problems(3),
	}
}

func TestNoColor(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	hs := newHarness(t, newFake(), Options{Query: "sessions"}, 120, 40)
	hs.keys("enter", "n")
	hs.send(tea.BackgroundColorMsg{}) // must not bring colours back
	view := hs.m.View().Content
	colour := regexp.MustCompile(`\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]`)
	if loc := colour.FindStringIndex(view); loc != nil {
		t.Fatalf("colour code under NO_COLOR: %q", view[max(loc[0]-20, 0):loc[1]])
	}
	if !strings.Contains(view, "\x1b[1;7m") && !strings.Contains(view, "\x1b[7;1m") {
		t.Fatal("the current match is not shown in reverse under NO_COLOR")
	}
}

func TestCommandsCopyState(t *testing.T) {
	// A command built for one query must search that query even if the
	// model changes before it runs.
	fb := newFake()
	hs := newHarness(t, fb, Options{Query: "oil"}, 80, 24)
	cmd := searchCmd(context.Background(), fb, 99, hs.m.search.Value(), "", searchLimit)
	hs.typeText("x")
	msg := cmd().(searchDoneMsg)
	if msg.query != "oil" || msg.seq != 99 {
		t.Fatalf("command searched %q seq %d", msg.query, msg.seq)
	}
}

// BenchmarkView measures one frame of a full screen of long hits and a
// long article, the work done on every keystroke.
func BenchmarkView(b *testing.B) {
	fb := newFake()
	long := strings.Repeat(fb.articles[0].Text+"\n\n", 40)
	for i := range 100 {
		a := fb.articles[0]
		a.ID, a.Text = "long"+itoa(i), long
		fb.articles = append(fb.articles, a)
	}
	t := &testing.T{}
	hs := newHarness(t, fb, Options{Query: "sessions russia"}, 200, 60)
	hs.key("enter")
	b.ResetTimer()
	for b.Loop() {
		_ = hs.m.View()
	}
}

func TestBackgroundColourRestyles(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	hs := newHarness(t, newFake(), Options{Query: "oil"}, 80, 24)
	dark := hs.m.com.styles.Mark.GetBackground()
	hs.send(tea.BackgroundColorMsg{Color: color.White})
	light := hs.m.com.styles.Mark.GetBackground()
	if dark == light {
		t.Fatal("a light background kept the dark highlight colour")
	}
	if light != NewStyles(false).Mark.GetBackground() {
		t.Fatal("a light background did not select the light styles")
	}
}

func TestSlashInEmptyFocusedBoxIsNotTyped(t *testing.T) {
	hs := newHarness(t, newFake(), Options{}, 80, 24)
	hs.key("/")
	hs.typeText("oil")
	if got := hs.m.search.Value(); got != "oil" {
		t.Fatalf("query = %q, want %q: the habitual / became text", got, "oil")
	}
	hs.typeText("/")
	if got := hs.m.search.Value(); got != "oil/" {
		t.Fatalf("query = %q, want a / typed after other text kept", got)
	}
}

// TestPreparingIndex: an index that reads nothing while it builds its
// derived tables says it is being prepared and for how long, not
// "Indexing… 0 articles" with no bar.
func TestPreparingIndex(t *testing.T) {
	fb := newFake()
	fb.articles = nil
	hs := newHarness(t, fb, Options{Progress: make(chan index.Progress)}, 80, 24)
	hs.send(progressMsg{p: index.Progress{Elapsed: 83 * time.Second}, fresh: true})
	s := hs.screen()
	for _, want := range []string{"Preparing the index… 1:23", "The index is being prepared…"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q missing:\n%s", want, s)
		}
	}
	if strings.Contains(s, "Indexing… 0") {
		t.Errorf("still counts 0 articles indexed:\n%s", s)
	}
	hs.send(progressMsg{p: loadingProgress(), fresh: true})
	if s := hs.screen(); !strings.Contains(s, "Indexing… 1,234 articles") || strings.Contains(s, "Preparing") {
		t.Errorf("once reading, the count is back:\n%s", s)
	}
}

// TestGroupingPhase: after reading, the progress line says the stories
// are being grouped and for how long, instead of a bar standing full.
func TestGroupingPhase(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Progress: make(chan index.Progress)}, 80, 24)
	p := loadingProgress()
	p.BytesDone, p.FilesDone = p.BytesTotal, p.FilesTotal
	p.Elapsed, p.Phase = 95*time.Second, index.PhaseStories
	hs.send(progressMsg{p: p, fresh: true})
	s := hs.screen()
	if !strings.Contains(s, "Grouping stories… 1,234 articles · 1:35") {
		t.Errorf("grouping phase not shown:\n%s", s)
	}
	if strings.Contains(s, "ETA") || strings.Contains(s, "█") {
		t.Errorf("a bar or ETA while grouping:\n%s", s)
	}
}
