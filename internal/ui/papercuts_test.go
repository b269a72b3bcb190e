package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"storytui/internal/aggregate"
	"storytui/internal/corpus"
)

// tabRowOf is the pane title row of a screen: the line under the search
// box.
func tabRowOf(screen string) string {
	lines := strings.Split(screen, "\n")
	if len(lines) < 3 {
		return ""
	}
	return lines[2]
}

// A pane that is not on screen keeps the answer to the last search it
// saw; its tab must not show that answer's count beside a newer search
// (it said "People · 20" over a search that found nothing).
func TestHiddenPaneTabShowsNoStaleCount(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Title: "default corpus"}, 160, 48)
	hs.keys("esc", "3")
	if row := tabRowOf(hs.screen()); !regexpFind(`3 People · [1-9]`, row) {
		t.Fatalf("the people pane shows no count once loaded:\n%s", row)
	}
	hs.keys("5")
	if row := tabRowOf(hs.screen()); !regexpFind(`5 Reactions · [1-9]`, row) {
		t.Fatalf("the reactions pane shows no count once loaded:\n%s", row)
	}
	hs.keys("4", "1", "/")
	hs.typeText("zebra")
	row := tabRowOf(hs.screen())
	if !strings.Contains(row, "Articles · 0") {
		t.Fatalf("the search did not run:\n%s", row)
	}
	if regexpFind(`People · [1-9]`, row) || regexpFind(`Reactions · [1-9]`, row) {
		t.Errorf("a hidden pane shows the count of the last search:\n%s", row)
	}
	// Shown again, the pane asks again and counts what it shows.
	hs.keys("enter", "3")
	if row := tabRowOf(hs.screen()); !strings.Contains(row, "People · 0") {
		t.Errorf("the people pane does not count its new answer:\n%s", row)
	}
}

// A filter kept with enter goes on hiding items once its box is closed;
// the pane's info line says so, focused or not, until it is cleared (it
// said only "in the results for …" over a list cut to three).
func TestKeptFilterShowsInInfoLine(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Title: "default corpus"}, 160, 48)
	hs.keys("esc", "5", "/")
	hs.typeText("pelosi")
	hs.key("enter")
	if s := hs.screen(); !strings.Contains(s, "filter “pelosi” (/ to change)") {
		t.Fatalf("the kept filter is not shown:\n%s", s)
	}
	hs.key("1")
	if s := hs.screen(); !strings.Contains(s, "filter “pelosi” (/ to change)") {
		t.Errorf("the kept filter is not shown once the pane loses the focus:\n%s", s)
	}
	hs.keys("5", "/", "esc")
	if s := hs.screen(); strings.Contains(s, "filter “") {
		t.Errorf("a cleared filter is still shown:\n%s", s)
	}
}

// manyArticles is a fake of n articles that all hold the word "budget".
func manyArticles(n int) *fakeBackend {
	fb := &fakeBackend{}
	for i := range n {
		fb.articles = append(fb.articles, corpus.Article{
			ID: fmt.Sprintf("g%03d", i), Title: fmt.Sprintf("Budget talks, day %d", i+1),
			Source: "Example Times", Date: day(1 + i%28),
			Text: "Lawmakers met again on the budget without a deal.",
		})
	}
	return fb
}

