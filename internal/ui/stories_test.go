package ui

import (
	"errors"
	"strings"
	"testing"

	"storytui/internal/aggregate"
	"storytui/internal/corpus"
	"storytui/internal/index"
)

// toStories starts on the rich fake and leaves the search box for the
// Stories pane.
func toStories(t *testing.T, w, h int) *harness {
	t.Helper()
	fb := newRichFake()
	hs := newHarness(t, fb, Options{}, w, h)
	hs.b = fb
	hs.key("esc")
	if hs.m.focus != focusStories {
		t.Fatalf("esc from the search box: focus %v, want the stories", hs.m.focus)
	}
	return hs
}

func TestOpensOnStories(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {160, 48}} {
		hs := newHarness(t, newRichFake(), Options{}, sz[0], sz[1])
		if !hs.m.visible(focusStories) || hs.m.visible(focusResults) {
			t.Errorf("%dx%d: the stories are not what the explorer opens on", sz[0], sz[1])
		}
		if hs.m.focus != focusSearch {
			t.Errorf("%dx%d: focus %v, want the search box so that typing searches", sz[0], sz[1], hs.m.focus)
		}
		var ids []string
		for _, st := range hs.m.stories.all {
			ids = append(ids, st.ID)
		}
		// Largest first, single-article stories listed too.
		if got := strings.Join(ids, " "); got != "s-contacts s-recusal s-a3 s-a4" {
			t.Errorf("%dx%d: stories %q", sz[0], sz[1], got)
		}
	}
	// A query on the command line opens on its articles.
	hs := newHarness(t, newRichFake(), Options{Query: "oil"}, 80, 24)
	if hs.m.focus != focusResults || !hs.m.visible(focusResults) {
		t.Fatalf("with a query: focus %v", hs.m.focus)
	}
}

func TestChooseStoryScopesEveryPane(t *testing.T) {
	hs := toStories(t, 80, 24)
	hs.key("enter")
	if hs.m.focus != focusResults || hs.m.story.ID != "s-contacts" {
		t.Fatalf("enter on a story: focus %v story %q, want its articles", hs.m.focus, hs.m.story.ID)
	}
	if got := hs.b.searches[len(hs.b.searches)-1]; got != "story:s-contacts" {
		t.Fatalf("searched %q, want story:s-contacts", got)
	}
	var hits []string
	for _, h := range hs.m.results.res.Hits {
		hits = append(hits, h.ID)
	}
	if got := strings.Join(hits, " "); got != "a7 a5 a6" {
		t.Fatalf("articles of the story: %q, want a7 a5 a6", got)
	}
	if s := hs.screen(); !strings.Contains(s, "Story: Sessions met with Russian envoy") {
		t.Fatalf("the scope is not shown:\n%s", s)
	}
	want := index.Scope{StoryID: "s-contacts"}
	hs.key("3")
	if got := hs.m.people.req.scope; got != want {
		t.Fatalf("people scope %+v, want %+v", got, want)
	}
	for _, p := range hs.m.people.shownPeople() {
		if p.Name == "Nancy Pelosi" || p.Name == "Al Franken" {
			t.Fatalf("%s is not in the story but listed", p.Name)
		}
	}
	hs.key("enter") // Jeff Sessions' quotes, in the story
	if got := hs.m.quotes.req.scope; got != want {
		t.Fatalf("quotes scope %+v, want %+v", got, want)
	}
	for _, q := range hs.m.quotes.shown {
		if strings.Contains(q.Text, "recuse") {
			t.Fatal("a quote from another story is listed")
		}
	}
	hs.key("5")
	if got := hs.m.reactions.req.scope; got != want {
		t.Fatalf("reactions scope %+v, want %+v", got, want)
	}
	// Back through the person, then out of the story.
	hs.keys("4", "esc")
	if hs.m.focus != focusPeople || hs.m.story.ID != "s-contacts" {
		t.Fatalf("first back: focus %v story %q, want the people of the story", hs.m.focus, hs.m.story.ID)
	}
	hs.key("esc")
	if hs.m.focus != focusStories || hs.m.story.ID != "" {
		t.Fatalf("second back: focus %v story %q, want the stories, unscoped", hs.m.focus, hs.m.story.ID)
	}
	if n := len(hs.m.results.res.Hits); n != 7 || hs.m.results.story != "" {
		t.Fatalf("back out of the story: %d hits in story %q, want all 7", n, hs.m.results.story)
	}
	if strings.Contains(hs.screen(), "Story:") {
		t.Fatalf("the scope is still shown:\n%s", hs.screen())
	}
	hs.key("3")
	if got := hs.m.people.req.scope; got != (index.Scope{}) {
		t.Fatalf("people scope after leaving the story: %+v", got)
	}
}

