package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"storytui/internal/index"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// sessionsQuote is the quote the fake's ABC News and CNN articles share.
const sessionsQuote = "I never met with any Russian officials to discuss issues of the campaign,"

// toSessionsQuotes goes from the start to Jeff Sessions' quotes.
func toSessionsQuotes(t *testing.T, w, h int) *harness {
	t.Helper()
	fb := newRichFake()
	hs := newHarness(t, fb, Options{}, w, h)
	hs.b = fb
	hs.keys("esc", "3")
	if p, ok := hs.m.people.Selected(); !ok || p.Name != "Jeff Sessions" {
		t.Fatalf("people pane selects %+v, want Jeff Sessions first by mentions", p)
	}
	hs.key("enter")
	if hs.m.focus != focusQuotes {
		t.Fatalf("enter on a person: focus = %v, want quotes", hs.m.focus)
	}
	return hs
}

func TestQuoteOnceWithEveryOutlet(t *testing.T) {
	hs := toSessionsQuotes(t, 80, 24)
	n := 0
	for _, q := range hs.m.quotes.shown {
		if sameWords(q.Text, sessionsQuote) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("the shared quote is listed %d times, want once", n)
	}
	s := hs.screen()
	if strings.Count(s, "I never met with any Russian officials") != 2 { // the quote and its variant line
		t.Fatalf("quote not shown once with its variant:\n%s", s)
	}
	if !strings.Contains(s, "ABC News, 2017-03-02 · CNN, 2017-03-01") {
		t.Fatalf("both outlets not on the quote's sources line:\n%s", s)
	}
	if !strings.Contains(s, "Fox Fake, 2017-03-04") {
		t.Fatalf("the reworded variant does not name its outlet:\n%s", s)
	}
	// The variant's dropped words are struck, its own words underlined.
	view := hs.m.View().Content
	if !regexpFind(`;9ma\x1b\[m[^a-z]*;9mn`, view) {
		t.Fatal("the word only the main wording has is not struck through")
	}
}

func TestHistoryPersonQuoteArticleBackBack(t *testing.T) {
	hs := toSessionsQuotes(t, 80, 24)
	hs.key("enter") // the quote → its article
	r := hs.m.reader
	if hs.m.focus != focusReader || r.doc.ID != "a5" {
		t.Fatalf("enter on the quote: focus %v article %q, want the reader on a5 (ABC News)", hs.m.focus, r.doc.ID)
	}
	if !r.hasTarget {
		t.Fatal("the quote is not highlighted")
	}
	e, ok := r.cursorQuote()
	if !ok || e.quote != sessionsQuote {
		t.Fatalf("reader cursor on %+v, want the quote", e)
	}
	if l, _ := r.targetLine(); l < r.offset || l >= r.offset+r.height {
		t.Fatalf("the quote's line %d is off screen [%d,%d)", l, r.offset, r.offset+r.height)
	}
	if !regexpFind(`\x1b\[[0-9;]*7[;m][^\x1b]*I never met`, hs.m.View().Content) {
		t.Fatal("the quote is not drawn highlighted")
	}
	hs.key("esc")
	if hs.m.focus != focusQuotes {
		t.Fatalf("first back: focus %v, want quotes", hs.m.focus)
	}
	if q, _ := hs.m.quotes.Selected(); q.Text != sessionsQuote {
		t.Fatalf("first back selects %q, want the quote opened", q.Text)
	}
	hs.key("backspace")
	if hs.m.focus != focusPeople {
		t.Fatalf("second back: focus %v, want people", hs.m.focus)
	}
	if p, _ := hs.m.people.Selected(); p.Name != "Jeff Sessions" {
		t.Fatalf("second back selects %q", p.Name)
	}
	if len(hs.m.history) != 0 || hs.m.com.keys.Back.Enabled() {
		t.Fatal("back still offered with an empty history")
	}
}

func TestCopyQuoteWithCitation(t *testing.T) {
	hs := toSessionsQuotes(t, 80, 24)
	next, cmd := hs.m.Update(keyMsg("y"))
	hs.m = next.(Model)
	if cmd == nil {
		t.Fatal("y gave no command")
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			if c != nil {
				if m := c(); m != nil && reflect.TypeOf(m).Kind() == reflect.String {
					msg = m
				}
			}
		}
	}
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.String || !strings.Contains(reflect.TypeOf(msg).Name(), "Clipboard") {
		t.Fatalf("y yields %T, want the clipboard message", msg)
	}
	want := "“I never met with any Russian officials to discuss issues of the campaign” — Jeff Sessions\n" +
		"ABC News, 2017-03-02, “Sessions met with Russian envoy twice last year”, https://abcnews.example/sessions-envoy\n" +
		"CNN, 2017-03-01, “Sessions denies discussing campaign with Russians”"
	if v.String() != want {
		t.Fatalf("clipboard text:\n%s\nwant:\n%s", v.String(), want)
	}
	if !strings.Contains(hs.screen(), "Copied the quote of Jeff Sessions") {
		t.Fatalf("no status message:\n%s", hs.screen())
	}
}

