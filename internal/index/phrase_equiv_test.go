package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// realSample is a small real corpus with people in it, used when present.
const realSample = "/work/shared/corpus/stories-basil.jsonl"

// TestPhraseSearcherSameResults runs phrase searches with bleve's own
// phrase searcher and with phraseSearcher and wants the same results:
// totals, hits in order with their scores, snippets and marks. The
// phrases are cut from the articles themselves (so many match, some only
// in the title, some with stop words inside), plus people, outlets and
// authors as the filters use them, alone and mixed with other clauses.
func TestPhraseSearcherSameResults(t *testing.T) {
	ix := strategyIndex(t)
	queries := phraseQueries(t, ix)
	if len(queries) < 40 {
		t.Fatalf("only %d queries drawn", len(queries))
	}
	sameResults(t, ix, queries, &fastPhrases)
}

// TestJoinedDateRangesSameResults compares searches with a from-date and
// a to-date, joined into one range or not.
func TestJoinedDateRangesSameResults(t *testing.T) {
	ix := strategyIndex(t)
	var qs []string
	for _, r := range []string{
		`date:>="2017-03-01" date:<"2017-06-01"`, `date:>"2017-03-02" date:<="2017-06-01"`,
		`date:<"2017-06-01" date:>="2017-03-01"`, `date:>="2017-03-01" date:>="2017-04-01" date:<"2017-06-01"`,
		`date:>="2017-03-01"`, `date:>="2017-06-01" date:<"2017-03-01"`, `date:>="2000-01-01" date:<"2030-01-01"`,
	} {
		qs = append(qs, r, "budget "+r, `"health care" `+r, "-budget "+r, "+tax -vote "+r, `source:"new york" `+r)
	}
	sameResults(t, ix, qs, &joinDates)
}

// TestNewestInRangeSameResults compares date ranges listed newest first
// by sorting the whole range or only its newest part.
func TestNewestInRangeSameResults(t *testing.T) {
	ix := strategyIndex(t)
	var qs []string
	for _, r := range []string{
		`date:>="2017-03-01" date:<"2017-06-01"`, `date:>"2017-03-02" date:<="2017-06-01"`,
		`date:>="2017-01-01" date:<"2018-01-01"`, `date:>="2017-05-20" date:<"2017-05-29"`,
		`date:>="1990-01-01" date:<"2030-01-01"`, `date:>="2017-06-01" date:<"2017-03-01"`,
		`date:>="2017-01-01"`, `date:<"2017-06-01"`,
	} {
		qs = append(qs, r, "-budget "+r, `-"health care" `+r, `-source:"new york" `+r)
	}
	sameResults(t, ix, qs, &windowedDates)
}

// strategyIndex indexes the fixture, synthetic articles and, unless
// -short, the real sample.
func strategyIndex(t *testing.T) *Index {
	t.Helper()
	dir := t.TempDir()
	writeJSONL(t, dir, "fixture.jsonl", fixture)
	writeJSONL(t, dir, "synthetic.jsonl", syntheticPhraseArticles())
	paths := []string{dir}
	if _, err := os.Stat(realSample); err == nil && !testing.Short() {
		paths = append(paths, realSample)
	}
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Update(context.Background(), paths, nil); err != nil {
		t.Fatal(err)
	}
	return ix
}

// sameResults runs each query with *on false, then true, and wants the
// same results (all but the time taken), at two limits.
func sameResults(t *testing.T, ix *Index, queries []string, on *bool) {
	t.Helper()
	ctx := context.Background()
	defer func() { *on = true }()
	matched := 0
	for _, q := range queries {
		for _, limit := range []int{20, 3} {
			*on = false
			want, werr := ix.Search(ctx, q, limit)
			*on = true
			got, gerr := ix.Search(ctx, q, limit)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("%s: error %v, before %v", q, gerr, werr)
			}
			want.Took, got.Took = 0, 0
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s (limit %d):\n got %s\nwant %s", q, limit, describe(got), describe(want))
			}
			if want.Total > 0 && limit == 20 {
				matched++
			}
		}
	}
	// The comparison means little if the searches found nothing.
	if matched < len(queries)*2/3 {
		t.Errorf("only %d of %d searches found anything", matched, len(queries))
	}
}