func TestStoriesFollowTheQuery(t *testing.T) {
	fb := newRichFake()
	hs := newHarness(t, fb, Options{}, 80, 24)
	hs.typeText("recuse")
	hs.key("enter")
	if hs.m.focus != focusStories {
		t.Fatalf("enter in the box: focus %v, want the stories", hs.m.focus)
	}
	if len(hs.m.stories.all) != 1 || hs.m.stories.all[0].ID != "s-recusal" {
		t.Fatalf("stories of “recuse”: %+v", hs.m.stories.all)
	}
	if fb.calls[len(fb.calls)-1] != "stories recuse" {
		t.Fatalf("last call %q, want the stories of the query", fb.calls[len(fb.calls)-1])
	}
	hs.key("enter")
	if got := fb.searches[len(fb.searches)-1]; got != "story:s-recusal recuse" {
		t.Fatalf("searched %q, want the story and the query", got)
	}
	if n := len(hs.m.results.res.Hits); n != 1 {
		t.Fatalf("%d hits, want the one article of the story with the word", n)
	}
	hs.key("1")
	hs.key("/") // to the search box, where the query filters the stories
	if hs.m.focus != focusSearch {
		t.Fatalf("/ in the stories: focus %v", hs.m.focus)
	}
	hs.typeText("x")
	if s := hs.screen(); !strings.Contains(s, "No stories match “recusex”.") {
		t.Fatalf("no empty state:\n%s", s)
	}
}

func TestCoverageToggleAndHistory(t *testing.T) {
	hs := toStories(t, 80, 24)
	hs.key("c")
	if !hs.m.stories.covOpen || hs.m.stories.cov.Story.ID != "s-contacts" {
		t.Fatalf("c: coverage open %v of %q", hs.m.stories.covOpen, hs.m.stories.cov.Story.ID)
	}
	s := hs.screen()
	for _, want := range []string{
		"Who was quoted, by outlet",
		"ABC News  CNN  Fox Fake",
		"Quoted by one outlet only · 1",
		"“There was absolutely nothing misleading about his answer,”",
		"2017-03-01  CNN       Sessions denies",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("coverage lacks %q", want)
		}
	}
	if !regexpFind(`Jeff Sessions +1 +1 +1`, s) || !regexpFind(`Sarah Isgur Flores +1 +· +·`, s) {
		t.Errorf("the people-by-outlets counts are wrong")
	}
	if strings.Index(s, "2017-03-01  CNN") > strings.Index(s, "2017-03-04  Fox Fake") {
		t.Error("the timeline is not oldest first")
	}
	if t.Failed() {
		t.Fatalf("screen:\n%s", s)
	}
	hs.key("c")
	if hs.m.stories.covOpen || len(hs.m.history) != 0 {
		t.Fatalf("c again: open %v, history %d, want the list and no history", hs.m.stories.covOpen, len(hs.m.history))
	}
	calls := len(hs.b.calls)
	hs.key("c")
	for _, c := range hs.b.calls[calls:] {
		if strings.HasPrefix(c, "coverage") {
			t.Fatal("reopening the same comparison fetched it again")
		}
	}
	hs.key("enter") // from the comparison to the story's articles
	if hs.m.focus != focusResults || hs.m.story.ID != "s-contacts" {
		t.Fatalf("enter in the comparison: focus %v story %q", hs.m.focus, hs.m.story.ID)
	}
	hs.key("esc")
	if hs.m.focus != focusStories || !hs.m.stories.covOpen || hs.m.story.ID != "" {
		t.Fatalf("back: focus %v coverage %v story %q, want the comparison", hs.m.focus, hs.m.stories.covOpen, hs.m.story.ID)
	}
	hs.key("esc")
	if hs.m.stories.covOpen {
		t.Fatal("second back did not close the comparison")
	}
}

func TestCoverageScrollsAndKeepsItsPlace(t *testing.T) {
	hs := toStories(t, 80, 12) // too short for the whole comparison
	hs.keys("c", "G")
	bottom := hs.m.stories.covScroll.offset
	if bottom == 0 || !strings.Contains(hs.screen(), "Ryan backs Sessions") {
		t.Fatalf("G did not scroll to the end of the timeline (offset %d):\n%s", bottom, hs.screen())
	}
	hs.key("j")
	if hs.m.stories.covScroll.offset != bottom {
		t.Fatal("scrolled past the end")
	}
	hs.keys("enter", "esc")
	if !hs.m.stories.covOpen || hs.m.stories.covScroll.offset != bottom {
		t.Fatalf("back to the comparison at %d, want %d", hs.m.stories.covScroll.offset, bottom)
	}
	hs.key("g")
	if hs.m.stories.covScroll.offset != 0 {
		t.Fatal("g did not go to the top")
	}
}