func TestReaderNameOpensPerson(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Query: "pelosi"}, 80, 24)
	hs.keys("enter", "]")
	e := hs.m.reader.shown.ents[hs.m.reader.ent]
	if e.kind != annName || e.person != "Nancy Pelosi" {
		t.Fatalf("] is on %+v, want the name Nancy Pelosi", e)
	}
	hs.key("enter")
	if hs.m.focus != focusQuotes || hs.m.person.Name != "Nancy Pelosi" {
		t.Fatalf("enter on a name: focus %v person %q", hs.m.focus, hs.m.person.Name)
	}
	if len(hs.m.quotes.shown) != 1 {
		t.Fatalf("Pelosi has %d quotes, want 1", len(hs.m.quotes.shown))
	}
	hs.key("esc")
	if hs.m.focus != focusReader {
		t.Fatalf("back from the person: focus %v, want the reader", hs.m.focus)
	}
}

func TestReaderQuoteOpensSpeakerAtQuote(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Query: "recuse"}, 80, 24)
	hs.key("enter")
	for i := 0; i < 10; i++ {
		hs.key("]")
		if _, ok := hs.m.reader.cursorQuote(); ok {
			break
		}
	}
	if _, ok := hs.m.reader.cursorQuote(); !ok {
		t.Fatal("] never reached a quote")
	}
	hs.key("enter")
	if hs.m.person.Name != "Jeff Sessions" {
		t.Fatalf("enter on the quote opened %q", hs.m.person.Name)
	}
	if q, _ := hs.m.quotes.Selected(); !strings.Contains(q.Text, "recuse myself") {
		t.Fatalf("the quote is not selected among the speaker's: %q", q.Text)
	}
}

func TestReaderMarksQuotesAndSpeakers(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Query: "envoy"}, 120, 40)
	s := hs.m.reader.shown.text
	if !strings.Contains(s, `campaign," (— Jeff Sessions) Sessions said`) || !strings.Contains(s, `answer," (— Sarah Isgur Flores) said`) {
		t.Fatalf("speakers not shown beside their quotes:\n%s", s)
	}
	var quotes, names int
	for _, e := range hs.m.reader.shown.ents {
		if e.kind == annQuote {
			quotes++
		} else {
			names++
		}
	}
	if quotes != 2 || names < 3 {
		t.Fatalf("%d quotes and %d names marked, want 2 and at least 3", quotes, names)
	}
}

func TestEmptyStates(t *testing.T) {
	cases := []struct {
		name, want string
		do         func(hs *harness)
	}{
		{"no people in no results", "No people are named in the results for “zebra”.", func(hs *harness) {
			hs.typeText("zebra")
			hs.keys("enter", "3")
		}},
		{"person without quotes", "No quotes from Al Franken in the whole corpus.", func(hs *harness) {
			hs.keys("esc", "3", "/")
			hs.typeText("franken")
			hs.keys("enter", "enter")
		}},
		{"article without reactions", "No reactions in “Markets rally as oil prices climb”.", func(hs *harness) {
			hs.typeText("oil")
			hs.keys("enter", "5", "t")
		}},
		{"no person chosen", "Select a person", func(hs *harness) {
			hs.typeText("zebra")
			hs.keys("enter", "4")
		}},
		{"filter matches no one", "No one in all articles matches “zz”.", func(hs *harness) {
			hs.keys("esc", "3", "/")
			hs.typeText("zz")
		}},
		{"a search typed as a filter says where to search", "press 1 or 2, then /.", func(hs *harness) {
			hs.keys("esc", "3", "/")
			hs.typeText(`quote:"bad deal"`)
		}},
		{"the same in the reactions", "press 1 or 2, then /.", func(hs *harness) {
			hs.keys("esc", "5", "/")
			hs.typeText(`speaker:nobody`)
		}},
	}
	for _, c := range cases {
		hs := newHarness(t, newRichFake(), Options{}, 80, 24)
		c.do(hs)
		if s := hs.screen(); !strings.Contains(s, c.want) {
			t.Errorf("%s: %q missing:\n%s", c.name, c.want, s)
		}
	}
}

