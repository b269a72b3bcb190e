package index

import (
	"reflect"
	"testing"
	"time"

	"storytui/internal/corpus"
	"storytui/internal/extract"
)

func TestStoredRoundTrip(t *testing.T) {
	text := `He said "we will win" and left. Then "more".`
	tests := []struct {
		name string
		a    corpus.Article
		r    extract.Result
	}{
		{"full", corpus.Article{
			Title: "Tïtle", Text: text, Source: "CNN", Author: "Jane Doe",
			Date: time.Date(2017, 3, 2, 0, 0, 0, 0, time.UTC), DateText: "March 2, 2017",
			URL: "https://x.test/a", File: "/data/news.jsonl", Line: 42,
		}, extract.Result{
			People: []extract.Person{{Name: "Jane Doe", Aliases: []string{"Doe"}, Mentions: 2}},
			Quotes: []extract.Quote{
				{Text: "we will win", Speaker: "Jane Doe", Kind: "direct", Start: 9, End: 20},
				{Text: "not at its offsets", Kind: "partial", Start: 38, End: 42},
			},
			Reactions: []extract.Reaction{{Who: "Jane Doe", Stance: "demands", Action: "resign"}},
		}},
		{"empty", corpus.Article{}, extract.Result{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blob, err := encodeStored(&tt.a, &tt.r)
			if err != nil {
				t.Fatal(err)
			}
			sd, err := decodeStored(blob)
			if err != nil {
				t.Fatal(err)
			}
			if got := sd.article(tt.a.ID); !reflect.DeepEqual(got, tt.a) {
				t.Errorf("article:\n got %+v\nwant %+v", got, tt.a)
			}
			ex, err := sd.extraction()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(ex, tt.r) {
				t.Errorf("extraction:\n got %+v\nwant %+v", ex, tt.r)
			}
		})
	}
}

func FuzzDecodeStored(f *testing.F) {
	a := corpus.Article{Title: "t", Text: "some text", Line: 3, Date: time.Unix(5, 0)}
	blob, _ := encodeStored(&a, &extract.Result{})
	f.Add(blob)
	f.Add("")
	f.Add("\x00\x01garbage")
	f.Fuzz(func(t *testing.T, s string) {
		sd, err := decodeStored(s)
		if err != nil {
			return
		}
		_, _ = sd.extraction() // must not panic either
	})
}
