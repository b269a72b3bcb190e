package index

import (
	"context"
	"os"
	"testing"
)

// BenchmarkStrategies times slow searches of the benchmark's query set
// on an existing index, with this package's search strategies off
// (bleve's phrase searcher, date bounds apart, a date range sorted
// whole) and on, in one process so
// that -count alternates them on a shared machine:
//
//	cp -a /work/idx/news60 /tmp/idx   # Open locks the directory
//	STORYTUI_BENCH_INDEX=/tmp/idx go test ./internal/index -run '^$' -bench Strategies -count 5 -benchmem
func BenchmarkStrategies(b *testing.B) {
	dir := os.Getenv("STORYTUI_BENCH_INDEX")
	if dir == "" {
		b.Skip("set STORYTUI_BENCH_INDEX to an index directory (a copy: Open locks it)")
	}
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	// The people table loads in the background after Open: wait for it,
	// or its decoding shares the first runs.
	if _, _, err := ix.People(context.Background(), Scope{}); err != nil {
		b.Fatal(err)
	}
	queries := []struct{ name, q string }{
		{"phrase-stopword", `"talks with national"`},
		{"phrase-common", `"world about the"`},
		{"phrase-rare", `"legal immigration"`},
		{"person-common", `person:"Donald Trump"`},
		{"source", `source:"washington times" first`},
		{"month", `date:>="2017-03-01" date:<"2017-04-01"`},
		{"month-busy", `date:>="1987-03-01" date:<"1987-04-01"`},
		{"month-term", `house date:>="2016-08-01" date:<"2016-09-01"`},
		{"term-common", `president`},
	}
	ctx := context.Background()
	for _, q := range queries {
		for _, on := range []bool{false, true} {
			name := q.name + "/bleve"
			if on {
				name = q.name + "/ours"
			}
			b.Run(name, func(b *testing.B) {
				fastPhrases, joinDates, windowedDates = on, on, on
				defer func() { fastPhrases, joinDates, windowedDates = true, true, true }()
				b.ReportAllocs()
				for b.Loop() {
					if _, err := ix.Search(ctx, q.q, DefaultLimit); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