func TestStoriesEmptyStates(t *testing.T) {
	cases := []struct {
		name, want string
		do         func(hs *harness)
	}{
		{"no story matches", "No stories match “zebra”.", func(hs *harness) { hs.typeText("zebra") }},
		{"empty index", "No stories: the index holds no articles.", func(hs *harness) {
			hs.b.articles = nil
			hs.send(progressMsg{closed: true})
		}},
		{"one outlet", "Only Local News covered this story: there is nothing to compare.", func(hs *harness) {
			hs.keys("esc", "G", "c")
		}},
		{"backend error", "Could not load: stories are not grouped yet", func(hs *harness) {
			hs.b.storiesErr = errors.New("stories are not grouped yet")
			hs.typeText("s")
		}},
		{"no exclusive quote", "Every quote was carried by more than one outlet.", func(hs *harness) {
			hs.b.articles = hs.b.articles[5:7] // CNN and Fox Fake: one quote, both carried it
			hs.send(progressMsg{closed: true})
			hs.keys("esc", "c")
		}},
	}
	for _, c := range cases {
		fb := newRichFake()
		hs := newHarness(t, fb, Options{}, 80, 24)
		hs.b = fb
		c.do(hs)
		if s := hs.screen(); !strings.Contains(s, c.want) {
			t.Errorf("%s: %q missing:\n%s", c.name, c.want, s)
		}
	}
}

func TestStaleStoriesAnswersAreDropped(t *testing.T) {
	hs := toStories(t, 80, 24)
	n := len(hs.m.stories.all)
	hs.send(storiesDoneMsg{seq: hs.m.stories.seq - 1, stories: nil})
	if len(hs.m.stories.all) != n {
		t.Fatal("a stale stories answer replaced the list")
	}
	hs.key("c")
	hs.send(coverageDoneMsg{seq: hs.m.stories.covState.seq - 1, cov: aggregate.Coverage{Story: aggregate.Story{ID: "old"}}})
	if hs.m.stories.cov.Story.ID != "s-contacts" {
		t.Fatal("a stale coverage answer replaced the comparison")
	}
}

func TestStoryQuery(t *testing.T) {
	cases := []struct{ story, query, want string }{
		{"", "sessions", "sessions"},
		{"s1", "", "story:s1"},
		{"s1", "  ", "story:s1"},
		{"abc-12_x", "kislyak -trump", "story:abc-12_x kislyak -trump"},
		{"a:b c", "x", `story:"a:b c" x`},
	}
	for _, c := range cases {
		if got := storyQuery(c.story, c.query); got != c.want {
			t.Errorf("storyQuery(%q, %q) = %q, want %q", c.story, c.query, got, c.want)
		}
	}
}

func TestFitList(t *testing.T) {
	names := []string{"ABC News", "CNN", "Fox News", "The Washington Post"}
	cases := []struct {
		w    int
		want string
	}{
		{100, "ABC News, CNN, Fox News, The Washington Post"},
		{30, "ABC News, CNN, Fox News +1"},
		{16, "ABC News, CNN +2"},
		{5, "ABC News +3"},
	}
	for _, c := range cases {
		if got := fitList(names, c.w); got != c.want {
			t.Errorf("fitList(%d) = %q, want %q", c.w, got, c.want)
		}
	}
}

// TestStoryKeysActAtOnce: a key typed right after enter or c, before any
// command has run, finds the story chosen or the comparison open.
func TestStoryKeysActAtOnce(t *testing.T) {
	hs := toStories(t, 80, 24)
	next, _ := hs.m.Update(keyMsg("enter"))
	next, _ = next.(Model).Update(keyMsg("3"))
	m := next.(Model)
	if m.story.ID != "s-contacts" || m.focus != focusPeople {
		t.Fatalf("enter then 3: story %q focus %v, want the story's people", m.story.ID, m.focus)
	}
	hs = toStories(t, 80, 24)
	next, _ = hs.m.Update(keyMsg("c"))
	next, _ = next.(Model).Update(keyMsg("c"))
	if m := next.(Model); m.stories.covOpen || len(m.history) != 0 {
		t.Fatalf("c c: coverage open %v, history %d, want both undone", m.stories.covOpen, len(m.history))
	}
}

