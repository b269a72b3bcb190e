package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"storytui/data"
	"storytui/internal/aggregate"
)

const (
	abcSeed = "000_1d55d7acc583357e"
	cnnSeed = "004_3f6968eeb8e8c011"
)

// seedIndex is an in-memory index of the default corpus.
func seedIndex(t *testing.T) *Index {
	t.Helper()
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.AddFS(context.Background(), data.FS, nil); err != nil {
		t.Fatal(err)
	}
	return ix
}

// checkPeople compares the incrementally kept table with one computed
// from every stored article.
func checkPeople(t *testing.T, ix *Index) {
	t.Helper()
	ctx := context.Background()
	got, _, err := ix.People(ctx, Scope{})
	if err != nil {
		t.Fatal(err)
	}
	arts, _, err := ix.scopeArticles(ctx, Scope{}, nil, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	want := aggregate.People(arts)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("people table differs from a recount:\n got %+v\nwant %+v", got, want)
	}
	if n, _ := ix.Count(); ix.people.Len() != int(n) {
		t.Fatalf("table holds %d articles, index %d", ix.people.Len(), n)
	}
}

func personKeys(ps []aggregate.Person) []string {
	var ks []string
	for _, p := range ps {
		ks = append(ks, p.Key)
	}
	return ks
}

func TestPeopleDefaultCorpus(t *testing.T) {
	ix := seedIndex(t)
	ctx := context.Background()
	checkPeople(t, ix)
	all, _, err := ix.People(ctx, Scope{})
	if err != nil {
		t.Fatal(err)
	}
	if all[0].Name != "Jeff Sessions" || all[0].Articles != 2 {
		t.Errorf("first person %+v, want Jeff Sessions in 2 articles", all[0])
	}
	for _, tc := range []struct {
		scope    Scope
		has, not []string
	}{
		{Scope{ArticleID: cnnSeed}, []string{"nancy pelosi", "jeff sessions"}, []string{"chris donovan"}},
		{Scope{ArticleID: abcSeed}, []string{"chris donovan", "al franken"}, []string{"nancy pelosi"}},
		{Scope{Query: "pelosi"}, []string{"nancy pelosi", "jeff sessions"}, []string{"chris donovan"}},
		{Scope{Query: "kislyak"}, []string{"nancy pelosi", "chris donovan"}, nil},
	} {
		ps, _, err := ix.People(ctx, tc.scope)
		if err != nil {
			t.Fatalf("%+v: %v", tc.scope, err)
		}
		keys := personKeys(ps)
		for _, k := range tc.has {
			if !slices.Contains(keys, k) {
				t.Errorf("%+v: no %s in %v", tc.scope, k, keys)
			}
		}
		for _, k := range tc.not {
			if slices.Contains(keys, k) {
				t.Errorf("%+v: %s should not be there", tc.scope, k)
			}
		}
	}
	if _, _, err := ix.People(ctx, Scope{ArticleID: "nope"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown article: %v, want ErrNotFound", err)
	}
}

func TestPersonDefaultCorpus(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		name, key string
		ok        bool
	}{
		{"Jeff Sessions", "jeff sessions", true},
		{"Attorney General Sessions", "jeff sessions", true},
		{"sessions", "jeff sessions", true},
		{"Isgur Flores", "sarah isgur flores", true},
		{"Sen. Al Franken", "al franken", true},
		{"Pelosi", "nancy pelosi", true},
		{"Hillary Clinton", "", false},
	} {
		p, ok, err := ix.Person(context.Background(), tc.name)
		if err != nil || ok != tc.ok || p.Key != tc.key {
			t.Errorf("Person(%q) = %q, %v, %v; want %q, %v", tc.name, p.Key, ok, err, tc.key, tc.ok)
		}
	}
}