// The articles list holds the first page of hits; reading it to its last
// hit fetches the next page, keeping that hit selected, and its tab
// counts every hit, not the page (it said "Articles · 100" over 5,126
// hits and went no further than the 100th).
func TestArticlesListLoadsMoreAtItsEnd(t *testing.T) {
	fb := manyArticles(250)
	hs := newHarness(t, fb, Options{Title: "many", Query: "budget"}, 80, 24)
	if n := len(hs.m.results.res.Hits); n != searchLimit {
		t.Fatalf("first page holds %d hits, want %d", n, searchLimit)
	}
	if row := tabRowOf(hs.screen()); !strings.Contains(row, "Articles · 250") {
		t.Errorf("the tab does not count every hit:\n%s", row)
	}
	hs.key("G")
	if n := len(hs.m.results.res.Hits); n != 2*searchLimit {
		t.Fatalf("after G the list holds %d hits, want %d", n, 2*searchLimit)
	}
	if c := hs.m.results.list.cursor; c != searchLimit-1 {
		t.Errorf("the cursor moved to hit %d when the next page came, want %d", c, searchLimit-1)
	}
	hs.keys("j", "G")
	if n := len(hs.m.results.res.Hits); n != 250 {
		t.Fatalf("after G again the list holds %d hits, want 250", n)
	}
	searches := len(fb.searches)
	hs.key("G")
	if len(fb.searches) != searches {
		t.Errorf("at the very end G searched again: %q", fb.searches[searches:])
	}
	// A new query starts from the first page again.
	hs.key("/")
	hs.typeText(" day")
	if n := len(hs.m.results.res.Hits); n != searchLimit {
		t.Errorf("a new query shows %d hits, want the first page of %d", n, searchLimit)
	}
}

// A search that finds nothing because of a typo says which query, with
// close spellings allowed, finds something, and how many (it said only
// "No articles match “sesions”." and nothing about what to do).
func TestNoResultsSuggestsCloseSpellings(t *testing.T) {
	hs := newHarness(t, newFake(), Options{Title: "default corpus"}, 120, 30)
	hs.typeText("sesions")
	want := "No articles match “sesions”. With close spellings (~), “sesions~” finds 2 articles."
	if s := hs.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
		t.Errorf("no suggestion; want %q in:\n%s", want, s)
	}
	hs.keys("enter", "2")
	if s := hs.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), "With close spellings (~), “sesions~” finds") {
		t.Errorf("the empty articles pane does not suggest:\n%s", s)
	}
	// At 80 columns the status bar says it shorter, whole.
	hs = newHarness(t, newFake(), Options{Title: "default corpus"}, 80, 24)
	hs.typeText("sesions russa")
	if s := hs.screen(); !regexpFind(`No articles match “sesions russa”\. Try “sesions~ russa~”: \d+ articles\.`, s) {
		t.Errorf("the status bar at 80 columns does not hold the suggestion:\n%s", s)
	}
	// Nothing a letter off either: no suggestion.
	hs = newHarness(t, newFake(), Options{Title: "default corpus"}, 120, 30)
	hs.typeText("qqqqq")
	if s := hs.screen(); strings.Contains(s, "close spellings") {
		t.Errorf("a suggestion that finds nothing is shown:\n%s", s)
	}
}