func TestCursorKeptPerPane(t *testing.T) {
	fb := newRichFake()
	hs := newHarness(t, fb, Options{}, 80, 24)
	hs.b = fb
	hs.keys("esc", "3", "j", "j")
	calls := len(hs.b.calls)
	hs.keys("5", "3")
	if hs.m.people.list.cursor != 2 {
		t.Fatalf("people cursor = %d after leaving and coming back, want 2", hs.m.people.list.cursor)
	}
	for _, c := range hs.b.calls[calls:] {
		if strings.HasPrefix(c, "people") {
			t.Fatalf("coming back fetched the people again: %q", hs.b.calls[calls:])
		}
	}
}

func TestScopeToggleAndStaleAnswers(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Query: "pelosi"}, 80, 24)
	hs.key("3")
	if hs.m.people.req.scope.Query != "pelosi" {
		t.Fatalf("people scope %+v, want the results' query", hs.m.people.req.scope)
	}
	hs.key("t")
	if got := hs.m.people.req.scope.ArticleID; got != "a2" {
		t.Fatalf("t: people scope article %q, want a2", got)
	}
	n := len(hs.m.people.shown)
	hs.send(peopleDoneMsg{seq: hs.m.people.seq - 1})
	if len(hs.m.people.shown) != n {
		t.Fatal("a stale people answer replaced the list")
	}
}

func TestMouseSelectsPerson(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{}, 160, 48)
	hs.key("esc")
	row := strings.Split(hs.screen(), "\n")[rowBody]
	tabX := ansi.StringWidth(row[:strings.Index(row, "3 Peo")])
	hs.send(tea.MouseClickMsg{X: tabX, Y: rowBody, Button: tea.MouseLeft}) // the People tab
	if hs.m.focus != focusPeople {
		t.Fatalf("click on the people tab: focus %v", hs.m.focus)
	}
	// Title row, info line, then two rows per person: the third person.
	hs.send(tea.MouseClickMsg{X: 3, Y: rowBody + 2 + 2*2, Button: tea.MouseLeft})
	if p, _ := hs.m.people.Selected(); p.Name != "Al Franken" || hs.m.person.Name != "Al Franken" {
		t.Fatalf("click selected %q (person %q), want Al Franken", p.Name, hs.m.person.Name)
	}
	hs.send(tea.MouseWheelMsg{X: 3, Y: rowBody + 4, Button: tea.MouseWheelDown})
	if p, _ := hs.m.people.Selected(); p.Name != "Sarah Isgur Flores" {
		t.Fatalf("wheel selected %q", p.Name)
	}
	x := hs.m.lay.slots[1].x + 3
	hs.send(tea.MouseClickMsg{X: x, Y: rowBody + 3, Button: tea.MouseLeft})
	if hs.m.focus != focusQuotes {
		t.Fatalf("click in the middle column: focus %v, want quotes", hs.m.focus)
	}
}

func TestExportQuotes(t *testing.T) {
	dir := t.TempDir()
	fb := newRichFake()
	hs := newHarness(t, fb, Options{ExportDir: dir}, 80, 24)
	hs.keys("esc", "3", "enter", "e")
	path := filepath.Join(dir, "storytui-quotes-jeff-sessions.md")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	for _, want := range []string{"# Quotes of Jeff Sessions", "## “" + strings.TrimSuffix(sessionsQuote, ",") + "”", "- ABC News, 2017-03-02, [Sessions met", "~~any~~"} {
		if !strings.Contains(md, want) {
			t.Errorf("export lacks %q:\n%s", want, md)
		}
	}
	if hs.m.note != "Exported quotes to "+path || !strings.Contains(hs.screen(), "Exported quotes to /") {
		t.Fatalf("status does not say where: %q\n%s", hs.m.note, hs.screen())
	}
	hs.keys("5", "E")
	if _, err := os.Stat(filepath.Join(dir, "storytui-reactions-all.json")); err != nil {
		t.Fatal(err)
	}
}

func TestOpenURL(t *testing.T) {
	var opened []string
	hs := newHarness(t, newRichFake(), Options{Query: "denies"}, 80, 24)
	hs.m.openURL = func(u string) error { opened = append(opened, u); return nil }
	hs.key("o") // the CNN article has no url
	if len(opened) != 0 || !strings.Contains(hs.screen(), "This article has no url.") {
		t.Fatalf("opened %q; screen:\n%s", opened, hs.screen())
	}
	hs.key("/")
	hs.typeText("x envoy")
	hs.keys("enter", "o")
	if len(opened) != 1 || opened[0] != "https://abcnews.example/sessions-envoy" {
		t.Fatalf("opened %q", opened)
	}
}