func TestQuotesDefaultCorpus(t *testing.T) {
	ix := seedIndex(t)
	ctx := context.Background()
	const never = "I never met with any Russian officials to discuss issues of the campaign"
	find := func(qs []aggregate.Quote) []aggregate.Quote {
		var out []aggregate.Quote
		for _, q := range qs {
			if aggregate.Fold(q.Text) == aggregate.Fold(never) {
				out = append(out, q)
			}
		}
		return out
	}
	for _, tc := range []struct {
		person  string
		scope   Scope
		outlets []string
	}{
		{"jeff sessions", Scope{}, []string{"ABC News", "CNN"}},
		{"Sessions", Scope{}, []string{"ABC News", "CNN"}},
		{"jeff sessions", Scope{Query: "source:cnn"}, []string{"CNN"}},
		{"jeff sessions", Scope{ArticleID: abcSeed}, []string{"ABC News"}},
		{"nancy pelosi", Scope{}, nil},
	} {
		qs, _, err := ix.Quotes(ctx, tc.person, tc.scope)
		if err != nil {
			t.Fatal(err)
		}
		got := find(qs)
		if tc.outlets == nil {
			if len(got) != 0 || len(qs) == 0 {
				t.Errorf("%s: %d quotes, %d of them Sessions'", tc.person, len(qs), len(got))
			}
			continue
		}
		if len(got) != 1 {
			t.Fatalf("%s %+v: %d entries for the quote, want 1", tc.person, tc.scope, len(got))
		}
		var outlets []string
		for _, s := range got[0].Sources {
			outlets = append(outlets, s.Outlet)
			if s.Context == "" || !strings.Contains(s.Context, "never met") {
				t.Errorf("source %s: context %q", s.Outlet, s.Context)
			}
		}
		slices.Sort(outlets)
		if !slices.Equal(outlets, tc.outlets) {
			t.Errorf("%+v: outlets %v, want %v", tc.scope, outlets, tc.outlets)
		}
		for _, q := range qs {
			if q.Speaker != "Jeff Sessions" {
				t.Errorf("a quote of %q among Sessions'", q.Speaker)
			}
		}
	}
	if qs, _, err := ix.Quotes(ctx, "nobody known", Scope{}); err != nil || len(qs) != 0 {
		t.Errorf("unknown person: %d quotes, %v", len(qs), err)
	}
}