func TestCloseSpellings(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"kisylak", "kisylak~"},
		{"sesions kisylak", "sesions~ kisylak~"},
		{`"attorney generel" sesions`, `"attorney generel" sesions~`},
		{"source:cnn sesions -trump", "source:cnn sesions~ -trump"},
		{"the ox", ""},
		{"kisylak~", ""},
		{`person:"nancy pelosy"`, ""},
		{"", ""},
	} {
		if got := closeSpellings(c.in); got != c.want {
			t.Errorf("closeSpellings(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// lastLine is the help bar of a screen.
func lastLine(screen string) string {
	lines := strings.Split(screen, "\n")
	return lines[len(lines)-1]
}

// The help bar offers only keys that do something: not enter and c over
// a search with no stories, and esc (the way out) in the articles of a
// story.
func TestHelpBarOffersOnlyWhatWorks(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Title: "default corpus"}, 160, 48)
	hs.key("esc")
	if l := lastLine(hs.screen()); !strings.Contains(l, "enter its articles") || !strings.Contains(l, "c coverage") {
		t.Fatalf("the stories help lacks enter and c:\n%s", l)
	}
	hs.key("enter")
	if l := lastLine(hs.screen()); !strings.Contains(l, "esc back") {
		t.Errorf("the articles of a story do not offer esc to leave it:\n%s", l)
	}
	hs.keys("esc", "/")
	hs.typeText("zebra")
	hs.key("enter")
	if hs.m.focus != focusStories {
		t.Fatalf("enter in the box went to %v, want the stories", hs.m.focus)
	}
	if l := lastLine(hs.screen()); strings.Contains(l, "its articles") || strings.Contains(l, "coverage") {
		t.Errorf("the help offers enter and c over no stories:\n%s", l)
	}
}

// An info line too long for its pane shortens the query or title it
// quotes, or leaves them out, so that what it ends with (the part of the
// scope read, the sort) still shows.
func TestFitInfoKeepsTheEnd(t *testing.T) {
	info := "in the results for “person:\"nancy pelosi\"” · best 300 of 785 · by mentions"
	brief := "in the results · best 300 of 785 · by mentions"
	for _, c := range []struct {
		w    int
		want string
	}{
		{100, info},
		{66, "in the results for “person:\"nanc…” · best 300 of 785 · by mentions"},
		{47, brief},
		{20, "in the results for …"},
	} {
		got := fitInfo(info, brief, c.w)
		if got != c.want {
			t.Errorf("fitInfo(…, %d) = %q, want %q", c.w, got, c.want)
		}
		if visibleWidth(got) > c.w {
			t.Errorf("fitInfo(…, %d) is %d cells wide", c.w, visibleWidth(got))
		}
	}
	// At 160 columns the people of a long query keep their sample note.
	fb := newRichFake()
	fb.sample.Read, fb.sample.Matched = 300, 785
	hs := newHarness(t, fb, Options{Title: "default corpus"}, 160, 48)
	hs.typeText("sessions russia ambassador")
	hs.keys("enter", "3")
	if s := hs.screen(); !strings.Contains(s, " in the results · best 300 of 785 · by mentions") {
		t.Errorf("the people's info line lost its end:\n%s", s)
	}
}

// A search for one person (person:, speaker:) selects that person in the
// People pane, and so their quotes, even when others are named more in
// the articles found; moving off them is not undone by the next answer.
func TestPersonQuerySelectsThePerson(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Title: "default corpus"}, 160, 48)
	// The fake searches any of the words: Sessions is named more.
	hs.typeText(`person:"nancy pelosi" sessions`)
	hs.keys("enter", "3")
	if p, _ := hs.m.people.Selected(); p.Name != "Nancy Pelosi" {
		var names []string
		for _, i := range hs.m.people.shown {
			names = append(names, hs.m.people.all[i].Name)
		}
		t.Fatalf("selected %q among %q, want Nancy Pelosi", p.Name, names)
	}
	if hs.m.person.Name != "Nancy Pelosi" {
		t.Errorf("the quotes pane follows %q, want Nancy Pelosi", hs.m.person.Name)
	}
	if hs.m.people.list.cursor == 0 {
		t.Fatal("Nancy Pelosi is first anyway: the test does not show the choice")
	}
	hs.key("g")
	first, _ := hs.m.people.Selected()
	hs.keys("4", "3")
	if p, _ := hs.m.people.Selected(); p.Key != first.Key {
		t.Errorf("coming back to the pane selected %q again, want %q, where the user left it", p.Name, first.Name)
	}
	if got := queryPerson(`impeachment speaker:pelosi`); got != "pelosi" {
		t.Errorf("queryPerson = %q, want pelosi", got)
	}
	if got := queryPerson(`"person:pelosi"x source:cnn`); got != "" {
		t.Errorf("queryPerson found a person in %q", got)
	}
}