func TestStoriesSayWhenCut(t *testing.T) {
	fb := newFake()
	for i := range storiesLimit {
		fb.articles = append(fb.articles, corpus.Article{ID: "x" + itoa(i), Title: "Story " + itoa(i), Source: "Wire"})
	}
	hs := newHarness(t, fb, Options{}, 80, 24)
	if n := len(hs.m.stories.all); n != storiesLimit {
		t.Fatalf("%d stories listed, want the limit %d", n, storiesLimit)
	}
	if s := hs.screen(); !strings.Contains(s, "largest first · the first 200") {
		t.Fatalf("the cut is not said:\n%s", s)
	}
	fb.articles = fb.articles[:10]
	hs.send(progressMsg{closed: true})
	if strings.Contains(hs.screen(), "the first 200") {
		t.Fatal("a short list says it was cut")
	}
}

func TestCoverageRetriedAfterAnError(t *testing.T) {
	hs := toStories(t, 80, 24)
	hs.send(keyMsg("c"))
	hs.send(coverageDoneMsg{seq: hs.m.stories.covState.seq, err: errors.New("disk on fire")})
	// An error answering the request in force, as a failed fetch gives.
	if !strings.Contains(hs.screen(), "Could not load: disk on fire") {
		t.Fatalf("the error is not shown:\n%s", hs.screen())
	}
	hs.key("c")
	calls := len(hs.b.calls)
	hs.key("c")
	if len(hs.b.calls) == calls || !strings.HasPrefix(hs.b.calls[calls], "coverage") {
		t.Fatalf("reopening after an error did not ask again: %q", hs.b.calls[calls:])
	}
	if !strings.Contains(hs.screen(), "Who was quoted") {
		t.Fatalf("the retry is not shown:\n%s", hs.screen())
	}
}

// BenchmarkCoverageView measures one frame of a large comparison (200
// people, 8 outlets, 100 exclusive quotes, 50 articles), drawn on every
// key; compare with BenchmarkView, a frame of long hits and an article,
// in the same run.
func BenchmarkCoverageView(b *testing.B) {
	t := &testing.T{}
	hs := toStories(t, 200, 60)
	hs.key("c")
	c := hs.m.stories.cov
	c.Outlets = []string{"ABC News", "CNN", "Fox News", "The New York Times", "HuffPost", "Reuters", "BBC", "NPR"}
	c.People, c.Exclusive, c.Timeline = nil, nil, nil
	for i := range 200 {
		c.People = append(c.People, aggregate.CoverageRow{Key: itoa(i), Name: "Person Number " + itoa(i), Quotes: []int{i % 3, 0, 1, i % 5, 0, 2, 0, 1}})
	}
	for i := range 100 {
		c.Exclusive = append(c.Exclusive, aggregate.Quote{Text: strings.Repeat("words of a quote ", 12) + itoa(i), Speaker: "Person Number " + itoa(i),
			Sources: []aggregate.Source{{Outlet: "Reuters", Date: day(2)}}})
	}
	for i := range 50 {
		c.Timeline = append(c.Timeline, aggregate.Source{ArticleID: itoa(i), Title: "A headline of some length number " + itoa(i), Outlet: c.Outlets[i%8], Date: day(1 + i%28)})
	}
	hs.m.stories.SetCoverage(c)
	hs.key("G")
	b.ResetTimer()
	for b.Loop() {
		_ = hs.m.View()
	}
}

// TestStoriesAskedWithTheSearch: the stories of a query are asked for in
// the same step as its search, not after the search answers.
func TestStoriesAskedWithTheSearch(t *testing.T) {
	hs := newHarness(t, newRichFake(), Options{}, 80, 24)
	next, _ := hs.m.Update(keyMsg("o"))
	next, cmd := next.(Model).Update(searchDueMsg{seq: next.(Model).searchSeq})
	m := next.(Model)
	if !m.stories.hasReq || m.stories.req.scope.Query != "o" || m.results.query == "o" {
		t.Fatalf("stories request %+v (results for %q), want “o” asked before the search answers", m.stories.req, m.results.query)
	}
	var kinds []string
	for _, msg := range runAll(cmd) {
		switch msg.(type) {
		case searchDoneMsg:
			kinds = append(kinds, "search")
		case storiesDoneMsg:
			kinds = append(kinds, "stories")
		}
	}
	if strings.Join(kinds, " ") != "search stories" {
		t.Fatalf("one step ran %q, want the search and the stories", kinds)
	}
}