func TestReactionsDefaultCorpus(t *testing.T) {
	ix := seedIndex(t)
	ctx := context.Background()
	all, _, err := ix.Reactions(ctx, Scope{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 5 || all[0].Stance != "demands" {
		t.Fatalf("%d reactions, first %+v", len(all), all)
	}
	outlets := map[string]bool{}
	for _, r := range all {
		outlets[r.Source.Outlet] = true
	}
	if !outlets["CNN"] || !outlets["ABC News"] {
		t.Errorf("reactions from %v, want both outlets", outlets)
	}
	abc, _, err := ix.Reactions(ctx, Scope{ArticleID: abcSeed})
	if err != nil {
		t.Fatal(err)
	}
	if len(abc) == 0 || len(abc) >= len(all) {
		t.Errorf("%d reactions in the ABC article of %d", len(abc), len(all))
	}
	for _, r := range abc {
		if r.Source.ArticleID != abcSeed {
			t.Errorf("reaction from %s in the ABC scope", r.Source.ArticleID)
		}
	}
	pelosi, _, err := ix.Reactions(ctx, Scope{Query: "stance:demands"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range pelosi {
		if r.Source.ArticleID != cnnSeed {
			t.Errorf("stance:demands scope has a reaction of %s", r.Source.ArticleID)
		}
	}
}

// The query syntax reaches the extraction: people, speakers, quotes and
// stances are fields.
func TestSearchExtractedFields(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{`person:"Al Franken"`, []string{abcSeed, cnnSeed}},
		{`speaker:pelosi resign`, []string{cnnSeed}},
		{`speaker:pelosi`, []string{cnnSeed}},
		{`quote:perjury`, []string{cnnSeed}},
		{`stance:demands`, []string{cnnSeed}},
		{`stance:denies`, []string{abcSeed, cnnSeed}},
		{`person:"Chris Donovan"`, []string{abcSeed}},
		{`speaker:"Sarah Isgur Flores"`, []string{abcSeed, cnnSeed}},
		{`quote:"never met with any Russian officials"`, []string{abcSeed, cnnSeed}},
		{`action:resign`, []string{cnnSeed}},
	} {
		res, err := ix.Search(context.Background(), tc.query, 10)
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		if got := sortedIDs(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.query, got, tc.want)
		}
	}
}

// peopleRecs are fixture articles that name and quote people.
var peopleRecs = []rec{
	{ID: "p1", Title: "Senate hearing", Source: "CNN", Date: "2017-03-01",
		Text: "Sen. Al Franken questioned Jeff Sessions on Tuesday. \"I never met with any Russian officials,\" Sessions said. Franken was not satisfied."},
	{ID: "p2", Title: "Hearing fallout", Source: "ABC News", Date: "2017-03-02",
		Text: "\"I never met with any Russian officials,\" Sessions said on Wednesday, according to aides."},
	{ID: "p3", Title: "Pelosi speaks", Source: "AP", Date: "2017-03-03",
		Text: "House Minority Leader Nancy Pelosi called for the resignation. \"He lied under oath,\" Pelosi said."},
	{ID: "p4", Title: "Weather", Source: "BBC", Date: "2017-03-04", Text: "Rain all week."},
}

func TestPeopleTableFollowsUpdates(t *testing.T) {
	ctx := context.Background()
	in, ixDir := t.TempDir(), t.TempDir()
	writeJSONL(t, in, "a.jsonl", peopleRecs[:2])
	writeJSONL(t, in, "b.jsonl", peopleRecs[2:])
	ix, err := Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}
	update(t, ix, in)
	checkPeople(t, ix)
	if p, ok, _ := ix.Person(ctx, "Sessions"); !ok || p.Articles != 2 {
		t.Errorf("Sessions: %+v %v, want 2 articles", p, ok)
	}
	qs, _, err := ix.Quotes(ctx, "Jeff Sessions", Scope{})
	if err != nil || len(qs) != 1 || len(qs[0].Sources) != 2 || qs[0].Sources[0].ArticleID != "p2" {
		t.Errorf("Sessions' quotes: %+v, %v; want one quote from p2 then p1", qs, err)
	}

	// A changed file: its old people go.
	f := writeJSONL(t, in, "a.jsonl", peopleRecs[1:2])
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(f, later, later); err != nil {
		t.Fatal(err)
	}
	update(t, ix, in)
	checkPeople(t, ix)
	if _, ok, _ := ix.Person(ctx, "Al Franken"); ok {
		t.Errorf("Al Franken still known after his only article went")
	}
	if p, ok, _ := ix.Person(ctx, "Sessions"); !ok || p.Articles != 1 {
		t.Errorf("Sessions after the change: %+v %v", p, ok)
	}

	// A deleted file.
	if err := os.Remove(filepath.Join(in, "b.jsonl")); err != nil {
		t.Fatal(err)
	}
	update(t, ix, in)
	checkPeople(t, ix)
	if _, ok, _ := ix.Person(ctx, "Nancy Pelosi"); ok {
		t.Errorf("Pelosi still known after her file went")
	}
	writeJSONL(t, in, "b.jsonl", peopleRecs[2:])
	update(t, ix, in)
	before, _, _ := ix.People(ctx, Scope{})
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopened: the saved table, no recount.
	ix, err = Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}
	after, _, _ := ix.People(ctx, Scope{})
	if !reflect.DeepEqual(before, after) || len(after) == 0 {
		t.Errorf("reopened table differs:\n%+v\n%+v", before, after)
	}
	checkPeople(t, ix)
	ix.Close()

	// A missing, damaged or gob-era table is rebuilt from the stored
	// articles, and the gob file dropped.
	legacy := filepath.Join(ixDir, legacyPeopleName)
	for _, damage := range []func(string) error{
		os.Remove,
		func(p string) error { return os.WriteFile(p, []byte("garbage"), 0o644) },
		func(p string) error { return os.Rename(p, legacy) },
	} {
		if err := damage(filepath.Join(ixDir, peopleName)); err != nil {
			t.Fatal(err)
		}
		ix, err = Open(ixDir)
		if err != nil {
			t.Fatal(err)
		}
		got, _, _ := ix.People(ctx, Scope{})
		if !reflect.DeepEqual(before, got) {
			t.Errorf("rebuilt table differs:\n%+v\n%+v", before, got)
		}
		ix.Close()
		if _, err := os.Stat(filepath.Join(ixDir, peopleName)); err != nil {
			t.Errorf("rebuilt table not saved: %v", err)
		}
		if _, err := os.Stat(legacy); err == nil {
			t.Errorf("%s left behind", legacyPeopleName)
		}
	}
}