// A reaction read from a sentence that carries its own quotation marks is
// shown as the sentence, not in a second pair of marks (“"Jeff Sessions
// is a former colleague…," said …” and ““We'll look…).
func TestReactionSentenceKeepsItsOwnMarks(t *testing.T) {
	r := newReactionsPane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
	r.SetSize(70, 20)
	r.hasReq, r.loaded = true, true
	r.SetReactions([]aggregate.Reaction{
		{Who: "Rob Portman", Stance: "demands", Action: "recuse", Quote: `"It would be best for him to recuse himself," said Portman.`},
		{Who: "Colin Strother", Stance: "demands", Action: "impeach", Quote: "“We will look ridiculous if we continue down this path,” he said."},
		{Who: "Al Franken", Stance: "demands", Action: "testify", Quote: "return to the committee to explain his testimony"},
	})
	s := ansi.Strip(strings.Join(r.lines(true, "in all articles", "in all articles", ""), "\n"))
	for _, bad := range []string{`“"`, "““", `"”`, "””"} {
		if strings.Contains(s, bad) {
			t.Errorf("doubled quotation marks %q in:\n%s", bad, s)
		}
	}
	for _, want := range []string{`"It would be best for him to recuse himself," said Portman.`, "“return to the committee to explain his testimony”"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q not shown in:\n%s", want, s)
		}
	}
}

// ↑ and ↓ in the search box go through the searches of earlier sessions
// (Options.History) and this one, running each; the model gives them back
// for the next session. Quit and reopen kept nothing: every search was
// typed again.
func TestSearchHistory(t *testing.T) {
	fb := newFake()
	hs := newHarness(t, fb, Options{Title: "default corpus", History: []string{"oil", "sessions"}}, 100, 30)
	if l := lastLine(hs.screen()); !strings.Contains(l, "↑ earlier search") {
		t.Errorf("the search box help does not offer ↑:\n%s", l)
	}
	hs.typeText("pel")
	hs.key("up")
	if q := hs.m.search.Value(); q != "sessions" {
		t.Fatalf("↑ recalled %q, want the newest search, sessions", q)
	}
	if hs.m.results.query != "sessions" {
		t.Errorf("the recalled search did not run: results for %q", hs.m.results.query)
	}
	hs.keys("up", "up")
	if q := hs.m.search.Value(); q != "oil" {
		t.Fatalf("↑ ↑ ↑ recalled %q, want the oldest, oil", q)
	}
	hs.keys("down", "down")
	if q := hs.m.search.Value(); q != "pel" {
		t.Fatalf("↓ past the newest gave %q, want what was typed, pel", q)
	}
	hs.typeText("osi")
	hs.key("enter")
	want := []string{"oil", "sessions", "pelosi"}
	if got := hs.m.History(); !slices.Equal(got, want) {
		t.Errorf("History() = %q, want %q", got, want)
	}
	// A search recalled and kept moves to the newest.
	hs.key("/")
	hs.keys("up", "up", "enter")
	if got := hs.m.History(); !slices.Equal(got, []string{"oil", "pelosi", "sessions"}) {
		t.Errorf("History() = %q after keeping sessions again", got)
	}
	// A query given on the command line is the newest search.
	hs = newHarness(t, newFake(), Options{Title: "default corpus", Query: "pelosi", History: []string{"oil", "pelosi", "sessions"}}, 100, 30)
	if got := hs.m.History(); !slices.Equal(got, []string{"oil", "sessions", "pelosi"}) {
		t.Errorf("History() = %q with --query pelosi, want it newest", got)
	}
	// Without a history, ↑ is not offered.
	hs = newHarness(t, newFake(), Options{Title: "default corpus"}, 100, 30)
	if l := lastLine(hs.screen()); strings.Contains(l, "earlier search") {
		t.Errorf("↑ offered with no history:\n%s", l)
	}
}

