package stories

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// Made-up articles: a few events, each told by several outlets in their
// own words, and look-alike events that must stay apart.
var (
	sestakNYT = Doc{ID: "sestak-nyt", Source: "NYT", Date: day("2010-05-27"),
		Title: "White House Used Bill Clinton to Ask Sestak to Drop Out of Race",
		Text:  "The White House enlisted former President Bill Clinton to ask Representative Joe Sestak whether he would drop out of the Pennsylvania Senate primary in exchange for an administration post, officials said."}
	sestakFox = Doc{ID: "sestak-fox", Source: "Fox", Date: day("2010-05-28"),
		Title: "White House Asked Bill Clinton to Urge Sestak to Drop Out of Senate Race",
		Text:  "Bill Clinton was asked by the White House to talk Joe Sestak out of challenging Senator Arlen Specter in the Pennsylvania primary, according to a memo released Friday."}
	sestakHuff = Doc{ID: "sestak-huff", Source: "HuffPost", Date: day("2010-05-28"),
		Title: "Clinton Was Go-Between In Sestak Job Offer",
		Text:  "Former President Bill Clinton approached Rep. Joe Sestak on behalf of the White House about an unpaid post, hoping he would leave the Pennsylvania Senate race against Arlen Specter."}

	chile1 = Doc{ID: "quake-chile-1", Source: "AP", Date: day("2010-02-27"),
		Title: "Massive 8.8 earthquake strikes Chile",
		Text:  "A magnitude 8.8 earthquake struck central Chile before dawn, toppling buildings in Concepcion and Santiago and setting off a tsunami warning across the Pacific."}
	chile2 = Doc{ID: "quake-chile-2", Source: "Reuters", Date: day("2010-02-28"),
		Title: "Chile quake death toll climbs as Bachelet declares disaster",
		Text:  "President Michelle Bachelet declared a state of catastrophe in Concepcion after the earthquake in Chile, as rescuers searched collapsed buildings and the death toll rose."}
	haiti1 = Doc{ID: "quake-haiti-1", Source: "AP", Date: day("2010-01-12"),
		Title: "Massive 7.0 earthquake strikes Haiti",
		Text:  "A magnitude 7.0 earthquake struck Haiti near Port-au-Prince, collapsing the presidential palace and flattening buildings across the capital."}
	haiti1b = Doc{ID: "quake-haiti-1", Source: "AP",
		Title: "Haiti's capital in ruins after quake",
		Text:  haiti1.Text}
	haiti2 = Doc{ID: "quake-haiti-2", Source: "Reuters", Date: day("2010-01-13"),
		Title: "Haiti quake death toll feared in thousands as Preval pleads for help",
		Text:  "President Rene Preval said the earthquake in Haiti had destroyed Port-au-Prince, as rescuers searched collapsed buildings and the death toll was feared to be in the thousands."}

	lohan = Doc{ID: "rehab-lohan", Source: "E!", Date: day("2010-09-24"),
		Title: "Lindsay Lohan checks into rehab again",
		Text:  "Actress Lindsay Lohan checked into the Betty Ford Center for rehab on Friday, her lawyer said, days after a judge ordered her back to court over a failed drug test."}
	sheen = Doc{ID: "rehab-sheen", Source: "People", Date: day("2011-01-28"),
		Title: "Charlie Sheen checks into rehab again",
		Text:  "Actor Charlie Sheen checked into a rehab facility at his Los Angeles home on Friday, his publicist said, after he was rushed to hospital with severe abdominal pain."}

	budget = Doc{ID: "budget", Source: "Politico", Date: day("2013-12-11"),
		Title: "GOP split on budget deal",
		Text:  "House conservatives balked at the bipartisan budget agreement negotiated by Paul Ryan and Patty Murray, which would ease spending caps for two years."}
	stadium = Doc{ID: "stadium", Source: "Local", Date: day("2013-12-11"),
		Title: "City council approves new football stadium",
		Text:  "The council voted seven to two to fund a downtown stadium for the team, over objections from residents about traffic and taxes."}
)

