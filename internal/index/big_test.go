package index

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"storytui/internal/aggregate"
	"storytui/internal/corpus"
)

// bigQueries are typical searches, from rare to very common terms.
var bigQueries = []string{
	"", "kislyak", "trump", "sessions russia", `"health care"`, "source:cnn",
	"immigration -trump", "meetings", `date:>="2017-01-01" date:<"2017-04-01"`,
	`+trump +"white house" source:"fox news"`, "person:sessions", "clinton^2 emails",
}

// TestBigCorpus builds an index of a real corpus and logs the figures
// the performance goals are about. It only runs with STORYTUI_BIG set, to
// a corpus file or "1" for the 10k AllSides sample; STORYTUI_BIG_DIR
// keeps the index in that directory (reused on the next run).
//
//	STORYTUI_BIG=1 go test ./internal/index -run BigCorpus -v -timeout 30m
func TestBigCorpus(t *testing.T) {
	path := os.Getenv("STORYTUI_BIG")
	if path == "" {
		t.Skip("set STORYTUI_BIG=1 (or a corpus path) to run")
	}
	if path == "1" {
		path = "/work/shared/corpus/allsides-10k.jsonl.gz"
	}
	dir := os.Getenv("STORYTUI_BIG_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	var inBatch time.Duration
	ix.onCommit = func(_ int, took time.Duration) { inBatch += took }
	start := time.Now()
	var last Progress
	reports := 0
	err = ix.Update(context.Background(), []string{path}, func(p Progress) {
		reports++
		last = p
	})
	if err != nil {
		t.Fatal(err)
	}
	build := time.Since(start)
	n, _ := ix.Count()
	raw := rawTextBytes(t, path)
	disk := dirSize(t, filepath.Join(dir, bleveDir))
	t.Logf("build: %d articles (%d new) in %v (%v waiting for bleve batches), %d progress reports, %d problems",
		n, last.Articles, build.Round(time.Millisecond), inBatch.Round(time.Millisecond), reports, len(last.Problems))
	if last.Articles > 0 {
		t.Logf("build rate: %.2f MB/s of raw text (%.1f MB title+text)", float64(raw)/1e6/build.Seconds(), float64(raw)/1e6)
	}
	t.Logf("index on disk: %.1f MB = %.2fx raw text", float64(disk)/1e6, float64(disk)/float64(raw))

	ctx := context.Background()
	for _, q := range bigQueries {
		var times []time.Duration
		var res Results
		for range 30 {
			t0 := time.Now()
			res, err = ix.Search(ctx, q, 20)
			if err != nil {
				t.Fatalf("%q: %v", q, err)
			}
			times = append(times, time.Since(t0))
		}
		slices.Sort(times)
		t.Logf("%-45q total %6d  p50 %6.2fms  max %6.2fms", q, res.Total,
			ms(times[len(times)/2]), ms(times[len(times)-1]))
	}
	bigPeople(t, ix, dir)
}

// bigPeople logs the figures of the people, quotes and reactions tables.
func bigPeople(t *testing.T, ix *Index, dir string) {
	ctx := context.Background()
	timed := func(what string, f func() (int, error)) {
		t0 := time.Now()
		n, err := f()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		t.Logf("%-40s %6d rows in %8.2fms", what, n, ms(time.Since(t0)))
	}
	if info, err := os.Stat(filepath.Join(dir, peopleName)); err == nil {
		t.Logf("people table on disk: %.1f MB for %d articles", float64(info.Size())/1e6, ix.people.Len())
		b, _ := os.ReadFile(filepath.Join(dir, peopleName))
		timed("load people table", func() (int, error) {
			return len(b), ix.people.UnmarshalBinary(b)
		})
	}
	var top []aggregate.Person
	timed("people, whole corpus", func() (n int, err error) {
		top, _, err = ix.People(ctx, Scope{})
		return len(top), err
	})
	timed("people, query trump", func() (int, error) {
		ps, _, err := ix.People(ctx, Scope{Query: "trump"})
		return len(ps), err
	})
	for _, p := range top[:min(3, len(top))] {
		timed("quotes of "+p.Name, func() (int, error) {
			qs, _, err := ix.Quotes(ctx, p.Key, Scope{})
			return len(qs), err
		})
	}
	timed("reactions, whole corpus", func() (int, error) {
		rs, _, err := ix.Reactions(ctx, Scope{})
		return len(rs), err
	})
	timed("reactions, query sessions", func() (int, error) {
		rs, _, err := ix.Reactions(ctx, Scope{Query: "sessions"})
		return len(rs), err
	})
	timed("rebuild people table from stored docs", func() (int, error) {
		return ix.people.Len(), ix.rebuildPeople(ctx)
	})
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func rawTextBytes(t *testing.T, path string) int64 {
	var n int64
	corpus.ReadFile(path, func(a corpus.Article) { n += int64(len(a.Title) + len(a.Text)) })
	return n
}

func dirSize(t *testing.T, dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