// A long name leaves the counts less room: they shorten in words first
// ("81 ment. · 36 quotes"), to symbols ("81× · 36“”") only when that does
// not fit either.
func TestPeopleCountsShortenInWordsFirst(t *testing.T) {
	aoc := aggregate.Person{Key: "aoc", Name: "Alexandria Ocasio-Cortez", Mentions: 81, Quotes: 36, Articles: 17}
	for _, c := range []struct {
		w    int
		want string
	}{
		{60, "Alexandria Ocasio-Cortez 81 mentions · 36 quotes"},
		{48, "Alexandria Ocasio-Cortez 81 ment. · 36 quotes"},
		{40, "Alexandria Ocasio-Cortez 81× · 36“”"},
	} {
		p := newPeoplePane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		p.SetSize(c.w, 10)
		p.SetPeople([]aggregate.Person{aoc}, "")
		row := strings.Join(strings.Fields(ansi.Strip(p.item(aoc, false, false)[0])), " ")
		if row != c.want {
			t.Errorf("at %d cells: %q, want %q", c.w, row, c.want)
		}
	}
}

// The Stories list, like the articles, asks for more when its last story
// is selected and the backend stopped at the limit ("the first 200" had
// no way past the 200th); the list stays on screen while they load.
func TestStoriesListLoadsMoreAtItsEnd(t *testing.T) {
	fb := manyArticles(250)
	hs := newHarness(t, fb, Options{Title: "many", Query: "budget"}, 80, 24)
	hs.key("1")
	if n := len(hs.m.stories.all); n != storiesLimit {
		t.Fatalf("first answer holds %d stories, want %d", n, storiesLimit)
	}
	if s := hs.screen(); !strings.Contains(s, "the first 200, more at the end") {
		t.Errorf("the info line does not say the list goes on:\n%s", s)
	}
	hs.key("G")
	last := hs.m.stories.list.cursor
	if n := len(hs.m.stories.all); n != 250 {
		t.Fatalf("after G the list holds %d stories, want 250", n)
	}
	if last != storiesLimit-1 {
		t.Errorf("the cursor is on story %d after the next ones came, want %d", last, storiesLimit-1)
	}
	if s := hs.screen(); strings.Contains(s, "more at the end") {
		t.Errorf("the info line says there is more after the last story:\n%s", s)
	}
	calls := len(fb.calls)
	hs.key("G")
	for _, c := range fb.calls[calls:] {
		if strings.HasPrefix(c, "stories ") {
			t.Errorf("at the very end G asked for stories again")
		}
	}
	// While more load, the list stays.
	hs = newHarness(t, manyArticles(250), Options{Title: "many", Query: "budget"}, 80, 24)
	hs.key("1")
	hs.m.stories.Select(storiesLimit - 1)
	if !hs.m.stories.moreAtEnd() {
		t.Fatal("moreAtEnd on the 200th of 200 stories asked for nothing")
	}
	_ = hs.m.syncPanes() // the request goes out; its answer never comes
	if hs.m.stories.loaded {
		t.Fatal("no request for more stories went out")
	}
	if s := hs.screen(); strings.Contains(s, "Loading…") || !strings.Contains(s, "Budget talks") {
		t.Errorf("the list was replaced while more stories load:\n%s", s)
	}
}

// A person: or speaker: search moves the quotes pane to that person even
// when the People pane is never visited: it stayed on the person opened
// before, under a search for someone else.
func TestPersonQueryMovesQuotesWithoutPeople(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{Title: "default corpus"}, 160, 48)
	hs.keys("esc", "3", "enter") // someone's quotes, opened
	before := hs.m.person.Name
	if before == "" || before == "Nancy Pelosi" {
		t.Fatalf("opened %q: the test needs someone else first", before)
	}
	hs.keys("1", "/")
	hs.typeText(`person:"nancy pelosi" sessions`)
	hs.keys("enter", "4")
	if hs.m.person.Name != "Nancy Pelosi" || hs.m.quotes.person.Name != "Nancy Pelosi" {
		t.Errorf("quotes pane on %q (person %q) after a search for Nancy Pelosi, from %q", hs.m.quotes.person.Name, hs.m.person.Name, before)
	}
}