func TestNewPanesFitEverySize(t *testing.T) {
	sizes := [][2]int{{60, 15}, {61, 16}, {79, 20}, {80, 24}, {99, 30}, {100, 30}, {120, 40}, {149, 40}, {150, 40}, {160, 48}, {200, 60}}
	states := map[string]func(hs *harness){
		"stories":   func(hs *harness) { hs.keys("esc", "G") },
		"coverage":  func(hs *harness) { hs.keys("esc", "c", "G") },
		"scoped":    func(hs *harness) { hs.keys("esc", "enter", "3") },
		"people":    func(hs *harness) { hs.keys("esc", "3", "/"); hs.typeText("s") },
		"quotes":    func(hs *harness) { hs.keys("esc", "3", "enter", "G") },
		"reader":    func(hs *harness) { hs.keys("esc", "3", "enter", "enter", "]") },
		"reactions": func(hs *harness) { hs.keys("esc", "5", "G") },
		"help":      func(hs *harness) { hs.keys("esc", "?") },
	}
	for name, do := range states {
		for _, sz := range sizes {
			hs := newHarness(t, newRichFake(), Options{Title: "default corpus"}, sz[0], sz[1])
			do(hs)
			checkFits(t, hs.m.View().Content, sz[0], sz[1])
			if t.Failed() {
				t.Fatalf("state %s at %dx%d:\n%s", name, sz[0], sz[1], hs.screen())
			}
		}
	}
}

func TestContextLine(t *testing.T) {
	cases := []struct{ ctx, quote, want string }{
		{`"I quit," she said.`, "I quit,", `"…" she said.`},
		{`"I quit" she said.`, "I quit,", `"…" she said.`},
		{`"I quit,"`, "I quit,", ""}, // nothing but the quote
		{"", "x", ""},
		{"Unrelated sentence.", "I quit", "Unrelated sentence."},
		// A window cut inside a long quote says nothing more.
		{"…I am grateful for the opportunity to recommend,…", "I am grateful for the opportunity to recommend, regardless of their views,", ""},
		{`…"I quit,"…"`, "I quit,", ""},
	}
	for _, c := range cases {
		if got := contextLine(c.ctx, c.quote); got != c.want {
			t.Errorf("contextLine(%q, %q) = %q, want %q", c.ctx, c.quote, got, c.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Jeff Sessions": "jeff-sessions", "  ": "all", "sessions russia!": "sessions-russia", "Ana Żuk": "ana-żuk"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSampleNote: a list the index made from part of its scope says so
// (the pane would otherwise claim the whole corpus); a whole one does not.
func TestSampleNote(t *testing.T) {
	for _, c := range []struct {
		sample index.Sample
		want   string
	}{
		{index.Sample{Read: 1000, Matched: 3456, Newest: true}, "in all articles · newest 1,000 of 3,456"},
		{index.Sample{Read: 300, Matched: 1061}, "in all articles · best 300 of 1,061"},
		{index.Sample{}, ""},
	} {
		fb := newRichFake()
		fb.sample = c.sample
		hs := newHarness(t, fb, Options{}, 160, 48)
		hs.keys("esc", "3")
		s := hs.screen()
		if c.want != "" && !strings.Contains(s, c.want) {
			t.Errorf("%+v: %q missing:\n%s", c.sample, c.want, s)
		}
		if c.want == "" && (strings.Contains(s, " of 3,456") || strings.Contains(s, " of 1,061")) {
			t.Errorf("whole scope said to be a sample:\n%s", s)
		}
	}
}

// TestExportWhileLoading: while another person's quotes load, the pane
// still holds the last person's; export and copy must not send them out
// under the new name.
func TestExportWhileLoading(t *testing.T) {
	dir := t.TempDir()
	hs := newHarness(t, newRichFake(), Options{ExportDir: dir}, 80, 24)
	hs.keys("esc", "3", "enter")
	first := hs.m.quotes.person.Key
	if len(hs.m.quotes.all) == 0 {
		t.Fatalf("no quotes for %q", first)
	}
	// Another person, and the quotes pane, without running the fetch.
	for _, k := range []string{"3", "j", "4"} {
		next, _ := hs.m.Update(keyMsg(k))
		hs.m = next.(Model)
	}
	if hs.m.quotes.person.Key == first || !hs.m.quotes.busy() {
		t.Fatalf("quotes pane on %q, busy %v: the test did not reach the loading state", hs.m.quotes.person.Key, hs.m.quotes.busy())
	}
	next, cmd := hs.m.Update(keyMsg("e"))
	hs.m = next.(Model)
	if cmd != nil {
		hs.run(cmd)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("exported %s while loading", files[0].Name())
	}
	if !strings.Contains(hs.m.note, "Still loading") {
		t.Errorf("note %q", hs.m.note)
	}
	if _, ok := hs.m.quotes.Selected(); ok {
		t.Error("a quote of the last answer is selectable while loading")
	}
}