func TestGroup(t *testing.T) {
	tests := []struct {
		name string
		docs []Doc
		want [][]string // member ids of every story, in any order
	}{
		{"same event in different words",
			[]Doc{sestakHuff, budget, sestakNYT, stadium, sestakFox},
			[][]string{{"sestak-nyt", "sestak-fox", "sestak-huff"}, {"budget"}, {"stadium"}}},
		{"two earthquakes stay apart",
			[]Doc{chile1, haiti1, chile2, haiti2, budget},
			[][]string{{"quake-haiti-1", "quake-haiti-2"}, {"quake-chile-1", "quake-chile-2"}, {"budget"}}},
		// Without dates only the words can tell, and they must tell
		// more than with them: the Haiti reports share the capital and
		// the palace, but the text that links the Chile reports when a
		// day apart is not enough when they could be years apart.
		{"two earthquakes stay apart without dates",
			undated(chile1, haiti1b, chile2, haiti2, budget),
			[][]string{{"quake-haiti-1", "quake-haiti-2"}, {"quake-chile-1"}, {"quake-chile-2"}, {"budget"}}},
		{"two rehab stays stay apart",
			[]Doc{lohan, sheen, budget, stadium},
			[][]string{{"rehab-lohan"}, {"rehab-sheen"}, {"budget"}, {"stadium"}}},
		{"unrelated articles stay single",
			[]Doc{budget, stadium, lohan},
			[][]string{{"budget"}, {"stadium"}, {"rehab-lohan"}}},
		{"one article", []Doc{budget}, [][]string{{"budget"}}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := memberSets(Group(tt.docs))
			want := sortedSets(tt.want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Group:\n got %v\nwant %v", got, want)
			}
		})
	}
}

func TestGroupStory(t *testing.T) {
	got := Group([]Doc{sestakHuff, budget, sestakFox, sestakNYT})
	if len(got) != 2 {
		t.Fatalf("got %d stories, want 2: %+v", len(got), got)
	}
	s := got[0] // largest first
	if want := []string{"sestak-nyt", "sestak-fox", "sestak-huff"}; !reflect.DeepEqual(s.Members, want) {
		t.Errorf("Members = %v, want oldest first, ties by id: %v", s.Members, want)
	}
	if s.ID != storyID("sestak-nyt") {
		t.Errorf("ID = %q, want the hash of the earliest member", s.ID)
	}
	titles := map[string]bool{sestakNYT.Title: true, sestakFox.Title: true, sestakHuff.Title: true}
	if !titles[s.Title] {
		t.Errorf("Title = %q, not a member's headline", s.Title)
	}
	// The two headlines that share most words are the central ones.
	if s.Title == sestakHuff.Title {
		t.Errorf("Title = %q, the least central headline", s.Title)
	}
	if got[1].Title != budget.Title || len(got[1].Members) != 1 {
		t.Errorf("single story = %+v", got[1])
	}
}