// TestScopeSample: a list made from fewer articles than its scope holds
// says how many it read of how many, and whether the newest or the best;
// a list of its whole scope says nothing.
func TestScopeSample(t *testing.T) {
	ix := fixtureIndex(t)
	ctx := context.Background()
	n := len(fixture)
	tests := []struct {
		name  string
		scope Scope
		limit int
		want  Sample
	}{
		{"corpus, cut", Scope{}, 2, Sample{Read: 2, Matched: n, Newest: true}},
		{"corpus, whole", Scope{}, n, Sample{}},
		{"query, cut", Scope{Query: "kislyak"}, 1, Sample{Read: 1, Matched: -1}},
		{"one article", Scope{ArticleID: "a1"}, 1, Sample{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, got, err := ix.scopeArticles(ctx, tt.scope, nil, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want.Matched == -1 {
				// A query's hits: how many match is the index's count.
				if !got.Cut() || got.Read != 1 || got.Newest || len(arts) != 1 {
					t.Errorf("sample %+v of %d articles, want the best 1 of more", got, len(arts))
				}
				return
			}
			if got != tt.want || got.Cut() != (tt.want.Read < tt.want.Matched) {
				t.Errorf("sample %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestPersonFilterFindsEveryFullName: person:"..." and speaker:"..." find
// the articles naming the person under any full name the people table
// joins to them (a middle initial or name); person:"..." also finds an
// article whose only name for them is a bare surname the table gives to
// them alone, but not one two people share evenly, nor an article naming
// someone else with that surname.
func TestPersonFilterFindsEveryFullName(t *testing.T) {
	ix, _, _ := storyIndex(t,
		rec{ID: "plain", Title: "Budget talks", Source: "AP", Date: "2019-05-01",
			Text: `Harlan Ostrowski, the state treasurer, spoke on Monday. "We will balance it," Harlan Ostrowski said.`},
		rec{ID: "initial", Title: "Treasurer speaks", Source: "CNN", Date: "2019-05-02",
			Text: `State Treasurer Harlan J. Ostrowski spoke on Tuesday. "The numbers add up," Harlan J. Ostrowski said.`},
		rec{ID: "other", Title: "A cousin", Source: "NPR", Date: "2019-05-03",
			Text: `Mirela Ostrowski, a teacher, spoke on Wednesday. "Schools need money," Mirela Ostrowski said.`},
		rec{ID: "bare-shared", Title: "Treasury again", Source: "AP", Date: "2019-05-04",
			Text: `Treasurer Ostrowski spoke on Thursday. "It is done," Ostrowski said.`},
		rec{ID: "wren-1", Title: "Harbour plan", Source: "AP", Date: "2019-05-05",
			Text: `Mayor Tobias Wrenfield opened the harbour on Friday. "Boats are back," Tobias Wrenfield said.`},
		rec{ID: "wren-2", Title: "Harbour fees", Source: "CNN", Date: "2019-05-06",
			Text: `Tobias Wrenfield, the mayor, set the fees. "They are fair," Tobias Wrenfield said.`},
		rec{ID: "wren-bare", Title: "Harbour closes", Source: "NPR", Date: "2019-05-07",
			Text: `Mayor Wrenfield closed the harbour on Saturday. "It is too windy," Wrenfield said.`},
		rec{ID: "nick-formal", Title: "Port budget", Source: "AP", Date: "2019-05-08",
			Text: `Port chief William Quenneville spoke on Sunday. "We need cranes," William Quenneville said.`},
		rec{ID: "nick-short", Title: "Port cranes", Source: "CNN", Date: "2019-05-09",
			Text: `Port chief Bill Quenneville spoke on Monday. "Cranes are here," Bill Quenneville said.`},
	)
	if err := ix.waitPeople(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{`person:"Harlan Ostrowski"`, []string{"initial", "plain"}},
		{`person:"Harlan J. Ostrowski"`, []string{"initial", "plain"}},
		{`speaker:"Harlan Ostrowski"`, []string{"initial", "plain"}},
		{`person:"Mirela Ostrowski"`, []string{"other"}},
		{`person:"Tobias Wrenfield"`, []string{"wren-1", "wren-2", "wren-bare"}},
		{`person:Wrenfield`, []string{"wren-1", "wren-2", "wren-bare"}},
		{`person:"Bill Quenneville"`, []string{"nick-formal", "nick-short"}},
		{`person:"William Quenneville"`, []string{"nick-formal", "nick-short"}},
		{`person:"Nobody Known"`, nil},
	} {
		res, err := ix.Search(context.Background(), tc.q, 10)
		if err != nil {
			t.Fatalf("%s: %v", tc.q, err)
		}
		if got := sortedIDs(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.q, got, tc.want)
		}
		// The people, quotes and reactions panes of the query read the
		// articles the search found, and its stories are theirs.
		arts, _, err := ix.scopeArticles(context.Background(), Scope{Query: tc.q}, nil, 100)
		if err != nil {
			t.Fatalf("%s: %v", tc.q, err)
		}
		var read []string
		for _, a := range arts {
			read = append(read, a.ID)
		}
		slices.Sort(read)
		if !slices.Equal(read, tc.want) {
			t.Errorf("%s: the panes read %v, want %v", tc.q, read, tc.want)
		}
		stories, err := ix.Stories(context.Background(), tc.q, 0)
		if err != nil {
			t.Fatalf("%s: %v", tc.q, err)
		}
		var members []string
		for _, st := range stories {
			for _, id := range ix.StoryArticles(st.ID) {
				if slices.Contains(tc.want, id) {
					members = append(members, id)
				}
			}
		}
		slices.Sort(members)
		if !slices.Equal(members, tc.want) {
			t.Errorf("%s: its stories hold %v of its articles, want %v", tc.q, members, tc.want)
		}
	}
}

func TestNamesPeople(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{`person:"Jeff Sessions"`, true},
		{`kislyak speaker:"Nancy Pelosi"`, true},
		{`people:"Al Franken" -source:cnn`, true},
		{`kislyak -person:"Jeff Sessions"`, true},
		{`"Jeff Sessions"`, false},
		{`title:"attorney general"`, false},
		{`quote:perjury`, false},
		{``, false},
		{`person:"unclosed`, false},
	} {
		if got := NamesPeople(tc.q); got != tc.want {
			t.Errorf("NamesPeople(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestFullNamesLeaveOutNamesHoldingTheSearchedOne(t *testing.T) {
	p := aggregate.Person{Name: "Donald Trump"}
	names := []string{"Donald Trump", "Donald J. Trump", "Donald Trump Trump", "Republican Donald Trump", "Donald John Trump"}
	got := fullNames(names, p)
	want := []string{"Donald Trump", "Donald J. Trump", "Donald John Trump"}
	if !slices.Equal(got, want) {
		t.Errorf("fullNames = %q, want %q", got, want)
	}
}

// TestReactionsNameReactorsAsPeopleDo: a reactor goes by the name the
// people list gives them, whatever form one article used; a descriptor
// is left as it is.
func TestReactionsNameReactorsAsPeopleDo(t *testing.T) {
	ix, _, _ := storyIndex(t,
		rec{ID: "plain", Title: "Treasurer criticizes budget", Source: "AP", Date: "2019-05-01",
			Text: `Harlan Ostrowski, the state treasurer, criticized the budget deal on Monday. "This budget is reckless and irresponsible," Harlan Ostrowski said.`},
		rec{ID: "initial", Title: "Treasurer attacks budget", Source: "CNN", Date: "2019-05-02",
			Text: `State Treasurer Harlan J. Ostrowski slammed the budget deal on Tuesday. "The budget is a disgrace," Harlan J. Ostrowski said. "The deal is a disaster," a Senate aide said.`},
		rec{ID: "again", Title: "Treasurer on budget", Source: "NPR", Date: "2019-05-03",
			Text: `Harlan Ostrowski condemned the budget deal again. "It is shameful," Harlan Ostrowski said.`},
	)
	rs, _, err := ix.Reactions(context.Background(), Scope{Query: "budget"})
	if err != nil {
		t.Fatal(err)
	}
	var who []string
	for _, r := range rs {
		who = append(who, r.Who)
	}
	if !slices.Contains(who, "Harlan Ostrowski") || slices.Contains(who, "Harlan J. Ostrowski") || !slices.Contains(who, "Senate aide") {
		t.Errorf("reactors %q: want Harlan Ostrowski under one name, and the Senate aide", who)
	}
}
