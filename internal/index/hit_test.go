package index

import (
	"context"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestMakeHitAsFromDecodedArticle checks that a hit made from the pooled
// buffer (makeHit) is the one made from the fully decoded article, for
// every article of a small index and the marks of a few searches.
func TestMakeHitAsFromDecodedArticle(t *testing.T) {
	dir := t.TempDir()
	writeJSONL(t, dir, "fixture.jsonl", fixture)
	writeJSONL(t, dir, "synthetic.jsonl", syntheticPhraseArticles())
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	if err := ix.Update(ctx, []string{dir}, nil); err != nil {
		t.Fatal(err)
	}
	ids := allIDs(t, ix)
	if len(ids) < 100 {
		t.Fatalf("%d articles", len(ids))
	}
	marked := 0
	for _, q := range []string{"", "budget", `"health care"`, "kislyak meetings"} {
		var mq query.Query
		if q != "" {
			var err error
			if mq, _, err = parseQuery(q); err != nil {
				t.Fatal(err)
			}
		}
		got, err := ix.details(ctx, ids, mq)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			m, ok := got[id]
			if !ok {
				continue
			}
			h, err := makeHit(id, 1.5, m.Fields, m.Locations)
			if err != nil {
				t.Fatal(err)
			}
			want := hitFromDecoded(t, id, 1.5, m.Fields, m.Locations)
			if !reflect.DeepEqual(h, want) {
				t.Fatalf("%s %q:\n got %+v\nwant %+v", q, id, h, want)
			}
			if len(h.SnippetMarks) > 0 {
				marked++
			}
		}
	}
	if marked < 50 {
		t.Errorf("only %d hits with marks compared", marked)
	}
}

// hitFromDecoded is makeHit as it was before the pooled buffer.
func hitFromDecoded(t *testing.T, id string, score float64, fields map[string]any, locs search.FieldTermLocationMap) Hit {
	blob, _ := fields[fDoc].(string)
	sd, err := decodeStored(blob)
	if err != nil {
		t.Fatal(err)
	}
	h := Hit{ID: id, Title: sd.Title, Source: sd.Source, Author: sd.Author, Date: sd.Date,
		DateText: sd.DateText, URL: sd.URL, Score: score}
	h.TitleMarks = spansFrom(locs[fTitle], len(h.Title))
	h.Snippet, h.SnippetMarks = snippet(sd.Text, spansFrom(locs[fText], len(sd.Text)))
	return h
}
