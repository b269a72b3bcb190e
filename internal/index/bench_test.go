package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"storytui/internal/corpus"
)

// benchCorpus is the real sample the benchmarks use when it is there.
const benchCorpus = "/work/shared/corpus/allsides-10k.jsonl.gz"

var (
	benchOnce sync.Once
	benchArts []corpus.Article
)

// benchArticles returns up to n real articles, or generated ones when
// the sample corpus is missing.
func benchArticles(b *testing.B, n int) []corpus.Article {
	benchOnce.Do(func() {
		corpus.ReadFile(benchCorpus, func(a corpus.Article) { benchArts = append(benchArts, a) })
		if len(benchArts) == 0 {
			for i := range 10000 {
				benchArts = append(benchArts, corpus.Article{
					ID:    fmt.Sprintf("gen%05d", i),
					Title: fmt.Sprintf("Generated story %d about the budget", i),
					Text:  generatedText(i),
				})
			}
		}
	})
	return benchArts[:min(n, len(benchArts))]
}

func generatedText(i int) string {
	words := []string{"senate", "budget", "meeting", "ambassador", "president", "election", "said", "the", "of", "house", "vote", "court", "health", "care", "trade"}
	var s []byte
	for j := range 800 {
		s = append(s, words[(i*7+j*j)%len(words)]...)
		s = append(s, ' ')
	}
	return string(s)
}

func writeArticles(b *testing.B, dir string, arts []corpus.Article) int64 {
	var recs []rec
	var raw int64
	for _, a := range arts {
		recs = append(recs, rec{ID: a.ID, Title: a.Title, Source: a.Source, Author: a.Author, Date: a.DateText, URL: a.URL, Text: a.Text})
		raw += int64(len(a.Title) + len(a.Text))
	}
	writeJSONL(b, dir, "bench.jsonl", recs)
	return raw
}

// BenchmarkBuild indexes 2,000 real articles (read, cleaned, extracted,
// written) into a fresh on-disk index; SetBytes is their raw text.
func BenchmarkBuild(b *testing.B) {
	in := b.TempDir()
	raw := writeArticles(b, in, benchArticles(b, 2000))
	b.SetBytes(raw)
	b.ResetTimer()
	for i := range b.N {
		ix, err := Open(filepath.Join(b.TempDir(), fmt.Sprint(i)))
		if err != nil {
			b.Fatal(err)
		}
		if err := ix.Update(context.Background(), []string{in}, nil); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkSearch runs typical queries, top 20 with snippets, over an
// index of the 10k sample (built once, kept in STORYTUI_BENCH_DIR if set).
func BenchmarkSearch(b *testing.B) {
	dir := os.Getenv("STORYTUI_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	in := b.TempDir()
	writeArticles(b, in, benchArticles(b, 10000))
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n == 0 {
		if err := ix.Update(context.Background(), []string{in}, nil); err != nil {
			b.Fatal(err)
		}
	}
	for _, q := range bigQueries {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := ix.Search(context.Background(), q, 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