func TestGroupDeterministic(t *testing.T) {
	docs := []Doc{sestakHuff, budget, sestakNYT, stadium, sestakFox, chile1, haiti1, chile2, haiti2, lohan, sheen}
	want := Group(docs)
	r := rand.New(rand.NewSource(1))
	for range 5 {
		shuffled := append([]Doc(nil), docs...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Group(shuffled); !reflect.DeepEqual(got, want) {
			t.Fatalf("order changed the result:\n got %+v\nwant %+v", got, want)
		}
	}
	seen := map[string]bool{}
	n := 0
	for _, s := range want {
		if seen[s.ID] {
			t.Errorf("duplicate story id %q", s.ID)
		}
		seen[s.ID] = true
		n += len(s.Members)
	}
	if n != len(docs) {
		t.Errorf("%d members in all, want %d", n, len(docs))
	}
}

func TestGroupDuplicateIDs(t *testing.T) {
	a := budget
	b := lohan
	b.ID = a.ID
	got := Group([]Doc{a, b})
	if len(got) != 2 || got[0].ID == got[1].ID {
		t.Fatalf("two unrelated docs with one id: %+v", got)
	}
}

func TestGrouperAdd(t *testing.T) {
	g := NewGrouper(DefaultOptions())
	g.Add([]Doc{sestakNYT, sestakFox, budget, chile1, haiti1})
	before := g.Stories()
	g.Add([]Doc{sestakHuff, stadium, chile2})
	after := g.Stories()
	if g.Len() != 8 {
		t.Errorf("Len = %d, want 8", g.Len())
	}
	byMember := map[string]string{}
	for _, s := range after {
		for _, m := range s.Members {
			byMember[m] = s.ID
		}
	}
	// Stories keep their ids, and follow-ups join them.
	for _, s := range before {
		for _, m := range s.Members {
			if byMember[m] != s.ID {
				t.Errorf("%s moved from story %s to %s", m, s.ID, byMember[m])
			}
		}
	}
	if byMember["sestak-huff"] != byMember["sestak-nyt"] {
		t.Error("follow-up did not join its story")
	}
	if byMember["quake-chile-2"] != byMember["quake-chile-1"] || byMember["quake-chile-2"] == byMember["quake-haiti-1"] {
		t.Error("the Chile follow-up went to the wrong story")
	}
	if byMember["stadium"] == byMember["budget"] {
		t.Error("an unrelated article joined a story")
	}
	g.Add(nil)
	if !reflect.DeepEqual(g.Stories(), after) {
		t.Error("adding nothing changed the stories")
	}
}

func TestDecay(t *testing.T) {
	g := NewGrouper(Options{GraceDays: 2, HalfLifeDays: 5})
	at := func(d int32) *docInfo { return &docInfo{dated: true, day: d} }
	tests := []struct {
		a, b *docInfo
		want float32
	}{
		{at(10), at(12), 1},
		{at(10), at(17), 0.5},
		{at(22), at(10), 0.25},
		{at(10), &docInfo{}, undatedDecay},
	}
	for _, tt := range tests {
		if got := g.decay(tt.a, tt.b); got < tt.want-1e-6 || got > tt.want+1e-6 {
			t.Errorf("decay(day %d, day %d) = %v, want %v", tt.a.day, tt.b.day, got, tt.want)
		}
	}
}

func undated(docs ...Doc) []Doc {
	out := append([]Doc(nil), docs...)
	for i := range out {
		out[i].Date = time.Time{}
	}
	return out
}

// memberSets returns the member lists of stories as sorted sets, sorted.
func memberSets(ss []Story) [][]string {
	var out [][]string
	for _, s := range ss {
		out = append(out, s.Members)
	}
	return sortedSets(out)
}

func sortedSets(sets [][]string) [][]string {
	var out [][]string
	for _, s := range sets {
		c := append([]string(nil), s...)
		sort.Strings(c)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], ",") < strings.Join(out[j], ",") })
	return out
}

// synthetic makes n articles in stories of about five, each story with its
// own rare words on top of a shared news vocabulary, spread over a year.
func synthetic(n int) []Doc {
	r := rand.New(rand.NewSource(7))
	common := strings.Fields("president senate house vote bill court state officials police city report government election campaign party leaders law deal plan budget tax security war health")
	docs := make([]Doc, n)
	for i := range docs {
		story := i / 5
		var b strings.Builder
		for w := range 80 {
			if w%4 == 0 {
				fmt.Fprintf(&b, "Event%dword%d ", story, r.Intn(12))
			} else {
				b.WriteString(common[r.Intn(len(common))] + " ")
			}
		}
		docs[i] = Doc{
			ID:    fmt.Sprintf("doc%06d", i),
			Title: fmt.Sprintf("Event%dword%d %s", story, r.Intn(12), common[r.Intn(len(common))]),
			Text:  b.String(),
			Date:  day("2019-01-01").AddDate(0, 0, story*365*5/n+r.Intn(3)),
		}
	}
	return docs
}

func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		docs := synthetic(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Group(docs)
			}
		})
	}
}

// BenchmarkGrouperAdd adds a day's worth of articles to a grouper that
// already holds 10,000: the cost of an index update.
func BenchmarkGrouperAdd(b *testing.B) {
	docs := synthetic(10100)
	for b.Loop() {
		b.StopTimer()
		g := NewGrouper(DefaultOptions())
		g.Add(docs[:10000])
		b.StartTimer()
		g.Add(docs[10000:])
	}
}