func describe(r Results) string {
	var b strings.Builder
	fmt.Fprintf(&b, "total %d:", r.Total)
	for _, h := range r.Hits {
		fmt.Fprintf(&b, "\n  %s %.6f %q %v %v", h.ID, h.Score, marked(h.Snippet, h.SnippetMarks), h.TitleMarks, h.SnippetMarks)
	}
	return b.String()
}

// syntheticPhraseArticles repeat a few words in many orders, so a phrase
// of them is often almost there (the words near, but not next to each
// other) and sometimes there twice, in the title or the text, and people
// lists hold names that share a first or last name.
func syntheticPhraseArticles() []rec {
	words := []string{"budget", "senate", "vote", "house", "of", "the", "health", "care", "bill", "tax", "new", "york"}
	people := []string{"Donald Trump", "Melania Trump", "Donald Tusk", "Nancy Pelosi", "Trump Donald"}
	rng := rand.New(rand.NewPCG(1, 2))
	var out []rec
	for i := range 120 {
		var text []string
		for range 40 + rng.IntN(80) {
			text = append(text, words[rng.IntN(len(words))])
		}
		// Names in the text, for the extraction to find as people.
		for range rng.IntN(3) {
			p := people[rng.IntN(len(people))]
			text = append(text, ".", p, "said", "the", words[rng.IntN(len(words))], "was", "fine", ".")
		}
		title := []string{words[rng.IntN(len(words))], words[rng.IntN(len(words))], words[rng.IntN(len(words))]}
		out = append(out, rec{
			ID: fmt.Sprintf("s%03d", i), Title: strings.Join(title, " "), Source: []string{"New York Times", "York Post", "Times of New York"}[i%3],
			Author: people[i%len(people)], Date: fmt.Sprintf("2017-%02d-%02d", 1+i%12, 1+i%28),
			Text: strings.Join(text, " "),
		})
	}
	return out
}

// phraseQueries draws phrase searches from the indexed articles.
func phraseQueries(t *testing.T, ix *Index) []string {
	t.Helper()
	ctx := context.Background()
	qs := []string{
		`"health care"`, `"the health care bill"`, `"care health"`, `"new york"`, `"new york new york"`,
		`title:"senate vote"`, `text:"vote of the house"`, `"budget" "senate vote"`, `+"health care" -"tax bill"`,
		`"health care" date:>="2017-03-01" date:<"2017-06-01"`, `source:"new york"`, `source:"york times"`,
		`person:"donald trump"`, `person:"trump donald"`, `person:"donald trump" tax`, `author:"donald trump"`,
		`speaker:"donald trump"`, `quote:"health care"`, `"health care"^3 budget`, `"russian ambassador"`,
	}
	ps, _, err := ix.People(ctx, Scope{})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range ps[:min(len(ps), 30)] {
		if strings.ContainsAny(p.Name, `"\`) {
			continue
		}
		qs = append(qs, fmt.Sprintf("person:%q", p.Name))
		if i%3 == 0 {
			qs = append(qs, fmt.Sprintf("speaker:%q budget", p.Name))
		}
	}
	all, err := ix.Search(ctx, "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 80 && len(all.Hits) > 0; i++ {
		h := all.Hits[rng.IntN(len(all.Hits))]
		doc, err := ix.Document(ctx, h.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		src := doc.Text
		if i%4 == 0 {
			src = doc.Title
		}
		f := strings.FieldsFunc(strings.ToLower(src), func(r rune) bool { return !unicode.IsLetter(r) })
		if len(f) < 4 {
			continue
		}
		n := 2 + rng.IntN(3)
		j := rng.IntN(len(f) - n + 1)
		q := fmt.Sprintf("%q", strings.Join(f[j:j+n], " "))
		switch i % 5 {
		case 1:
			q += " " + f[rng.IntN(len(f))]
		case 2:
			q = fmt.Sprintf("source:%q %s", strings.ToLower(doc.Source), q)
		case 3:
			q = "title:" + q
		}
		qs = append(qs, q)
	}
	return qs
}
