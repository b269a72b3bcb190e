package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"storytui/data"
)

// Three outlets tell one story (with a follow-up added later); two
// look-alike stories and an unrelated one stay apart.
var (
	sestakNYT = rec{ID: "sestak-nyt", Source: "New York Times", Date: "2010-05-27",
		Title: "White House Used Bill Clinton to Ask Sestak to Drop Out of Race",
		Text:  `The White House enlisted former President Bill Clinton to ask Representative Joe Sestak whether he would drop out of the Pennsylvania Senate primary in exchange for an administration post. "I said no," Joe Sestak told reporters on Friday.`}
	sestakFox = rec{ID: "sestak-fox", Source: "Fox News", Date: "2010-05-28",
		Title: "White House Asked Bill Clinton to Urge Sestak to Drop Out of Senate Race",
		Text:  `Bill Clinton was asked by the White House to talk Joe Sestak out of challenging Senator Arlen Specter in the Pennsylvania primary. "I said no," Joe Sestak told reporters on Friday. "This was a clean offer," said Robert Gibbs, the White House press secretary.`}
	sestakHuff = rec{ID: "sestak-huff", Source: "HuffPost", Date: "2010-05-29",
		Title: "Clinton Was Go-Between In Sestak Job Offer",
		Text:  `Former President Bill Clinton approached Rep. Joe Sestak on behalf of the White House about an unpaid post, hoping he would leave the Pennsylvania Senate race against Arlen Specter.`}
	chile = rec{ID: "quake-chile", Source: "AP", Date: "2010-02-27",
		Title: "Massive 8.8 earthquake strikes Chile",
		Text:  "A magnitude 8.8 earthquake struck central Chile before dawn, toppling buildings in Concepcion and Santiago and setting off a tsunami warning across the Pacific."}
	haiti = rec{ID: "quake-haiti", Source: "AP", Date: "2010-01-12",
		Title: "Massive 7.0 earthquake strikes Haiti",
		Text:  "A magnitude 7.0 earthquake struck Haiti near Port-au-Prince, collapsing the presidential palace and flattening buildings across the capital."}
	stadium = rec{ID: "stadium", Source: "Local", Date: "2013-12-11",
		Title: "City council approves new football stadium",
		Text:  "The council voted seven to two to fund a downtown stadium for the team, over objections from residents about traffic and taxes."}
)

// storyIndex builds an on-disk index of recs in one file under a new
// input directory, and returns it with that directory.
func storyIndex(t *testing.T, recs ...rec) (*Index, string, string) {
	t.Helper()
	in, dir := t.TempDir(), t.TempDir()
	writeJSONL(t, in, "a.jsonl", recs)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Update(context.Background(), []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	return ix, in, dir
}

// groups is the member sets of every story, as sorted lists, sorted.
func groups(t *testing.T, ix *Index) [][]string {
	t.Helper()
	ss, err := ix.Stories(context.Background(), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	n := 0
	for _, s := range ss {
		ids := members(t, ix, s.ID)
		if len(ids) != s.Articles {
			t.Errorf("story %s: Articles %d, story: finds %v", s.ID, s.Articles, ids)
		}
		n += len(ids)
		out = append(out, ids)
	}
	if c, _ := ix.Count(); uint64(n) != c {
		t.Errorf("stories hold %d articles, the index %d", n, c)
	}
	slices.SortFunc(out, func(a, b []string) int { return slices.Compare(a, b) })
	return out
}

// members searches story:ID and returns the ids found, sorted.
func members(t *testing.T, ix *Index, id string) []string {
	t.Helper()
	res, err := ix.Search(context.Background(), "story:"+id, 100)
	if err != nil {
		t.Fatal(err)
	}
	return sortedIDs(res)
}

func TestStoriesGroupedAtIndexTime(t *testing.T) {
	tests := []struct {
		name string
		recs []rec
		want [][]string
	}{
		{"one event by three outlets", []rec{sestakHuff, stadium, sestakNYT, sestakFox},
			[][]string{{"sestak-fox", "sestak-huff", "sestak-nyt"}, {"stadium"}}},
		{"look-alike events apart", []rec{chile, haiti, stadium},
			[][]string{{"quake-chile"}, {"quake-haiti"}, {"stadium"}}},
		{"one article", []rec{stadium}, [][]string{{"stadium"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, _, _ := storyIndex(t, tt.recs...)
			if got := groups(t, ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("stories %v, want %v", got, tt.want)
			}
		})
	}
}

func TestStoriesDefaultCorpus(t *testing.T) {
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.AddFS(context.Background(), data.FS, nil); err != nil {
		t.Fatal(err)
	}
	ss, err := ix.Stories(context.Background(), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || ss[0].Articles != 2 || len(ss[0].Outlets) != 2 {
		t.Fatalf("default corpus: %+v, want one story of two articles from two outlets", ss)
	}
	if !slices.Contains(ss[0].People, "Jeff Sessions") {
		t.Errorf("key people %v lack Jeff Sessions", ss[0].People)
	}
}

func TestStoriesIncremental(t *testing.T) {
	in, dir := t.TempDir(), t.TempDir()
	writeJSONL(t, in, "a.jsonl", []rec{sestakNYT, sestakFox, stadium})
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := ix.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	before := ix.StoryOf("sestak-nyt")
	if before == "" || ix.StoryOf("sestak-fox") != before {
		t.Fatalf("sestak articles in stories %q and %q", before, ix.StoryOf("sestak-fox"))
	}

	// A follow-up in a new file joins the story, which keeps its id.
	writeJSONL(t, in, "b.jsonl", []rec{sestakHuff, chile})
	if err := ix.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	if got := ix.StoryOf("sestak-huff"); got != before {
		t.Errorf("follow-up in story %q, want %q", got, before)
	}
	want := [][]string{{"quake-chile"}, {"sestak-fox", "sestak-huff", "sestak-nyt"}, {"stadium"}}
	if got := groups(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("after adding: %v, want %v", got, want)
	}

	// Removed articles leave their story.
	if err := os.Remove(filepath.Join(in, "b.jsonl")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	want = [][]string{{"sestak-fox", "sestak-nyt"}, {"stadium"}}
	if got := groups(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("after removing: %v, want %v", got, want)
	}

	// Reopened, the stories are read back, not regrouped.
	ix.Close()
	ix2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix2.Close()
	if err := ix2.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	if ix2.stories.loaded.Load() {
		t.Error("an update that changed nothing read the saved stories")
	}
	if got := groups(t, ix2); !reflect.DeepEqual(got, want) {
		t.Errorf("reopened: %v, want %v", got, want)
	}
	if ix2.stories.g != nil {
		t.Error("opening the index loaded the grouper")
	}
	if got := ix2.StoryOf("sestak-nyt"); got != before {
		t.Errorf("reopened: story id %q, want %q", got, before)
	}
	// And they go on incrementally from the saved grouper.
	writeJSONL(t, in, "c.jsonl", []rec{sestakHuff})
	if err := ix2.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	if got := ix2.StoryOf("sestak-huff"); got != before {
		t.Errorf("follow-up after reopening in story %q, want %q", got, before)
	}

	// Every file gone: no stories, saved whole (an empty view once
	// panicked while being encoded).
	for _, f := range []string{"a.jsonl", "c.jsonl"} {
		if err := os.Remove(filepath.Join(in, f)); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix2.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	if got := groups(t, ix2); len(got) != 0 {
		t.Errorf("no articles left: stories %v", got)
	}
}

// Lost or stale story files, as an interrupted build or an index made
// before stories leaves them, are repaired by the next update.
func TestStoriesRepair(t *testing.T) {
	for _, lose := range []string{storiesName, grouperName} {
		t.Run(lose, func(t *testing.T) {
			in, dir := t.TempDir(), t.TempDir()
			writeJSONL(t, in, "a.jsonl", []rec{sestakNYT, sestakFox, stadium})
			ix, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := ix.Update(context.Background(), []string{in}, nil); err != nil {
				t.Fatal(err)
			}
			want := groups(t, ix)
			ix.Close()
			if err := os.Remove(filepath.Join(dir, lose)); err != nil {
				t.Fatal(err)
			}
			ix2, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer ix2.Close()
			if err := ix2.Update(context.Background(), []string{in}, nil); err != nil {
				t.Fatal(err)
			}
			if got := groups(t, ix2); !reflect.DeepEqual(got, want) {
				t.Errorf("repaired: %v, want %v", got, want)
			}
		})
	}
}

func TestStoriesOfQuery(t *testing.T) {
	ix, _, _ := storyIndex(t, sestakNYT, sestakFox, chile, haiti, stadium)
	tests := []struct {
		query string
		limit int
		want  []int // Articles of each story listed
	}{
		{"", 0, []int{2, 1, 1, 1}},
		{"", 2, []int{2, 1}},
		{"earthquake", 0, []int{1, 1}},
		{"specter", 0, []int{2}},
		{"nothingmatchesthis", 0, nil},
	}
	for _, tt := range tests {
		ss, err := ix.Stories(context.Background(), tt.query, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, s := range ss {
			got = append(got, s.Articles)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Stories(%q, %d): sizes %v, want %v", tt.query, tt.limit, got, tt.want)
		}
	}
	ss, _ := ix.Stories(context.Background(), "specter", 0)
	s := ss[0]
	if s.Title != sestakNYT.Title && s.Title != sestakFox.Title {
		t.Errorf("Title %q is not a member's headline", s.Title)
	}
	if want := []string{"Fox News", "New York Times"}; !reflect.DeepEqual(s.Outlets, want) {
		t.Errorf("Outlets %v, want %v", s.Outlets, want)
	}
	if s.First.Format("2006-01-02") != "2010-05-27" || s.Last.Format("2006-01-02") != "2010-05-28" {
		t.Errorf("span %v to %v", s.First, s.Last)
	}
	// Both named in both articles (Gibbs in one); Sestak more often.
	if len(s.People) < 3 || s.People[0] != "Joe Sestak" || s.People[1] != "Bill Clinton" {
		t.Errorf("key people %v, want Joe Sestak and Bill Clinton first", s.People)
	}
	// A story id with other terms narrows; an unknown id finds nothing.
	if got := sortedIDs(searchAll(t, ix, "story:"+s.ID+" specter")); !reflect.DeepEqual(got, []string{"sestak-fox"}) {
		t.Errorf("story:ID specter found %v", got)
	}
	if got := searchAll(t, ix, "story:s000000000000"); got.Total != 0 {
		t.Errorf("unknown story found %d articles", got.Total)
	}
}

func searchAll(t *testing.T, ix *Index, q string) Results {
	t.Helper()
	res, err := ix.Search(context.Background(), q, 100)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestScopeStory(t *testing.T) {
	ix, _, _ := storyIndex(t, sestakNYT, sestakFox, sestakHuff, stadium)
	ctx := context.Background()
	id := ix.StoryOf("sestak-nyt")
	people, _, err := ix.People(ctx, Scope{StoryID: id})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	if !slices.Contains(names, "Joe Sestak") || !slices.Contains(names, "Bill Clinton") {
		t.Errorf("people of the story: %v", names)
	}
	if none, _, _ := ix.People(ctx, Scope{StoryID: ix.StoryOf("stadium")}); len(none) != 0 {
		t.Errorf("people of the stadium story: %+v", none)
	}
	quotes, _, err := ix.Quotes(ctx, "Joe Sestak", Scope{StoryID: id})
	if err != nil {
		t.Fatal(err)
	}
	if len(quotes) != 1 || len(quotes[0].Sources) != 2 {
		t.Errorf("Sestak's quotes in the story: %+v", quotes)
	}
	if q, _, _ := ix.Quotes(ctx, "Joe Sestak", Scope{StoryID: ix.StoryOf("stadium")}); len(q) != 0 {
		t.Errorf("Sestak quoted in the stadium story: %+v", q)
	}
	// Narrowed together with a query.
	if p, _, _ := ix.People(ctx, Scope{StoryID: id, Query: "stadium"}); len(p) != 0 {
		t.Errorf("story and query that share no article: %+v", p)
	}
}

func TestCoverage(t *testing.T) {
	ix, _, _ := storyIndex(t, sestakNYT, sestakFox, sestakHuff, stadium)
	ctx := context.Background()
	c, err := ix.Coverage(ctx, ix.StoryOf("sestak-fox"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Story.Articles != 3 || len(c.Outlets) != 3 {
		t.Fatalf("coverage of %+v with outlets %v", c.Story, c.Outlets)
	}
	var timeline []string
	for _, s := range c.Timeline {
		timeline = append(timeline, s.ArticleID)
	}
	if want := []string{"sestak-nyt", "sestak-fox", "sestak-huff"}; !reflect.DeepEqual(timeline, want) {
		t.Errorf("timeline %v, want oldest first %v", timeline, want)
	}
	rows := map[string][]int{}
	for _, r := range c.People {
		rows[r.Name] = r.Quotes
	}
	col := func(outlet string) int { return slices.Index(c.Outlets, outlet) }
	sestak := rows["Joe Sestak"]
	if sestak == nil || sestak[col("Fox News")] != 1 || sestak[col("New York Times")] != 1 || sestak[col("HuffPost")] != 0 {
		t.Errorf("Joe Sestak's row %v over %v", sestak, c.Outlets)
	}
	if len(c.People) == 0 || c.People[0].Name != "Joe Sestak" {
		t.Errorf("rows %+v: the person quoted by most outlets goes first", c.People)
	}
	var exclusive []string
	for _, q := range c.Exclusive {
		exclusive = append(exclusive, q.Text)
	}
	if len(exclusive) != 1 || exclusive[0] != "This was a clean offer," {
		t.Errorf("exclusive quotes %q, want only Gibbs's", exclusive)
	}
	if _, err := ix.Coverage(ctx, "s000000000000"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown story: err %v, want ErrNotFound", err)
	}
}

// An update cut short groups nothing; the next one, in a new process,
// groups every article, those committed before the cut included.
func TestStoriesAfterInterruptedBuild(t *testing.T) {
	const files, per = 6, 40
	in, dir := t.TempDir(), t.TempDir()
	manyFiles(t, in, files, per)
	interruptedUpdate(t, dir, in, 3)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Update(context.Background(), []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	if got := groups(t, ix); len(got) == 0 {
		t.Error("no stories")
	}
}

func TestStoriesViewEncoding(t *testing.T) {
	ix, _, _ := storyIndex(t, sestakNYT, sestakFox, chile, stadium)
	v := ix.stories.current()
	b := encodeView(v, 42)
	got, stamp, err := decodeView(b)
	if err != nil || stamp != 42 {
		t.Fatalf("decode: stamp %d, %v", stamp, err)
	}
	if !reflect.DeepEqual(got, v) {
		t.Errorf("decoded view differs:\n got %+v\nwant %+v", got, v)
	}
	for cut := range len(b) {
		if _, _, err := decodeView(b[:cut]); err == nil {
			t.Fatalf("cut at %d of %d: no error", cut, len(b))
		}
	}
	// No articles at all, as when every file of a large corpus went:
	// encoding it once panicked (a capacity below the head's length).
	b = encodeView(emptyView(), 7)
	if got, stamp, err := decodeView(b); err != nil || stamp != 7 || len(got.list) != 0 || len(got.meta) != 0 {
		t.Errorf("empty view: %+v, stamp %d, %v", got, stamp, err)
	}
}

func FuzzDecodeView(f *testing.F) {
	v := makeView(nil, map[string]*artMeta{"a": {Outlet: "CNN", People: []string{"X"}}})
	f.Add(encodeView(v, 1))
	f.Fuzz(func(t *testing.T, b []byte) {
		decodeView(b)
	})
}
